#!/usr/bin/env node
// The `kawal` command. Node 20 cannot run TypeScript itself; tsx compiles the sources on the fly.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
