/**
 * English text for the safety half of "Stay safe and get support" in the web app (issue 7): the
 * Support page, the private check-in with oneself, safety mode, the neutral "paused" notice and
 * the gentle notes shown while someone types. Calm and kind; never alarmist, never blaming.
 * Words that appear where a partner might look (navigation, the paused notice) never mention
 * safety, abuse or a check: they stay everyday words on purpose.
 */
export const webSafety = {
  // ——— Navigation (an everyday word: it must not stand out on a shared screen) ———
  "shell.nav.support": "Support",

  // ——— The Support page ———
  "supportPage.intro":
    "Places to find help, suggestions for when talking to someone could help, and things that are only for you.",
  "supportPage.forYou.title": "Just for you",
  "supportPage.checkLink": "Check in with yourself",
  "supportPage.checkLinkHint":
    "A few private questions about how things are at home. Only you ever see them.",
  "supportPage.suggestions.title": "When to get help",
  "supportPage.suggestions.none":
    "Nothing in particular stands out right now. You can talk to a professional whenever you like.",
  "supportPage.findCounsellor": "Find a counsellor",
  "supportPage.inviteCounsellor": "Invite a counsellor into Mend",
  "supportPage.loadError": "This could not be loaded just now.",

  // ——— The check-in with oneself ———
  "safetyCheck.pageTitle": "Check in with yourself",
  "safetyCheck.legendHint": "Think about the last year.",
  "safetyCheck.progress": "{answered} of {total} answered",
  "safetyCheck.submit": "See what this means",
  "safetyCheck.submitting": "One moment…",
  "safetyCheck.missing": "Please choose an answer for each question. “Never” is a fine answer.",
  "safetyCheck.missingOne": "Not answered yet",
  "safetyCheck.saveError":
    "That could not be saved just now. Your answers are still here; try again in a moment.",
  "safetyCheck.noteHint": "Only you will ever read this note.",
  "safetyCheck.past.title": "Your earlier check-ins",
  "safetyCheck.past.none": "You have not done this before.",
  "safetyCheck.past.item": "{date}: {level}",
  "safetyCheck.back": "Back to Support",

  "safetyResult.pageTitle": "What your answers mean",
  "safetyResult.because": "What you told us",
  "safetyResult.notFound": "This check-in is no longer here.",
  "safetyResult.again": "Take it again",
  "safetyResult.level.none": "No worries noted",
  "safetyResult.level.some-concern": "Worth keeping an eye on",
  "safetyResult.level.concerning": "What you described matters",
  "safetyResult.level.urgent": "Your safety comes first",

  // ——— Safety mode ———
  "safetyMode.title": "Safety mode",
  "safetyMode.offTitle": "Safety mode is off",
  "safetyMode.explain":
    "Safety mode lets you use Mend on your own. Everything you share with your partner pauses: check-ins, appreciations, letters and other shared work. Your partner sees only that you are both taking some time for individual work — never why, and never that it was you.",
  "safetyMode.turnOn": "Turn on safety mode",
  "safetyMode.turnOff": "Turn safety mode off",
  "safetyMode.onNow":
    "Safety mode is on. Shared features are paused for both of you. Your journal, lessons and everything private keep working for you.",
  "safetyMode.howToTurnOff":
    "You can turn it off here whenever you choose. Shared features then open again for both of you.",
  "safetyMode.pausedByPartner":
    "Shared features are paused for now while one of you takes some time for individual work. You can keep using everything that is just yours.",
  "safetyMode.turnedOn": "Safety mode is on.",
  "safetyMode.turnedOff": "Safety mode is off. Shared features are open again.",
  "safetyMode.error": "That did not work just now. Please try again in a moment.",
  "safetyMode.counselling.title": "About couples counselling",

  // ——— Paused shared features (seen by both partners: neutral on purpose) ———
  "paused.title": "Taking some time for individual work",
  "paused.body":
    "Shared features are paused for now while one of you takes some time for individual work. Everything that is just yours — your journal, lessons and assessments — is here as usual.",
  "paused.banner": "Shared features are paused for now while one of you takes some time for individual work.",
  "paused.save": "Shared features are paused for now, so this was not sent. Your words are still here.",

  // ——— Resources ———
  "resources.call": "Call {phone}",
  "resources.visit": "Visit {name}",
  "resources.hours": "Open: {hours}",
  "resources.loading": "Loading places to find help…",

  // ——— When to get help (a card on shared hubs) ———
  "suggestions.title": "Would a professional help?",
  "suggestions.more": "More about getting support",

  // ——— Gentle notes while typing ———
  "crisisNote.label": "A note for you",
  "crisisNote.private": "Only you see this note. Nothing you type is sent or saved because of it.",
} as const;
