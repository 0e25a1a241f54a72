import { t } from "@mend/core";
import { type ReactNode, useContext, useEffect, useId, useRef } from "react";
import { Button } from "./Button.tsx";
import { DialogExtrasContext } from "./dialogExtras.ts";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question built on <dialog>: focus is trapped by the browser, Escape cancels, and the
 * safe choice ("keep") has focus first.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = t("form.cancel"),
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const extras = useContext(DialogExtrasContext);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      {extras ? <div className="dialog__extras">{extras}</div> : null}
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="button-row">
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <Button variant="quiet" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {busy ? t("form.saving") : confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
