/**
 * Message catalogues. One object per locale, assembled from one file per area so features can
 * add text without touching each other's files. `t` fills `{name}` placeholders.
 */
import { coach } from "./en/coach.ts";
import { common } from "./en/common.ts";
import { journal } from "./en/journal.ts";
import { lessons } from "./en/lessons.ts";
import { mail } from "./en/mail.ts";
import { rebuild } from "./en/rebuild.ts";
import { safety } from "./en/safety.ts";
import { support } from "./en/support.ts";
import { web } from "./en/web.ts";
import { webAssessments } from "./en/web-assessments.ts";
import { webCoach } from "./en/web-coach.ts";
import { webCounsellor } from "./en/web-counsellor.ts";
import { webRebuild } from "./en/web-rebuild.ts";
import { webSafety } from "./en/web-safety.ts";
import { webTalk } from "./en/web-talk.ts";

export const en = {
  ...common,
  ...journal,
  ...lessons,
  ...mail,
  ...web,
  ...webAssessments,
  ...coach,
  ...webCoach,
  ...webTalk,
  ...webRebuild,
  ...rebuild,
  ...support,
  ...safety,
  ...webCounsellor,
  ...webSafety,
} as const;
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

const catalogues: Record<string, Catalogue> = { en };

export function t(key: MessageKey, params: Record<string, string | number> = {}, locale = "en"): string {
  const template = (catalogues[locale] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** For keys built at run time (e.g. `journal.prompt.${id}`); falls back to the key itself. */
export function hasMessage(key: string): key is MessageKey {
  return key in en;
}
