import { t, type Visibility } from "@mend/core";
import type { ReactNode } from "react";
import { CoachedField } from "../coach/CoachedField.tsx";

/**
 * The one place the journal renders its writing field (composer and edit screen). An "Us" entry
 * is written to the partner, so it gets the message coach (unless the person turned it off);
 * a private entry is a plain field: the coach is for messages to the partner. The textarea stays
 * the same element either way, so switching visibility never loses focus or the undo history.
 */
export function EntryBodyField({
  value,
  onChange,
  visibility,
  hint,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  visibility: Visibility;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <CoachedField
      label={t("journal.field.body")}
      name="body"
      value={value}
      onChange={onChange}
      coachWanted={visibility === "couple"}
      hint={hint}
      error={error}
      rows={8}
      required
    />
  );
}
