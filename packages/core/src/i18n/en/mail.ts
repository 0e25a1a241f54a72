/**
 * E-mail text. Principle 1: an e-mail may be read by someone else on a shared device, so it never
 * carries what anyone wrote, nor anything about the safety check — only that something is waiting.
 */
export const mail = {
  "mail.signature": "— Mend\n\nThis e-mail never contains what anyone wrote; open Mend to read it.",
  "mail.newLetter.subject": "You have a new letter",
  "mail.newLetter.body": "Hello {name},\n\nA letter is waiting for you in Mend.\n\n{url}",
  "mail.checkinReminder.subject": "Your check-in is open",
  "mail.checkinReminder.body":
    "Hello {name},\n\nYour check-in together is open. Take a few quiet minutes when it suits you.\n\n{url}",
  "mail.checkinRevealed.subject": "Your check-in answers are ready",
  "mail.checkinRevealed.body":
    "Hello {name},\n\nYou have both answered; your answers are ready to read together.\n\n{url}",
} as const;
