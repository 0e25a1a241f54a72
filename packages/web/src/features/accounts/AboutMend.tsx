import { type MessageKey, t } from "@mend/core";
import type { ReactNode } from "react";
import { Icon, type IconName } from "../../ui/Icon.tsx";
import "./accounts.css";

interface About {
  title: MessageKey;
  tagline: MessageKey;
  points: readonly { icon: IconName; text: MessageKey }[];
}

/** Who the box speaks to: a partner (the default), or a counsellor signing up. */
export type Audience = "partner" | "counsellor";

const ABOUT: Record<Audience, About> = {
  partner: {
    title: "accounts.about.title",
    tagline: "app.tagline",
    points: [
      { icon: "lock", text: "accounts.about.private" },
      { icon: "heart", text: "accounts.about.solo" },
      { icon: "check", text: "accounts.about.pace" },
      { icon: "exit", text: "accounts.about.exit" },
    ],
  },
  // A counsellor needs to know what they will and will not see, and that the couple sees them look.
  counsellor: {
    title: "counsellor.about.title",
    tagline: "counsellor.about.tagline",
    points: [
      { icon: "people", text: "counsellor.about.invited" },
      { icon: "lock", text: "counsellor.about.consent" },
      { icon: "info", text: "counsellor.about.logged" },
      { icon: "check", text: "counsellor.about.summaries" },
    ],
  },
};

/** Signed-out screens: the form, and beside it (or below, on phones) what Mend is and is not. */
export function WithAboutMend({
  audience = "partner",
  children,
}: {
  audience?: Audience;
  children: ReactNode;
}) {
  const about = ABOUT[audience];
  return (
    <div className="auth-layout">
      <div>{children}</div>
      <aside className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t(about.title)}</h2>
        <p className="about__tagline">{t(about.tagline)}</p>
        <ul className="about__points">
          {about.points.map((point) => (
            <li key={point.text}>
              <Icon name={point.icon} />
              <span>{t(point.text)}</span>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
