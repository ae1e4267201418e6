#!/usr/bin/env node
// The `kawal` command. It runs the server built into dist/ (one JavaScript module), built again first
// when a source is newer than it, so a start compiles nothing and an edit is never run stale.
import { pathToFileURL } from "node:url";
import { ensureServerBuild } from "../../../scripts/ensure-server-build.js";

const entry = await ensureServerBuild();
// Stack traces name the TypeScript sources, through the build's source map.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(entry).href);
