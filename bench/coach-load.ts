/**
 * `npm run bench:coach-load`: how long the message coach takes to load in a browser, where it runs
 * on the page's main thread when the first coached composer opens (features/coach/loadCoach.ts).
 *
 * It serves the web build (`npm run build` first) from a small static server, opens a fresh page
 * in headless Chromium for every sample, and times `import()` of the coach's engine chunk (fetch,
 * parse, and running the module: compiling the rules and building the planner) and then a first
 * `analyzeMessage`. Each sample runs at full speed and with Chromium's CPU throttled 4× (DevTools'
 * "mid-tier phone" setting). Prints medians and min–max.
 *
 * Env: BENCH_SAMPLES (default 7), MEND_CHROMIUM_PATH (default /usr/bin/chromium).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(here, "../packages/web/dist");
const ASSETS = path.join(DIST, "assets");
const SAMPLES = Math.max(1, Number.parseInt(process.env.BENCH_SAMPLES ?? "7", 10) || 7);
const CHROMIUM = process.env.MEND_CHROMIUM_PATH ?? "/usr/bin/chromium";
const THROTTLES = [1, 4];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The engine: the largest of the chunks named after the coach (the other is its catalogue). */
function engineChunk(): string {
  if (!fs.existsSync(ASSETS)) throw new Error("no web build: run `npm run build` first");
  const chunks = fs
    .readdirSync(ASSETS)
    .filter((name) => name.startsWith("coach-") && name.endsWith(".js"))
    .map((name) => ({ name, size: fs.statSync(path.join(ASSETS, name)).size }));
  const engine = chunks.reduce<{ name: string; size: number } | null>(
    (a, b) => (a === null || b.size > a.size ? b : a),
    null,
  );
  if (engine === null) throw new Error("no coach chunk in the web build");
  return engine.name;
}

function serve(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    // A blank page of the app's origin; the chunk itself comes from dist/assets.
    const file = url.pathname === "/" ? null : path.join(DIST, path.normalize(url.pathname));
    if (file === null) {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end("<!doctype html><title>coach load</title>");
      return;
    }
    if (!file.startsWith(DIST) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

interface Sample {
  importMs: number;
  firstAnalysisMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const chunk = engineChunk();
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const results = new Map<number, Sample[]>(THROTTLES.map((rate) => [rate, []]));
  try {
    for (let i = 0; i < SAMPLES; i++) {
      for (const rate of THROTTLES) {
        // A new context each time: nothing cached, as on a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${origin}/`);
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        const sample = await page.evaluate(async (url: string): Promise<Sample> => {
          const start = performance.now();
          const coach = (await import(url)) as { analyzeMessage: (text: string) => unknown };
          const loaded = performance.now();
          coach.analyzeMessage("You never listen to me, and you always make it about you.");
          return { importMs: loaded - start, firstAnalysisMs: performance.now() - loaded };
        }, `${origin}/assets/${chunk}`);
        results.get(rate)?.push(sample);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`coach engine chunk ${chunk}, ${SAMPLES} fresh pages per row\n`);
  console.log("| CPU | import + load, median ms | min–max | first analysis, median ms |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [rate, samples] of results) {
    const loads = samples.map((s) => s.importMs);
    const firsts = samples.map((s) => s.firstAnalysisMs);
    const label = rate === 1 ? "full speed" : `${rate}× slower`;
    console.log(
      `| ${label} | ${median(loads).toFixed(0)} | ${Math.min(...loads).toFixed(0)}–${Math.max(...loads).toFixed(0)} | ${median(firsts).toFixed(1)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
