/**
 * `npm run bench`: GET /api/journal (a signed-in partner's 20 most recent visible entries) against
 * GET /api/health, on SQLite and on PostgreSQL, with 1,000 seeded couples × 100 entries.
 *
 * Env: BENCH_DURATION (seconds per measured run, default 10), BENCH_POSTGRES_URL (admin URL,
 * default postgres://postgres@127.0.0.1:5432/test), CI=true (PostgreSQL missing fails the run),
 * BENCH_CPU_PROFILE=1 (the server writes a V8 CPU profile to bench/results/profiles/; open it in
 * Chrome DevTools or speedscope).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { DatabaseConfig } from "../packages/server/src/config.ts";
import type { DatabaseKind } from "../packages/server/src/db/database.ts";
import { migrateToLatest, openDatabase } from "../packages/server/src/db/database.ts";
import { processCpuMs } from "./support/cpu.ts";
import { type LoadResult, load } from "./support/load.ts";
import { createBenchDatabase, postgresReachable } from "./support/postgres.ts";
import { type SeedResult, seed } from "./support/seed.ts";
import { startServer } from "./support/server.ts";

const COUPLES = 1000;
const ENTRIES_PER_COUPLE = 100;
const SHARED_SHARE = 0.6;
const CONNECTIONS = 50;
const PAGE = 20;
const SECONDS = parseDuration(process.env.BENCH_DURATION);
const WARMUP_SECONDS = Math.max(1, Math.min(3, Math.round(SECONDS / 4)));
const PG_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ??
  process.env.MEND_TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
const CI = process.env.CI === "true";
const CPU_PROFILE_DIR =
  process.env.BENCH_CPU_PROFILE === "1"
    ? fileURLToPath(new URL("./results/profiles/", import.meta.url))
    : undefined;
const TARGET_RATIO = 0.25;
const TARGET_P99_MS = 50;

type Route = "/api/journal" | "/api/health";

interface RouteResult extends LoadResult {
  database: DatabaseKind;
  route: Route;
  /** Server process CPU time per request served (ms); null where /proc is unavailable. */
  serverCpuMsPerRequest: number | null;
}

interface DatabaseRun {
  database: DatabaseKind;
  seed: Omit<SeedResult, "partners">;
  routes: RouteResult[];
  ratio: number;
}

function parseDuration(value: string | undefined): number {
  if (value === undefined || value === "") return 10;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new Error(`BENCH_DURATION must be a whole number of seconds ≥ 1, not "${value}"`);
  }
  return seconds;
}

interface JournalPage {
  entries: { mine: boolean; visibility: string; createdAt: string }[];
}

function isJournalPage(value: unknown): value is JournalPage {
  return typeof value === "object" && value !== null && Array.isArray((value as JournalPage).entries);
}

