/** English text for the app shell, accounts, couples and the journal. Keys are stable; text may change. */
export const common = {
  "app.name": "Mend",
  "app.tagline": "Rebuild trust, together and at your own pace.",
  "app.notTherapy":
    "Mend is a self-help tool. It is not therapy and not a crisis service. If you are in danger, contact local emergency services.",
  "quickExit.label": "Quick exit",
  "quickExit.hint": "Leaves Mend at once. You can also press Shift three times.",
  "visibility.private": "Only me",
  "visibility.couple": "Us",
  "visibility.private.help": "Only you can ever read this.",
  "visibility.couple.help": "You and your partner can read this.",
  "visibility.couple.needsPartner": "Link with your partner to share entries with them.",
  "error.network": "We could not reach Mend. Your words are still here; try again in a moment.",
  "error.tooManyAttempts": "Too many attempts. Please wait {minutes} minutes and try again.",
  "error.badCredentials": "That e-mail and password do not match an account.",
  "error.commonPassword":
    "This password is one of the most common ones and easy to guess. Please choose another.",
} as const;
