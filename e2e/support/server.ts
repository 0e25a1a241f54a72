/**
 * Starts the real Mend server (`packages/server/src/main.ts`) on a free port with a fresh
 * SQLite data directory, and stops it afterwards. `MEND_E2E_BASE_URL` points the journeys at a
 * server that is already running instead.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The Mend server exited (code ${child.exitCode}) before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) {
        const body: unknown = await response.json();
        if (typeof body === "object" && body !== null && "ok" in body && body.ok === true) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The Mend server did not answer /api/health within 60 s:\n${output()}`);
}

/** `testClock`: start the server with MEND_TEST_CLOCK=1, so a journey can move time forward. */
export async function startServer(options: { testClock?: boolean } = {}): Promise<RunningServer> {
  const external = process.env.MEND_E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ""), stop: async () => {} };

  if (!existsSync(join(repoRoot, "packages/web/dist/index.html"))) {
    throw new Error("packages/web/dist is missing: run `npm run build` first (npm run e2e does).");
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "mend-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    MEND_DATA_DIR: dataDir,
    ...(options.testClock && { MEND_TEST_CLOCK: "1" }),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "packages/server/src/main.ts"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