/** The benchmark must measure real work: 200 with a full page of entries the viewer may see. */
async function verify(url: string, cookie: string): Promise<void> {
  const health = await fetch(`${url}/api/health`);
  if (health.status !== 200) throw new Error(`GET /api/health answered ${health.status}`);
  const response = await fetch(`${url}/api/journal`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET /api/journal answered ${response.status}, not 200`);
  const body: unknown = await response.json();
  if (!isJournalPage(body)) throw new Error("GET /api/journal did not answer a journal page");
  if (body.entries.length !== PAGE) {
    throw new Error(`GET /api/journal returned ${body.entries.length} entries, not ${PAGE}`);
  }
  if (!body.entries.some((e) => !e.mine) || !body.entries.some((e) => e.mine)) {
    throw new Error("the sample page should hold both own and partner's entries");
  }
  if (body.entries.some((e) => !e.mine && e.visibility !== "couple")) {
    throw new Error("a partner's private entry leaked into the page");
  }
  const times = body.entries.map((e) => e.createdAt);
  if (times.some((t, i) => i > 0 && t > (times[i - 1] as string)))
    throw new Error("page is not newest first");
  const unauthenticated = await fetch(`${url}/api/journal`);
  if (unauthenticated.status !== 401)
    throw new Error(`without a cookie the journal answered ${unauthenticated.status}`);
}

async function measure(
  database: DatabaseConfig,
  seeded: SeedResult,
): Promise<{ routes: RouteResult[]; ratio: number }> {
  const server = await startServer(database, CPU_PROFILE_DIR ? { cpuProfileDir: CPU_PROFILE_DIR } : {});
  try {
    const cookies = seeded.partners.map((p) => `mend_session=${p.token}`);
    await verify(server.url, cookies[0] as string);
    console.log(
      `  server pid ${server.pid} on ${server.url}; sample journal page verified (200, ${PAGE} entries)`,
    );
    const routes: RouteResult[] = [];
    for (const route of ["/api/health", "/api/journal"] as const) {
      const options = {
        url: server.url,
        path: route,
        connections: CONNECTIONS,
        ...(route === "/api/journal" ? { cookies } : {}),
      };
      await load({ ...options, seconds: WARMUP_SECONDS });
      console.log(
        `  ${route}: ${SECONDS} s, ${CONNECTIONS} connections (after ${WARMUP_SECONDS} s warm-up)…`,
      );
      const cpuBefore = processCpuMs(server.pid);
      const result = await load({ ...options, seconds: SECONDS });
      const cpuAfter = processCpuMs(server.pid);
      const serverCpuMsPerRequest =
        cpuBefore === null || cpuAfter === null || result.requests === 0
          ? null
          : (cpuAfter - cpuBefore) / result.requests;
      routes.push({ database: database.kind, route, ...result, serverCpuMsPerRequest });
    }
    const health = routes.find((r) => r.route === "/api/health");
    const journal = routes.find((r) => r.route === "/api/journal");
    const ratio = health && journal ? journal.requestsPerSecond / health.requestsPerSecond : Number.NaN;
    return { routes, ratio };
  } finally {
    await server.stop();
  }
}

function seedSummary(result: SeedResult): Omit<SeedResult, "partners"> {
  const { partners: _partners, ...rest } = result;
  return rest;
}

async function runSqlite(): Promise<DatabaseRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-bench-"));
  const config: DatabaseConfig = { kind: "sqlite", file: path.join(dir, "mend.sqlite") };
  try {
    const handle = openDatabase(config);
    await migrateToLatest(handle);
    const seeded = await seed(handle.db, options());
    await handle.close();
    logSeed("SQLite", seeded, config.file);
    const { routes, ratio } = await measure(config, seeded);
    return { database: "sqlite", seed: seedSummary(seeded), routes, ratio };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runPostgres(): Promise<DatabaseRun | null> {
  if (!(await postgresReachable(PG_ADMIN_URL))) {
    console.log(
      `\nPostgreSQL skipped: not reachable at ${redact(PG_ADMIN_URL)}. ` +
        "Set BENCH_POSTGRES_URL to an admin URL to include it.",
    );
    return null;
  }
  const created = await createBenchDatabase(PG_ADMIN_URL);
  const config: DatabaseConfig = { kind: "postgres", url: created.url };
  try {
    const handle = openDatabase(config, { poolSize: 4 });
    await migrateToLatest(handle);
    const seeded = await seed(handle.db, options());
    // Autovacuum would analyze 100,000 fresh rows within a minute; do it now for a steady state.
    await sql`analyze`.execute(handle.db);
    await handle.close();
    logSeed("PostgreSQL", seeded, redact(created.url));
    const { routes, ratio } = await measure(config, seeded);
    return { database: "postgres", seed: seedSummary(seeded), routes, ratio };
  } finally {
    await created.drop();
  }
}

function options() {
  return {
    couples: COUPLES,
    entriesPerCouple: ENTRIES_PER_COUPLE,
    sharedShare: SHARED_SHARE,
    now: new Date(),
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function logSeed(name: string, seeded: SeedResult, where: string): void {
  console.log(
    `\n${name}: seeded ${COUPLES} couples (${seeded.users} partners, ${seeded.users} sessions), ` +
      `${seeded.entries} entries (${seeded.sharedEntries} shared, average ${seeded.averageBodyChars} characters) ` +
      `in ${(seeded.millis / 1000).toFixed(1)} s — ${where}`,
  );
}

function table(runs: DatabaseRun[]): string {
  const header = [
    "database",
    "route",
    "requests/s",
    "p50 ms",
    "p99 ms",
    "non-2xx",
    "errors",
    "server CPU ms/req",
    "journal/health",
  ];
  const rows = runs.flatMap((run) =>
    run.routes.map((r) => [
      run.database,
      `GET ${r.route}`,
      r.requestsPerSecond.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      String(r.non2xx),
      String(r.errors),
      r.serverCpuMsPerRequest === null ? "n/a" : r.serverCpuMsPerRequest.toFixed(3),
      r.route === "/api/journal" ? run.ratio.toFixed(3) : "",
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i < 2 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  console.log(
    `Mend benchmark: ${CONNECTIONS} connections, ${SECONDS} s per route, ${machine.cpus} CPU(s) ` +
      `(${machine.cpuModel}), Node ${machine.node}. autocannon and the server share these cores.`,
  );
  // Under CI a missing PostgreSQL fails the run, before spending time on SQLite.
  if (CI && !(await postgresReachable(PG_ADMIN_URL))) {
    throw new Error(`PostgreSQL is not reachable at ${redact(PG_ADMIN_URL)} (CI=true: not skipping)`);
  }
  const runs: DatabaseRun[] = [await runSqlite()];
  const postgres = await runPostgres();
  if (postgres) runs.push(postgres);

  console.log(`\n${table(runs)}\n`);
  const failures: string[] = [];
  const sqlite = runs.find((r) => r.database === "sqlite");
  const sqliteJournal = sqlite?.routes.find((r) => r.route === "/api/journal");
  if (sqlite && sqliteJournal) {
    const ratioOk = sqlite.ratio >= TARGET_RATIO;
    const p99Ok = sqliteJournal.p99 < TARGET_P99_MS;
    console.log(
      `target (SQLite) journal/health ≥ ${TARGET_RATIO}: ${sqlite.ratio.toFixed(3)} ${ratioOk ? "met" : "MISSED"}`,
    );
    console.log(
      `target (SQLite) journal p99 < ${TARGET_P99_MS} ms: ${sqliteJournal.p99.toFixed(1)} ms ${p99Ok ? "met" : "MISSED"}`,
    );
  }
  for (const r of runs.flatMap((run) => run.routes)) {
    if (r.non2xx > 0 || r.errors > 0)
      failures.push(`${r.database} ${r.route}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = fileURLToPath(new URL("./results/", import.meta.url));
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${stamp}.json`);
  const report = {
    benchmark: "journal-vs-health",
    at: new Date().toISOString(),
    machine,
    settings: {
      couples: COUPLES,
      entriesPerCouple: ENTRIES_PER_COUPLE,
      sharedShare: SHARED_SHARE,
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
    },
    targets: { sqliteRatioAtLeast: TARGET_RATIO, sqliteJournalP99BelowMs: TARGET_P99_MS },
    runs,
  };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  if (failures.length > 0) {
    console.error(`\nNot every response was a 2xx:\n  ${failures.join("\n  ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
