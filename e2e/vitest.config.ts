import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser journeys in real Chromium against the real server. Run with `npm run e2e`
// (which builds the web app first).
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    name: "e2e",
    include: ["e2e/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
