import { type RewriteResult, t } from "@mend/core";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "../../ui/Button.tsx";
import type { CoachClient } from "./loadCoach.ts";
import { firstPlaceholder, rewritePieces } from "./spans.ts";

/**
 * "Try this instead": an "I"-statement built from the message (observation, feeling, need,
 * request). Parts the coach could not fill are bracketed, marked with a dashed box and named for
 * screen readers. Accepting puts it in the field with the first bracket selected to type over.
 */
export function RewritePanel({
  library,
  text,
  current,
  offered,
  onAccept,
}: {
  library: CoachClient;
  /** The text the rewrite is built from (the latest analysed text). */
  text: string;
  /** What the field holds right now. */
  current: string;
  /** Whether to offer it (something was noticed); an open panel stays open regardless. */
  offered: boolean;
  onAccept: (rewrite: string, selection: [number, number] | null) => void;
}) {
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  /** What was accepted and the message saying so; the message goes once the text moves on. */
  const [accepted, setAccepted] = useState<{ text: string; message: string } | null>(null);
  const [built, setBuilt] = useState<{ from: string; rewrite: RewriteResult } | null>(null);
  const rewrite = open && built?.from === text ? built.rewrite : null;

  useEffect(() => {
    if (!open) return;
    let live = true;
    library.rewrite(text).then(
      (result) => {
        if (live) setBuilt({ from: text, rewrite: result });
      },
      () => undefined, // the coach stopped working: the panel stays empty, the field as it was
    );
    return () => {
      live = false;
    };
  }, [open, library, text]);

  function accept() {
    if (!rewrite) return;
    setOpen(false);
    const said =
      rewrite.placeholders.length > 0
        ? t("coachField.rewrite.accepted")
        : t("coachField.rewrite.acceptedComplete");
    setAccepted({ text: rewrite.text, message: `${said} ${t("coachField.rewrite.undoHint")}` });
    onAccept(rewrite.text, firstPlaceholder(rewrite.text, rewrite.placeholders));
  }

  function dismiss() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  const shown = offered || open;
  return (
    <div className="coach__rewrite">
      {shown ? (
        <button
          ref={toggleRef}
          type="button"
          className="button button--secondary coach__rewrite-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => {
            setAccepted(null);
            setOpen((was) => !was);
          }}
        >
          <span>{t("coachField.rewrite.toggle")}</span>
        </button>
      ) : null}
      <div id={panelId} className="coach__rewrite-panel" hidden={!open}>
        {rewrite ? (
          <>
            <p className="small muted">
              {rewrite.placeholders.length > 0
                ? t("coachField.rewrite.intro")
                : t("coachField.rewrite.complete")}
            </p>
            <p className="coach__rewrite-text" data-testid="coach-rewrite">
              {rewritePieces(rewrite.text, rewrite.placeholders).map((piece, index) =>
                piece.placeholder ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed string, never reordered
                  <mark key={index} className="coach__placeholder">
                    <span className="visually-hidden">{`${t("coachField.rewrite.placeholder")} `}</span>
                    {piece.text}
                  </mark>
                ) : (
                  piece.text
                ),
              )}
            </p>
            <div className="button-row">
              <Button icon="check" onClick={accept}>
                {t("coachField.rewrite.accept")}
              </Button>
              <Button variant="quiet" onClick={dismiss}>
                {t("coachField.rewrite.dismiss")}
              </Button>
            </div>
          </>
        ) : null}
      </div>
      <p className="coach__accepted small" role="status">
        {accepted && stillBuiltOn(current, accepted.text) ? accepted.message : null}
      </p>
    </div>
  );
}

/** Whether the field still starts like the accepted rewrite (not undone, cleared or rewritten). */
function stillBuiltOn(current: string, accepted: string): boolean {
  const needed = Math.min(12, accepted.length);
  return current.slice(0, needed) === accepted.slice(0, needed);
}
