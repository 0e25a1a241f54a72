import { hasMessage, JOURNAL_PROMPTS, JOURNAL_THEMES, type JournalTheme, t } from "@mend/core";

/** A short title for the picker; the full prompt text when no title is written yet. */
function promptTitle(id: string): string {
  const key = `journal.promptTitle.${id}`;
  if (hasMessage(key)) return t(key);
  return promptText(id) ?? id;
}

export const promptOptions = JOURNAL_PROMPTS.map((prompt) => ({
  id: prompt.id,
  theme: prompt.theme as JournalTheme,
  title: promptTitle(prompt.id),
}));

export const themeOptions = JOURNAL_THEMES.map((theme) => {
  const key = `journal.theme.${theme}`;
  return { id: theme, title: hasMessage(key) ? t(key) : theme };
});

export function isJournalTheme(value: string): value is JournalTheme {
  return (JOURNAL_THEMES as readonly string[]).includes(value);
}

/** Full text of a prompt, or null for one this version of the app does not know. */
export function promptText(id: string | null): string | null {
  if (!id) return null;
  const key = `journal.prompt.${id}`;
  return hasMessage(key) ? t(key) : null;
}
