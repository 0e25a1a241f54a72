import path from "node:path";
import { z } from "zod";

/** Environment variables Mend reads. Parsed once at start; a bad value stops the server. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  MEND_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .refine(
      (value) => /^postgres(ql)?:\/\//.test(value),
      "must be a postgres:// URL (leave unset for SQLite)",
    )
    .optional(),
  MEND_WEB_DIR: z.string().min(1).optional(),
  MEND_INSTRUMENT_DIR: z.string().min(1).optional(),
  MEND_RESOURCES_FILE: z.string().min(1).optional(),
  MEND_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Mend <no-reply@localhost>"),
  MEND_PUBLIC_URL: z.url("must be the address people open Mend at, e.g. https://mend.example").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Folder of the built web app; when missing, only the API is served. */
  webDir: string;
  /** Folder of operator-supplied instrument definitions (JSON), if any. */
  instrumentDir?: string;
  /** JSON file of local helplines and services by locale (see docs/operations.md), if any. */
  resourcesFile?: string;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy: boolean;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  /** Outgoing mail: an SMTP server, or (when absent) the outbox table. */
  mail: { smtpUrl?: string; from: string };
  /** Where links in e-mails point. */
  publicUrl: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Mend cannot start; fix these environment variables:\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.MEND_DATA_DIR);
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    database: values.DATABASE_URL
      ? { kind: "postgres", url: values.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "mend.sqlite") },
    webDir: path.resolve(values.MEND_WEB_DIR ?? new URL("../../web/dist", import.meta.url).pathname),
    ...(values.MEND_INSTRUMENT_DIR && { instrumentDir: path.resolve(values.MEND_INSTRUMENT_DIR) }),
    ...(values.MEND_RESOURCES_FILE && { resourcesFile: path.resolve(values.MEND_RESOURCES_FILE) }),
    trustProxy: values.MEND_TRUST_PROXY === "true",
    logLevel: values.LOG_LEVEL,
    mail: { ...(values.SMTP_URL && { smtpUrl: values.SMTP_URL }), from: values.MAIL_FROM },
    publicUrl: values.MEND_PUBLIC_URL ?? `http://localhost:${values.PORT}`,
  };
}
