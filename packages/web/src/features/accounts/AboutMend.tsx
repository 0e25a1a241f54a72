import { t } from "@mend/core";
import type { ReactNode } from "react";
import { Icon, type IconName } from "../../ui/Icon.tsx";
import "./accounts.css";

const points: { icon: IconName; text: () => string }[] = [
  { icon: "lock", text: () => t("accounts.about.private") },
  { icon: "heart", text: () => t("accounts.about.solo") },
  { icon: "check", text: () => t("accounts.about.pace") },
  { icon: "exit", text: () => t("accounts.about.exit") },
];

/** Signed-out screens: the form, and beside it (or below, on phones) what Mend is and is not. */
export function WithAboutMend({ children }: { children: ReactNode }) {
  return (
    <div className="auth-layout">
      <div>{children}</div>
      <aside className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t("accounts.about.title")}</h2>
        <p className="about__tagline">{t("app.tagline")}</p>
        <ul className="about__points">
          {points.map((point) => (
            <li key={point.icon}>
              <Icon name={point.icon} />
              <span>{point.text()}</span>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
