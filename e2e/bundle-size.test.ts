/**
 * Issue 3 allows the message coach at most 40 KB gzip in the web app. The engine runs in a Web
 * Worker whose bundle is its own file (features/coach/coach.worker.ts), fetched only when a
 * coached field first appears; this reads the build `npm run e2e` has just made.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const assets = fileURLToPath(new URL("../packages/web/dist/assets/", import.meta.url));
const LIMIT_BYTES = 40_000;

describe("web app bundle", () => {
  it("keeps the coach's worker within 40 KB gzip", () => {
    const workers = readdirSync(assets).filter(
      (name) => name.startsWith("coach.worker-") && name.endsWith(".js"),
    );
    expect(workers, "run `npm run build` first").toHaveLength(1);
    const name = workers[0] as string;
    expect(gzipSync(readFileSync(assets + name), { level: 9 }).length, name).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it("keeps the engine out of the page's own chunks", () => {
    // A marker only the rules hold: were it in a page chunk, the page would load the engine twice.
    const pageChunks = readdirSync(assets).filter(
      (name) => name.endsWith(".js") && !name.startsWith("coach.worker-"),
    );
    for (const name of pageChunks) expect(readFileSync(assets + name, "utf8"), name).not.toContain("{OTHER}");
  });
});
