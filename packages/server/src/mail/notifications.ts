import { type MessageKey, t } from "@mend/core";
import type { UserRepo } from "../features/accounts/repo.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import type { Mailer } from "./mailer.ts";

/** The e-mails Mend sends; each names catalogue keys with a subject and a body, nothing else. */
export const MAIL_TEMPLATES = {
  newLetter: { subject: "mail.newLetter.subject", body: "mail.newLetter.body", path: "/letters" },
  checkinReminder: {
    subject: "mail.checkinReminder.subject",
    body: "mail.checkinReminder.body",
    path: "/checkins",
  },
  checkinRevealed: {
    subject: "mail.checkinRevealed.subject",
    body: "mail.checkinRevealed.body",
    path: "/checkins",
  },
  boundaryReview: {
    subject: "mail.boundaryReview.subject",
    body: "mail.boundaryReview.body",
    path: "/boundaries",
  },
} as const satisfies Record<string, { subject: MessageKey; body: MessageKey; path: string }>;

export type MailTemplate = keyof typeof MAIL_TEMPLATES;

function isTemplate(value: unknown): value is MailTemplate {
  return typeof value === "string" && value in MAIL_TEMPLATES;
}

/** Sending goes through the job queue: it survives restarts and never holds up a request. */
export function registerMailJobs(jobs: JobQueue, users: UserRepo, mailer: Mailer, publicUrl: string): void {
  jobs.register("mail.notify", async (payload) => {
    const { userId, template } = payload;
    if (typeof userId !== "string" || !isTemplate(template)) throw new Error("malformed mail job");
    const user = await users.findById(userId);
    if (!user) return; // the account is gone; nothing to send
    // Every e-mail Mend sends is about shared features; while they are paused, none goes out.
    if (await users.couplePaused(userId)) return;
    const parts = MAIL_TEMPLATES[template];
    const url = new URL(parts.path, publicUrl).toString();
    await mailer.send({
      to: user.email,
      subject: t(parts.subject),
      text: `${t(parts.body, { name: user.displayName, url })}\n\n${t("mail.signature")}`,
    });
  });
}
