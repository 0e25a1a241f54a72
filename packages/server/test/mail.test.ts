/**
 * E-mail through a real SMTP conversation: a local smtp-server receives what Mend sends.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { ManualClock } from "../src/clock.ts";
import type { DatabaseHandle } from "../src/db/database.ts";
import { readOutbox } from "../src/mail/mailer.ts";
import { Client, testConfig } from "./support/app.ts";
import { createTestDatabase } from "./support/database.ts";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

describe("mail through SMTP", () => {
  const received: Received[] = [];
  let smtp: SMTPServer;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.setEncoding("utf8");
        stream.on("data", (chunk: string) => {
          raw += chunk;
        });
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    database = await createTestDatabase("sqlite");
    app = await buildApp({
      config: {
        ...testConfig("sqlite"),
        mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "Mend <hello@mend.test>" },
      },
      database,
      clock: new ManualClock(),
      logger: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it("sends 'you have a new letter' to the partner, without the letter's words", async () => {
    const alex = await new Client(app).register("Alex");
    const sam = await new Client(app).register("Sam");
    const { code } = (await alex.post("/api/couple/invite")).json();
    await sam.post("/api/couple/join", { code });
    await alex.post("/api/letters", { body: "SMTP-SECRET-WORDS", kind: "letter" });
    await app.services.jobs.runDue();
    await app.services.jobs.runDue();
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail?.to).toEqual([sam.email]);
    expect(mail?.from).toBe("hello@mend.test");
    expect(mail?.raw).toContain("Subject: You have a new letter");
    expect(mail?.raw).toContain("Hello Sam");
    expect(mail?.raw).not.toContain("SMTP-SECRET-WORDS");
    expect(await readOutbox(database.db)).toEqual([]); // with SMTP, nothing waits in the outbox
  });
});
