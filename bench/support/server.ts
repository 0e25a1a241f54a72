import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DatabaseConfig } from "../../packages/server/src/config.ts";
import type { ReadyMessage } from "./serve-app.ts";

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function isReady(message: unknown): message is ReadyMessage {
  return (
    typeof message === "object" && message !== null && typeof (message as ReadyMessage).port === "number"
  );
}

/** Starts the app in a child process (through tsx) and resolves once it listens. */
export function startServer(
  database: DatabaseConfig,
  options: { cpuProfileDir?: string } = {},
): Promise<RunningServer> {
  const entry = fileURLToPath(new URL("./serve-app.ts", import.meta.url));
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child: ChildProcess = fork(entry, [], {
    execArgv: ["--import", "tsx", ...profile],
    env: { ...process.env, BENCH_DATABASE: JSON.stringify(database), NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("the bench server did not start within 60 s"));
    }, 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited early (code ${code})`));
    });
    child.once("message", (message: unknown) => {
      clearTimeout(timer);
      if (!isReady(message)) return reject(new Error("unexpected message from the bench server"));
      resolve({
        url: `http://127.0.0.1:${message.port}`,
        pid: child.pid ?? -1,
        async stop() {
          if (child.exitCode === null) child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}
