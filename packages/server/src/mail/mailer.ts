import nodemailer from "nodemailer";
import { newId } from "../auth/tokens.ts";
import type { Clock } from "../clock.ts";
import { dbTime, toIso } from "../db/convert.ts";
import type { Db } from "../db/database.ts";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Mend's e-mails never carry what anyone wrote: only "you have a new letter" and the like. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Any SMTP server, from SMTP_URL (smtp://user:pass@host:port or smtps://…). */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }
}

/** Without SMTP, mail waits in a table the operator reads with `npm run mend -- outbox`. */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async send(mail: Mail): Promise<void> {
    await this.db
      .insertInto("outbox")
      .values({
        id: newId(),
        recipient: mail.to,
        subject: mail.subject,
        body: mail.text,
        created_at: dbTime(this.clock.now()),
      })
      .execute();
  }
}

export async function readOutbox(db: Db, limit = 50) {
  const rows = await db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").limit(limit).execute();
  return rows.map((r) => ({ to: r.recipient, subject: r.subject, text: r.body, at: toIso(r.created_at) }));
}
