import { MAX_TEXT_LENGTH } from "@mend/core";
import { type ReactNode, type Ref, useId } from "react";
// The one feature the design system reaches into: every plain composer must carry the crisis
// note, and this field is where plain composers meet.
import { CrisisNote } from "../features/safety/crisis/CrisisNote.tsx";
import { Icon } from "./Icon.tsx";

/**
 * The plain multi-line text field. The journal composer reaches it only through
 * `features/journal/EntryBodyField.tsx`, so the message coach's `CoachedTextarea` can take its
 * place there with the same props.
 */
export interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Extra description under the label (e.g. the chosen guided prompt). */
  hint?: ReactNode;
  error?: string | null;
  name?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextArea({
  label,
  value,
  onChange,
  hint,
  error,
  name,
  rows = 8,
  maxLength = MAX_TEXT_LENGTH,
  required,
  disabled,
  placeholder,
  textareaRef,
}: TextAreaProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const nearLimit = value.length > maxLength * 0.9;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <textarea
        id={id}
        ref={textareaRef}
        className="textarea"
        name={name}
        rows={rows}
        value={value}
        maxLength={maxLength}
        required={required}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {nearLimit ? (
        <span className="field__count" aria-live="polite">
          {value.length.toLocaleString("en")} / {maxLength.toLocaleString("en")}
        </span>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <Icon name="info" />
          <span>{error}</span>
        </p>
      ) : null}
      <CrisisNote text={value} />
    </div>
  );
}
