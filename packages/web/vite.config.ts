import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run build` runs `vite build packages/web`; the server serves `dist/` with a strict CSP,
// so the build must not inline scripts or styles (Vite emits external files by default).
export default defineConfig({
  plugins: [react()],
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
