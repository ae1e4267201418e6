#!/usr/bin/env node
// Builds the server only when its output is missing or older than a source it is made from, so the
// `kawal` command starts from plain JavaScript instead of compiling TypeScript on every start, and an
// edited source is never run stale. `bin/kawal.js` calls this before every command; `npm start`,
// `npm test` and `npm run build` run it first so parallel commands find the build made.
import { mkdirSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { builtAt, newestOf } from "./newest-source.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const server = join(root, "packages/server");
/** One ES module, one folder below the package like src/, so paths relative to the package hold in both. */
export const serverEntry = join(server, "dist/kawal.js");
/**
 * A module that only imports the installed packages the entry imports, in its order. `bin/kawal.js` loads
 * it before turning source maps on, so Node reads the entry's map but not the ~160 maps those packages
 * ship (drizzle-orm's above all), which cost about 0.2 s of CPU a start; their stack frames read well
 * without them.
 */
export const installedPackagesEntry = join(server, "dist/installed-packages.js");
// Everything the bundle is made from. Tests beside the code are not part of it.
const sources = [
  "packages/server/src",
  "packages/server/package.json",
  "packages/server/tsconfig.json",
  "packages/core/src",
  "packages/core/package.json",
  "tsconfig.base.json",
  "scripts/ensure-server-build.js",
].map((p) => join(root, p));

/**
 * Our own sources (the server's and core's) go into the bundle; every installed package stays an import
 * Node resolves from node_modules as before, so native modules (argon2), PGlite's WASM files and the
 * packages' own data files are found where they are installed.
 */
const installedPackagesStayImports = {
  name: "installed-packages-stay-imports",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@kawal/") ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Packages only some commands and routes use (spreadsheets, PDFs), taking about 0.7 s of CPU to load: the
 * bundle imports a stand-in that loads the real package on first use, so a start does not pay for them.
 * Both are CommonJS packages used as a default export (a namespace object, a class); the stand-in passes
 * property reads, calls and `new` through.
 */
const loadedOnFirstUse = ["exceljs", "pdfkit"];
const packagesLoadedOnFirstUse = {
  name: "packages-loaded-on-first-use",
  setup(build) {
    const filter = new RegExp(`^(${loadedOnFirstUse.join("|")})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: "first-use" }));
    build.onLoad({ filter: /.*/, namespace: "first-use" }, (args) => ({
      resolveDir: server,
      contents: `
        import { createRequire } from "node:module";
        let loaded;
        const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}));
        export default new Proxy(function () {}, {
          get: (_, key) => load()[key],
          apply: (_, self, args) => Reflect.apply(load(), self, args),
          construct: (_, args) => Reflect.construct(load(), args),
        });`,
    }));
  },
};

async function build() {
  // esbuild is loaded only when a build is due: a start from a fresh build never pays for it.
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(server, "src/cli/main.ts")],
    outfile: serverEntry,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    sourcesContent: false,
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
    write: false,
    plugins: [packagesLoadedOnFirstUse, installedPackagesStayImports],
  });
  // Written beside, then renamed: another `kawal` starting meanwhile reads the old build or the new
  // one, never half of one. Two builds at once write the same bytes. The entry goes last: its date
  // says the build is done.
  mkdirSync(dirname(serverEntry), { recursive: true });
  const output = result.metafile.outputs[relative(process.cwd(), serverEntry)];
  const installed = (output?.imports ?? [])
    .filter((i) => i.external && i.kind === "import-statement" && !i.path.startsWith("node:"))
    .map((i) => `import ${JSON.stringify(i.path)};\n`);
  const files = [
    { path: installedPackagesEntry, contents: [...new Set(installed)].join("") },
    ...result.outputFiles.filter((f) => f.path !== serverEntry),
    ...result.outputFiles.filter((f) => f.path === serverEntry),
  ];
  for (const file of files) {
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}

/**
 * Builds when stale; returns the entry module to import. Messages go to stderr: stdout belongs to the
 * command (`--json`).
 */
export async function ensureServerBuild() {
  const built = builtAt(serverEntry);
  const source = newestOf(sources);
  if (built !== null && built >= source.mtimeMs) return serverEntry;
  const reason =
    built === null ? "no build yet" : `${relative(root, source.file ?? "")} changed since the last build`;
  const started = new Date();
  try {
    await build();
  } catch (error) {
    process.stderr.write(
      `server: build FAILED (${reason})\n${error instanceof Error ? error.message : error}\n`,
    );
    process.exit(1);
  }
  // Dated when the build began: a source saved while it ran is newer, so the next start builds again.
  utimesSync(serverEntry, started, started);
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1);
  process.stderr.write(`server: built packages/server/dist in ${seconds} s (${reason})\n`);
  return serverEntry;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await ensureServerBuild();
