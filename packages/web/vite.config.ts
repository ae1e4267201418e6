import { defineConfig } from "vite";

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
  },
});
