import { defineConfig } from "vite";

// Libraries change less often than the app: separate chunks stay cached on a phone across releases.
const vendorChunks: Record<string, string[]> = {
  react: ["react", "react-dom", "react-router", "scheduler"],
  mantine: ["@mantine/core", "@mantine/hooks", "@mantine/notifications"],
  data: [
    "@tanstack/react-query",
    "react-hook-form",
    "@hookform/resolvers",
    "zod",
    "i18next",
    "react-i18next",
  ],
};

const libraryNoise = new Set(["MODULE_LEVEL_DIRECTIVE", "SOURCEMAP_ERROR", "INVALID_ANNOTATION"]);

function vendorChunk(id: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (!match) return undefined;
  return Object.keys(vendorChunks).find((chunk) => vendorChunks[chunk]?.includes(match[1] ?? ""));
}

// JSX goes through Vite's own esbuild transform (React 17+ automatic runtime); no React plugin needed.
export default defineConfig({
  esbuild: { jsx: "automatic" },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
      onwarn(warning, warn) {
        // Libraries' "use client" lines (and the source-map notes about them) and zod's `@__PURE__`
        // comments that Rollup cannot place are harmless in a client-only bundle, and not ours to fix.
        if (warning.id?.includes("node_modules/") && libraryNoise.has(warning.code ?? "")) return;
        warn(warning);
      },
    },
  },
});
