import { forwardRef, type ReactNode } from "react";
import { Icon, type IconName } from "./Icon.tsx";

type Tone = "attention" | "ok" | "info";

const icons: Record<Tone, IconName> = { attention: "info", ok: "check", info: "info" };

/**
 * A calm message box. "attention" is warm amber, never red: Mend does not shout at people.
 * `role` is chosen by the caller: "alert" for errors just caused, "status" for confirmations.
 */
export const Notice = forwardRef<
  HTMLDivElement,
  { tone?: Tone; role?: "alert" | "status"; children: ReactNode; focusable?: boolean }
>(function Notice({ tone = "attention", role, children, focusable = false }, ref) {
  const className = tone === "attention" ? "notice" : `notice notice--${tone}`;
  return (
    <div ref={ref} className={className} role={role} tabIndex={focusable ? -1 : undefined}>
      <Icon name={icons[tone]} />
      <div>{children}</div>
    </div>
  );
});
