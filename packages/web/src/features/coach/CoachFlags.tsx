import { type CoachFlag, type CoachKind, type MessageKey, t } from "@mend/core";
import { useId } from "react";
import { CoachIcon } from "./CoachIcon.tsx";
import { flagKey, quoteOf } from "./spans.ts";

const KIND_KEYS: Record<CoachKind, MessageKey> = {
  blame: "coachField.kind.blame",
  "all-or-nothing": "coachField.kind.all-or-nothing",
  overgeneralizing: "coachField.kind.overgeneralizing",
  "mind-reading": "coachField.kind.mind-reading",
  labeling: "coachField.kind.labeling",
  catastrophizing: "coachField.kind.catastrophizing",
  should: "coachField.kind.should",
  "fortune-telling": "coachField.kind.fortune-telling",
  contempt: "coachField.kind.contempt",
  ultimatum: "coachField.kind.ultimatum",
};

export function kindName(kind: CoachKind): string {
  return t(KIND_KEYS[kind]);
}

/**
 * What the coach noticed, as a list of buttons. Focusing or tapping one opens its one-sentence
 * explanation (and a suggestion), which is also the button's description for screen readers.
 */
export function CoachFlags({
  text,
  flags,
  activeKey,
  onActivate,
  onShowInText,
}: {
  text: string;
  flags: readonly CoachFlag[];
  activeKey: string | null;
  onActivate: (key: string) => void;
  onShowInText: (start: number, end: number) => void;
}) {
  const baseId = useId();
  if (flags.length === 0) return null;
  return (
    <ul className="coach__flags" aria-label={t("coachField.listLabel")}>
      {flags.map((flag, index) => {
        const key = flagKey(flag);
        const open = key === activeKey;
        const detailId = `${baseId}-flag-${index}`;
        return (
          <li key={key} className={open ? "coach__item coach__item--open" : "coach__item"}>
            <button
              type="button"
              className="coach__flag"
              aria-expanded={open}
              aria-controls={detailId}
              aria-describedby={detailId}
              onFocus={() => onActivate(key)}
              onClick={() => onActivate(key)}
            >
              <CoachIcon className="coach__flag-icon" />
              <span className="coach__flag-words">
                <span className="coach__flag-kind">{kindName(flag.kind)}</span>
                <span className="visually-hidden">: </span>
                <span className="coach__flag-quote">“{quoteOf(text, flag)}”</span>
              </span>
            </button>
            <div id={detailId} className="coach__detail" hidden={!open}>
              <p className="coach__explanation">{flag.explanation}</p>
              {flag.suggestion ? (
                <p className="coach__suggestion">
                  <strong>{t("coachField.flag.suggestion")}</strong> {flag.suggestion}
                </p>
              ) : null}
              <button
                type="button"
                className="coach__show link-button"
                onClick={() => onShowInText(flag.start, flag.end)}
              >
                {t("coachField.flag.showInText")}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
