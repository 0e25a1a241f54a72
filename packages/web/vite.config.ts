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
  // The coach runs in a module worker (features/coach/coach.worker.ts). Vite minifies workers but
  // keeps their /* @__PURE__ */ notes, which the page's own chunks drop: drop them here too.
  worker: { format: "es", rolldownOptions: { output: { comments: false } } },
  server: {
    proxy: { "/api": { target: `http://localhost:${process.env.MEND_API_PORT ?? "8080"}` } },
  },
});
