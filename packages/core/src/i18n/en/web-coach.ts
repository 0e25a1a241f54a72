/**
 * English text for the message coach in the web app: the coached writing field (highlights, the
 * list of what the coach noticed, "Try this instead") and the switch that turns the coach off.
 * The coach's own explanations and suggestions live in `coach.ts`.
 */
export const webCoach = {
  "coachField.summary.none": "The coach has nothing to point out.",
  "coachField.summary.one": "1 thing the coach noticed",
  "coachField.summary.many": "{count} things the coach noticed",
  "coachField.summary.loading": "The coach is getting ready…",
  "coachField.summary.unavailable": "The coach could not start. You can still write and save as usual.",
  "coachField.listLabel": "What the coach noticed",
  "coachField.flag.showInText": "Show it in my message",
  "coachField.flag.suggestion": "Try:",
  "coachField.kind.blame": "Blame",
  "coachField.kind.all-or-nothing": "All or nothing",
  "coachField.kind.overgeneralizing": "Always or never",
  "coachField.kind.mind-reading": "Mind reading",
  "coachField.kind.labeling": "Labelling",
  "coachField.kind.catastrophizing": "Worst case",
  "coachField.kind.should": "“Should”",
  "coachField.kind.fortune-telling": "Predicting",
  "coachField.kind.contempt": "Contempt",
  "coachField.kind.ultimatum": "Ultimatum",
  "coachField.rewrite.toggle": "Try this instead",
  "coachField.rewrite.intro":
    "An “I”-statement: what happened, how you feel, what you need and what you would like. The parts in brackets are yours to fill in.",
  "coachField.rewrite.complete":
    "An “I”-statement: what happened, how you feel, what you need and what you would like.",
  "coachField.rewrite.placeholder": "to fill in:",
  "coachField.rewrite.accept": "Use this wording",
  "coachField.rewrite.dismiss": "No, thanks",
  "coachField.rewrite.accepted":
    "The suggestion is now in your message. Change anything you like; the first part in brackets is selected, ready for your words.",
  "coachField.rewrite.acceptedComplete": "The suggestion is now in your message. Change anything you like.",
  "coachField.rewrite.undoHint":
    "Your own words are not lost: Undo in the field (Ctrl+Z, or ⌘Z on a Mac) brings them back.",
  "coachField.settingsLink": "Coach settings",

  "coachSettings.title": "Settings",
  "coachSettings.coach.label": "Message coach",
  "coachSettings.coach.help":
    "While you write to your partner, the coach gently points out blame, “always” and “never”, labels and other traps, and offers an “I”-statement. It runs on this device; nothing you type is sent anywhere to be checked.",
  "coachSettings.coach.on": "On",
  "coachSettings.coach.off": "Off",
  "coachSettings.saved.on": "The message coach is on.",
  "coachSettings.saved.off": "The message coach is off. You can turn it back on here at any time.",
  "coachSettings.error": "Mend could not save this setting. Try again in a moment.",
} as const;
