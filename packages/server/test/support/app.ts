import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/app.ts";
import { type Clock, ManualClock } from "../../src/clock.ts";
import type { Config } from "../../src/config.ts";
import type { DatabaseHandle, DatabaseKind } from "../../src/db/database.ts";
import { createTestDatabase } from "./database.ts";

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: ManualClock;
  close(): Promise<void>;
}

export function testConfig(kind: DatabaseKind): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    database: kind === "sqlite" ? { kind, file: ":memory:" } : { kind, url: "postgres://unused" },
    webDir: "/nonexistent",
    trustProxy: false,
    logLevel: "silent",
    mail: { from: "Mend <test@localhost>" },
    publicUrl: "http://mend.test",
  };
}

export async function createTestApp(kind: DatabaseKind, clock: Clock = new ManualClock()): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const app = await buildApp({ config: testConfig(kind), database, clock, logger: false });
  return {
    app,
    database,
    clock: clock instanceof ManualClock ? clock : new ManualClock(),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** Passwords long and odd enough never to be on a common-password list. */
export const PASSWORD = "correct horse battery staple 42";

/** A browser stand-in: keeps its cookie and sends the client header like the web app does. */
export class Client {
  cookie: string | undefined;
  userId = "";
  email = "";

  constructor(
    readonly app: FastifyInstance,
    readonly options: { clientHeader?: boolean; ip?: string } = {},
  ) {}

  async request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.options.clientHeader !== false) headers["x-mend-client"] = "test";
    if (this.cookie) headers.cookie = this.cookie;
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.options.ip ?? "127.0.0.1",
      ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
    });
    const setCookie = response.cookies.find((c) => c.name === "mend_session");
    if (setCookie) this.cookie = setCookie.value ? `mend_session=${setCookie.value}` : undefined;
    return response;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body);
  patch = (url: string, body?: unknown) => this.request("PATCH", url, body);
  delete = (url: string) => this.request("DELETE", url);

  async register(name = `Person ${++counter}`): Promise<this> {
    this.email = `person${++counter}.${Date.now()}@example.test`;
    const response = await this.post("/api/auth/register", {
      email: this.email,
      password: PASSWORD,
      displayName: name,
    });
    if (response.statusCode !== 201)
      throw new Error(`register failed: ${response.statusCode} ${response.body}`);
    this.userId = response.json().user.id;
    return this;
  }
}

/** Registers two people and links them as a couple. */
export async function createCouple(app: FastifyInstance): Promise<[Client, Client]> {
  const a = await new Client(app).register("Alex");
  const b = await new Client(app).register("Sam");
  const invite = await a.post("/api/couple/invite");
  const joined = await b.post("/api/couple/join", { code: invite.json().code });
  if (joined.statusCode !== 200) throw new Error(`join failed: ${joined.body}`);
  return [a, b];
}
