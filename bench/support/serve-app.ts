/**
 * Child process: the real Mend app, listening on 127.0.0.1 on a free port, logger off. It runs in
 * its own process so autocannon (in the parent) does not share its event loop.
 * Input: BENCH_DATABASE (JSON DatabaseConfig). Output over IPC: { port } once listening.
 */
import { buildApp } from "../../packages/server/src/app.ts";
import type { Config, DatabaseConfig } from "../../packages/server/src/config.ts";
import { openDatabase } from "../../packages/server/src/db/database.ts";

export interface ReadyMessage {
  port: number;
}

async function main(): Promise<void> {
  const raw = process.env.BENCH_DATABASE;
  if (!raw) throw new Error("BENCH_DATABASE is not set");
  const databaseConfig = JSON.parse(raw) as DatabaseConfig;
  const config: Config = {
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    database: databaseConfig,
    webDir: "/nonexistent",
    trustProxy: false,
    logLevel: "silent",
    mail: { from: "Mend <bench@localhost>" },
    publicUrl: "http://127.0.0.1",
  };
  // Same pool size as production (main.ts uses openDatabase's default).
  const database = openDatabase(config.database);
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("disconnect", stop);
  const ready: ReadyMessage = { port: address.port };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  console.error("bench server failed:", error);
  process.exit(1);
});
