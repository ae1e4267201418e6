#!/usr/bin/env node
// The `kawal` command. It runs the server built into dist/ (one JavaScript module), built again first
// when a source is newer than it, so a start compiles nothing and an edit is never run stale.
import { pathToFileURL } from "node:url";
import { ensureServerBuild, installedPackagesEntry } from "../../../scripts/ensure-server-build.js";

const entry = await ensureServerBuild();
// The installed packages load first, with source maps still off: Node reads a map for every module
// loaded while they are on, and the packages ship about 160 (see installedPackagesEntry).
await import(pathToFileURL(installedPackagesEntry).href);
// Stack traces name the TypeScript sources, through the build's source map.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(entry).href);
