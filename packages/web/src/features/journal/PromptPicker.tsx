import { type JournalTheme, t } from "@mend/core";
import { useId } from "react";
import { promptOptions, themeOptions } from "./prompts.ts";

/**
 * Guided prompts by theme: choose a theme (or all of them), then a prompt. With all themes the
 * prompts are grouped under their theme's name.
 */
export function PromptPicker({
  theme,
  prompt,
  onTheme,
  onPrompt,
}: {
  theme: JournalTheme | "";
  prompt: string;
  onTheme: (theme: JournalTheme | "") => void;
  onPrompt: (prompt: string) => void;
}) {
  const themeId = useId();
  const promptId = useId();
  const shown = theme ? themeOptions.filter((option) => option.id === theme) : themeOptions;
  return (
    <div className="prompt-picker">
      <div className="field">
        <label className="field__label" htmlFor={themeId}>
          {t("journal.field.theme")}
        </label>
        <select
          id={themeId}
          className="select"
          value={theme}
          onChange={(event) => {
            const next = themeOptions.find((option) => option.id === event.target.value)?.id ?? "";
            onTheme(next);
            const current = promptOptions.find((option) => option.id === prompt);
            if (next && current && current.theme !== next) onPrompt("");
          }}
        >
          <option value="">{t("journal.field.theme.all")}</option>
          {themeOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={promptId}>
          {t("journal.field.prompt")}
        </label>
        <select
          id={promptId}
          className="select"
          value={prompt}
          onChange={(event) => onPrompt(event.target.value)}
        >
          <option value="">{t("journal.field.prompt.none")}</option>
          {shown.map((group) => (
            <optgroup key={group.id} label={group.title}>
              {promptOptions
                .filter((option) => option.theme === group.id)
                .map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}
