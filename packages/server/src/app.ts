import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { type Clock, type OffsetClock, systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { accountRoutes } from "./features/accounts/routes.ts";
import { appreciationRoutes } from "./features/appreciations/routes.ts";
import { assessmentRoutes } from "./features/assessments/routes.ts";
import { boundaryRoutes } from "./features/boundaries/routes.ts";
import { checkinRoutes } from "./features/checkins/routes.ts";
import { coachRoutes } from "./features/coach/routes.ts";
import { commitmentRoutes } from "./features/commitments/routes.ts";
import { counsellorPartnerRoutes, counsellorRoutes } from "./features/counsellors/routes.ts";
import { coupleRoutes } from "./features/couples/routes.ts";
import { distractionRoutes } from "./features/distractions/routes.ts";
import { exerciseRoutes } from "./features/exercises/routes.ts";
import { goalRoutes } from "./features/goals/routes.ts";
import { journalRoutes } from "./features/journal/routes.ts";
import { lessonRoutes } from "./features/lessons/routes.ts";
import { letterRoutes } from "./features/letters/routes.ts";
import { preferenceRoutes } from "./features/preferences/routes.ts";
import { repairRoutes } from "./features/repairs/routes.ts";
import { reportRoutes } from "./features/reports/routes.ts";
import { safetyRoutes } from "./features/safety/routes.ts";
import { sessionRoutes } from "./features/sessions/routes.ts";
import { testClockRoutes } from "./features/test-clock/routes.ts";
import { thoughtRecordRoutes } from "./features/thought-records/routes.ts";
import { timelineRoutes } from "./features/timeline/routes.ts";
import { trustActionRoutes } from "./features/trust-actions/routes.ts";
import { installAuthGuard } from "./http/auth-guard.ts";
import { installErrorHandler } from "./http/errors.ts";
import { installSecurityHeaders } from "./http/security-headers.ts";
import { installWebApp, wantsWebPage } from "./http/web-app.ts";
import { InProcessNotifier, type Notifier, PostgresNotifier } from "./realtime/notifier.ts";
import { eventRoutes } from "./realtime/routes.ts";
import { createServices, type Services } from "./services.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The app's wiring; main.ts starts the job timer with it, tests move jobs along. */
    services: Services;
  }
}

async function createNotifier(database: DatabaseHandle): Promise<Notifier> {
  if (database.kind !== "postgres" || !database.url) return new InProcessNotifier();
  const notifier = new PostgresNotifier(database.url);
  await notifier.start();
  return notifier;
}

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** Tests pass false; the server logs JSON lines through pino. */
  logger?: boolean;
  /** Browser journeys only: expose POST /api/test/clock/advance to move this clock. */
  testClock?: OffsetClock;
  /** Where log lines go (standard output by default); tests read them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
}

/**
 * Upper bound for a request body. The longest text field is 50,000 characters; in JSON a
 * character may take up to 6 bytes (\uXXXX), plus the other fields.
 */
export const BODY_LIMIT_BYTES = 320 * 1024;

/** Builds the whole app without listening; main.ts and every test use it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Never log cookies or anything a person wrote; Fastify does not log bodies.
            redact: ["req.headers.cookie", 'res.headers["set-cookie"]'],
            ...(options.logStream && { stream: options.logStream }),
          },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const notifier = await createNotifier(database);
  const services = createServices(
    config,
    database,
    options.testClock ?? options.clock ?? systemClock,
    notifier,
  );
  app.decorate("services", services);
  app.addHook("onClose", async () => notifier.close());

  installSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Mend API", version: "0.1.0", description: "Every route Mend's web app uses." },
    },
    transform: jsonSchemaTransform,
  });
  installAuthGuard(app, services.sessions);
  installErrorHandler(app);
  const servesWeb = await installWebApp(app, config.webDir);
  app.setNotFoundHandler((request, reply) => {
    if (servesWeb && wantsWebPage(request.method, request.url)) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    const path = request.url.split("?")[0];
    return reply.code(404).send({ error: "not_found", message: `No route ${request.method} ${path}.` });
  });

  app.get(
    "/api/health",
    {
      config: { public: true },
      schema: { tags: ["meta"], response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async () => ({ ok: true as const }),
  );
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  accountRoutes(app, services);
  sessionRoutes(app, services);
  coupleRoutes(app, services);
  journalRoutes(app, services);
  assessmentRoutes(app, services);
  coachRoutes(app, services);
  lessonRoutes(app, services);
  preferenceRoutes(app, services);
  eventRoutes(app, services);
  appreciationRoutes(app, services);
  letterRoutes(app, services);
  checkinRoutes(app, services);
  commitmentRoutes(app, services);
  safetyRoutes(app, services);
  counsellorPartnerRoutes(app, services);
  counsellorRoutes(app, services);
  exerciseRoutes(app, services);
  reportRoutes(app, services);
  goalRoutes(app, services);
  timelineRoutes(app, services);
  boundaryRoutes(app, services);
  repairRoutes(app, services);
  trustActionRoutes(app, services);
  thoughtRecordRoutes(app, services);
  distractionRoutes(app, services);
  if (options.testClock) testClockRoutes(app, options.testClock, services);

  await app.ready();
  return app;
}
