import { Notice } from "./Notice.tsx";

/**
 * A polite live region that stays in the page, so a screen reader hears what appears in it,
 * showing `message` (when there is one) as a success notice: "Saved.", "Sent to Sam."
 */
export function StatusNotice({
  message,
  className,
}: {
  message: string | null | undefined;
  className?: string;
}) {
  return (
    <div role="status" className={className}>
      {message ? (
        <Notice tone="ok">
          <p>{message}</p>
        </Notice>
      ) : null}
    </div>
  );
}
