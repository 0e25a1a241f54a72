import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The message coach is loaded lazily (features/coach/loadCoach.ts imports it with `import()`),
 * but `@mend/core`'s index also re-exports it, which would pull it into the first-load bundle.
 * For the web build only, that one re-export is dropped, so the coach is its own lazy chunk. A web
 * file importing a coach *value* from "@mend/core" then fails the build instead of silently
 * undoing the split; type imports are unaffected.
 */
function lazyCoach(): Plugin {
  const reexport = /^export \* from "\.\/coach\/index\.ts";$/m;
  return {
    name: "mend-lazy-coach",
    enforce: "pre",
    transform(code, id) {
      const coreIndex = id.replaceAll("\\", "/").endsWith("/packages/core/src/index.ts");
      if (!coreIndex || !reexport.test(code)) return null;
      return { code: code.replace(reexport, "// coach: loaded on demand by the web app"), map: null };
    },
  };
}

// `npm run build` runs `vite build packages/web`; the server serves `dist/` with a strict CSP,
// so the build must not inline scripts or styles (Vite emits external files by default).
export default defineConfig({
  plugins: [react(), lazyCoach()],
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
