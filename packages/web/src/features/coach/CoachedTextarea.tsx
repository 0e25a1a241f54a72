import { MAX_TEXT_LENGTH, t } from "@mend/core";
import { type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import { Icon } from "../../ui/Icon.tsx";
import { CrisisNote } from "../safety/crisis/CrisisNote.tsx";
import { CoachFlags } from "./CoachFlags.tsx";
import { CoachIcon } from "./CoachIcon.tsx";
import { useMirror } from "./mirror.ts";
import { RewritePanel } from "./RewritePanel.tsx";
import { flagKey, runsOf } from "./spans.ts";
import { useCoachAnalysis } from "./useCoachAnalysis.ts";
import "./coach.css";

/**
 * A multi-line text field with the message coach. Every composer that writes to the partner uses
 * it; with `enabled` false it is a plain textarea.
 *
 * Highlights use the "mirror" technique: a div behind a transparent textarea renders the same
 * text with `<mark>`s, kept aligned on scroll and resize. The textarea itself is untouched, so
 * native editing, IME, spell-check, undo and mobile keyboards work as usual. Highlights are a
 * wavy underline plus a tint (never colour alone), and the field is described by a live, polite
 * summary ("2 things the coach noticed") and followed by a list of what was noticed, as buttons.
 */
export interface CoachedTextareaProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  /** The coach is shown only when true (e.g. writing to the partner, and the person's setting is on). */
  enabled: boolean;
  id?: string;
  /** Ids of extra elements that describe the field (added to its aria-describedby). */
  describedBy?: string;
  maxLength?: number;
  /** Extra description under the label. */
  hint?: ReactNode;
  error?: string | null;
  name?: string;
  rows?: number;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Shown at the end of the coach's panel (e.g. a link to the setting that turns it off). */
  footer?: ReactNode;
}

export function CoachedTextarea({
  value,
  onChange,
  label,
  enabled,
  id: givenId,
  describedBy,
  maxLength = MAX_TEXT_LENGTH,
  hint,
  error,
  name,
  rows = 8,
  required,
  disabled,
  placeholder,
  footer,
}: CoachedTextareaProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const summaryId = `${id}-coach-summary`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  /** A selection to apply once React has rendered a value set without the native insert. */
  const pendingSelection = useRef<[number, number] | null>(null);

  const coach = useCoachAnalysis(value, enabled);
  const flags = coach.flags;
  useMirror(textareaRef, mirrorRef, enabled);

  useLayoutEffect(() => {
    const area = textareaRef.current;
    const range = pendingSelection.current;
    if (!area || !range || area.value !== value) return;
    pendingSelection.current = null;
    area.setSelectionRange(range[0], range[1]);
  }, [value]);

  const described =
    [describedBy, hintId, errorId, enabled ? summaryId : undefined].filter(Boolean).join(" ") || undefined;
  const nearLimit = value.length > maxLength * 0.9;

  /** Tapping into highlighted words (or moving the caret inside them) opens that flag's explanation. */
  function onCaret() {
    const area = textareaRef.current;
    if (!enabled || !area || area.selectionStart !== area.selectionEnd) return;
    const caret = area.selectionStart;
    const under = flags.find((flag) => flag.start < caret && caret < flag.end);
    if (under) setActiveKey(flagKey(under));
  }

  function showInText(start: number, end: number) {
    const area = textareaRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(start, end);
  }

  /** Puts the rewrite in the field as a native edit (so Undo brings the person's words back). */
  function acceptRewrite(text: string, selection: [number, number] | null) {
    const area = textareaRef.current;
    if (!area) {
      onChange(text);
      return;
    }
    area.focus();
    area.select();
    // execCommand is the one way to replace a textarea's text that keeps the browser's undo
    // history; where it is missing, the value is set directly.
    const inserted = document.execCommand("insertText", false, text);
    if (inserted && area.value === text) {
      if (selection) area.setSelectionRange(selection[0], selection[1]);
    } else {
      pendingSelection.current = selection;
      onChange(text);
    }
  }

  return (
    <div className={enabled ? "field coached coached--on" : "field coached"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="coached__box">
        {enabled ? (
          <div ref={mirrorRef} className="coached__mirror" aria-hidden="true" data-testid="coach-mirror">
            {runsOf(value, flags).map((run) => {
              const words = value.slice(run.start, run.end);
              if (run.flags.length === 0) return words;
              const active = activeKey !== null && run.flags.includes(activeKey);
              return (
                <mark
                  key={`${run.start}-${run.end}`}
                  className={active ? "coached__mark coached__mark--active" : "coached__mark"}
                >
                  {words}
                </mark>
              );
            })}
            {/* Keeps a trailing line break as tall as in the textarea. */}
            {"\u200b"}
          </div>
        ) : null}
        <textarea
          id={id}
          ref={textareaRef}
          className={enabled ? "textarea coached__input" : "textarea"}
          name={name}
          rows={rows}
          value={value}
          maxLength={maxLength}
          required={required}
          disabled={disabled}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(event) => onChange(event.target.value)}
          onSelect={onCaret}
        />
      </div>
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
      {/* Read in the browser only, coach on or off: nothing is sent because of it. */}
      <CrisisNote text={value} />
      {enabled ? (
        <div className="coach">
          <p id={summaryId} className="coach__summary" role="status" data-testid="coach-summary">
            {summaryText(coach.status, flags.length, value) ? (
              <>
                <CoachIcon className="coach__summary-icon" />
                <span>{summaryText(coach.status, flags.length, value)}</span>
              </>
            ) : null}
          </p>
          <CoachFlags
            text={value}
            flags={flags}
            activeKey={activeKey}
            onActivate={setActiveKey}
            onShowInText={showInText}
          />
          {coach.library ? (
            <RewritePanel
              library={coach.library}
              text={coach.analysedText}
              current={value}
              offered={flags.length > 0}
              onAccept={acceptRewrite}
            />
          ) : null}
          {footer ? <div className="coach__footer small">{footer}</div> : null}
        </div>
      ) : null}
    </div>
  );
}

function summaryText(status: ReturnType<typeof useCoachAnalysis>["status"], count: number, value: string) {
  if (status === "unavailable") return t("coachField.summary.unavailable");
  if (value.trim().length === 0) return "";
  if (status === "loading") return t("coachField.summary.loading");
  if (count === 0) return t("coachField.summary.none");
  return count === 1 ? t("coachField.summary.one") : t("coachField.summary.many", { count });
}
