import { t } from "@mend/core";
import type { ReactNode } from "react";
import { TextArea } from "../../ui/TextArea.tsx";

/**
 * The one place the journal renders its writing field. When the message coach lands, its
 * `CoachedTextarea` (features/coach/CoachedTextarea.tsx) replaces `TextArea` here, and both the
 * composer and the edit screen get it.
 */
export function EntryBodyField({
  value,
  onChange,
  hint,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <TextArea
      label={t("journal.field.body")}
      name="body"
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
      rows={8}
      required
    />
  );
}
