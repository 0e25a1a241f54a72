import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { ManualClock } from "../src/clock.ts";
import type { DatabaseHandle } from "../src/db/database.ts";
import { testConfig } from "./support/app.ts";
import { createTestDatabase } from "./support/database.ts";

describe("the built web app", () => {
  let dir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const script = "console.log('mend');".repeat(200);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mend-web-"));
    await mkdir(join(dir, "assets"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>Mend</title>");
    await writeFile(join(dir, "assets", "app-1234.js"), script);
    await writeFile(join(dir, "assets", "app-1234.js.br"), brotliCompressSync(script));
    database = await createTestDatabase("sqlite");
    app = await buildApp({
      config: { ...testConfig("sqlite"), webDir: dir },
      database,
      clock: new ManualClock(),
      logger: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("sends the precompressed asset to browsers that accept it, the plain one to others", async () => {
    const br = await app.inject({ url: "/assets/app-1234.js", headers: { "accept-encoding": "gzip, br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);
    expect(br.headers["cache-control"]).toContain("immutable");
    const plain = await app.inject({
      url: "/assets/app-1234.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
    const page = await app.inject({ url: "/journal" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>Mend</title>");
  });
});
