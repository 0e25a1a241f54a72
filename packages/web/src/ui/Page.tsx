import { t } from "@mend/core";
import { type ReactNode, useEffect, useRef } from "react";

let firstScreen = true;

/**
 * Every screen starts here: sets the document title and moves focus to the heading after a route
 * change, so people using a screen reader hear where they arrived.
 */
export function Page({
  title,
  intro,
  wide = false,
  children,
}: {
  title: string;
  intro?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t("shell.pageTitle", { page: title });
    // On the very first screen, leave focus at the top of the document so the first Tab
    // reaches the skip link and the quick exit.
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    headingRef.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className={wide ? "page page--wide" : "page"}>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <div className="page__intro">{intro}</div> : null}
      {children}
    </div>
  );
}

export function Loading() {
  return (
    <p className="loading" role="status">
      {t("shell.loading")}
    </p>
  );
}
