/**
 * `npm run bench:coach-load`: how long the message coach takes to load in a browser, and how long
 * the page itself is held up meanwhile. The coach runs in a Web Worker (features/coach/
 * coach.worker.ts), started when the first coached composer opens.
 *
 * It serves the web build (`npm run build` first) from a small static server, opens a fresh page
 * in headless Chromium for every sample, starts the worker as the app does and times its first
 * answer (fetching, parsing and running the bundle — compiling the rules, building the planner —
 * and one analysis). Meanwhile a 10 ms timer on the page records the longest gap between its
 * ticks: the longest the page could not respond to a key press. Each sample runs at full speed and
 * with Chromium's CPU throttled 4× (DevTools' "mid-tier phone" setting). Prints medians.
 *
 * Env: BENCH_SAMPLES (default 7), MEND_CHROMIUM_PATH (default /usr/bin/chromium).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { median } from "./support/stats.ts";

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

/** The coach's worker bundle. */
function workerBundle(): string {
  if (!fs.existsSync(ASSETS)) throw new Error("no web build: run `npm run build` first");
  const name = fs
    .readdirSync(ASSETS)
    .find((file) => file.startsWith("coach.worker-") && file.endsWith(".js"));
  if (name === undefined) throw new Error("no coach worker in the web build");
  return name;
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
  /** From starting the worker to its first answer. */
  firstAnswerMs: number;
  /** The longest gap between the page's 10 ms timer ticks meanwhile, less the 10 ms. */
  longestStallMs: number;
}

async function main(): Promise<void> {
  const chunk = workerBundle();
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
          let last = performance.now();
          let longest = 0;
          const ticker = setInterval(() => {
            const now = performance.now();
            longest = Math.max(longest, now - last - 10);
            last = now;
          }, 10);
          const start = performance.now();
          const worker = new Worker(url, { type: "module" });
          await new Promise<void>((resolve, reject) => {
            worker.onmessage = () => resolve();
            worker.onerror = (event) => reject(new Error(event.message));
            worker.postMessage({});
            worker.postMessage({ id: 1, text: "You never listen to me, and you always make it about you." });
          });
          const firstAnswerMs = performance.now() - start;
          clearInterval(ticker);
          worker.terminate();
          return { firstAnswerMs, longestStallMs: Math.max(0, longest) };
        }, `${origin}/assets/${chunk}`);
        results.get(rate)?.push(sample);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`coach worker ${chunk}, ${SAMPLES} fresh pages per row\n`);
  console.log("| CPU | first answer, median ms | min–max | page's longest stall, median ms | max |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [rate, samples] of results) {
    const answers = samples.map((s) => s.firstAnswerMs);
    const stalls = samples.map((s) => s.longestStallMs);
    const label = rate === 1 ? "full speed" : `${rate}× slower`;
    console.log(
      `| ${label} | ${median(answers).toFixed(0)} | ${Math.min(...answers).toFixed(0)}–${Math.max(...answers).toFixed(0)} | ${median(stalls).toFixed(0)} | ${Math.max(...stalls).toFixed(0)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
