/**
 * Issue 3 allows the message coach at most 40 KB gzip in the web app. The engine is its own lazily
 * loaded chunk (features/coach/loadCoach.ts); this reads the build `npm run e2e` has just made.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const assets = fileURLToPath(new URL("../packages/web/dist/assets/", import.meta.url));
const LIMIT_BYTES = 40_000;

describe("web app bundle", () => {
  it("keeps the coach engine chunk within 40 KB gzip", () => {
    // Two chunks are named after the coach: its message catalogue (a few KB) and the engine.
    const sizes = readdirSync(assets)
      .filter((name) => name.startsWith("coach-") && name.endsWith(".js"))
      .map((name) => ({ name, gzip: gzipSync(readFileSync(assets + name), { level: 9 }).length }));
    expect(sizes.length, "run `npm run build` first").toBeGreaterThan(0);
    const engine = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    expect(engine.gzip, engine.name).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
