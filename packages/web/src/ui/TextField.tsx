import { type InputHTMLAttributes, useId } from "react";
import { Icon } from "./Icon.tsx";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  label: string;
  hint?: string;
  error?: string | null;
  inputClassName?: string;
}

/** Label above, hint and error tied to the input with aria-describedby. */
export function TextField({ label, hint, error, inputClassName, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className={inputClassName ? `input ${inputClassName}` : "input"}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? (
        <p className="field__error" id={errorId}>
          <Icon name="info" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
