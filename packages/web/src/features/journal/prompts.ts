import { hasMessage, JOURNAL_PROMPTS, type MessageKey, t } from "@mend/core";

export const promptOptions = JOURNAL_PROMPTS.map((prompt) => ({
  id: prompt.id,
  title: t(`journal.promptTitle.${prompt.id}` as MessageKey),
}));

/** Full text of a prompt, or null for one this version of the app does not know. */
export function promptText(id: string | null): string | null {
  if (!id) return null;
  const key = `journal.prompt.${id}`;
  return hasMessage(key) ? t(key) : null;
}
