import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./precompress.ts";

// `npm run build` runs `vite build packages/web`; the server serves `dist/` with a strict CSP,
// so the build must not inline scripts or styles (Vite emits external files by default).
export default defineConfig({
  plugins: [react(), precompress(fileURLToPath(new URL("dist", import.meta.url)))],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: { "/api": { target: `http://localhost:${process.env.MEND_API_PORT ?? "8080"}` } },
  },
});
