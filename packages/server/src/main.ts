import { buildApp } from "./app.ts";
import { OffsetClock } from "./clock.ts";
import { startJobTimer } from "./jobs/job-queue.ts";

/** How often an instance looks for due jobs (letters, reminders, missed check-ins, e-mail). */
const JOB_INTERVAL_MS = 15_000;

import { DEFAULT_RESOURCES_OPERATOR_NOTICE } from "@mend/core";
import { ConfigError, loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { InstrumentFileError } from "./features/assessments/instrument-registry.ts";
import { ResourceFileError } from "./features/safety/resource-file.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  // Browser journeys move time forward (timed letters); refused outright in production.
  const testClock = process.env.MEND_TEST_CLOCK === "1" ? new OffsetClock() : undefined;
  if (testClock && process.env.NODE_ENV === "production")
    throw new ConfigError("MEND_TEST_CLOCK: not allowed in production");
  const app = await buildApp({ config, database, ...(testClock && { testClock }) });
  const stopJobs = startJobTimer(app.services.jobs, JOB_INTERVAL_MS, (error) =>
    app.log.error({ err: { type: error instanceof Error ? error.name : "unknown" } }, "job run failed"),
  );
  const close = async () => {
    stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(`Mend is listening on ${address} (${config.database.kind})`);
  if (!config.resourcesFile) app.log.warn(DEFAULT_RESOURCES_OPERATOR_NOTICE);
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof InstrumentFileError ||
    error instanceof ResourceFileError
  ) {
    console.error(error.message);
  } else {
    console.error("Mend could not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
