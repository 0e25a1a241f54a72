/**
 * Where to find help: the shape of a deployment's resource file and Mend's own defaults.
 * An operator lists local helplines per locale; Mend's defaults are honest and work anywhere
 * (the local emergency number, an international directory), and say that local helplines have
 * not been set. Pure: the server reads and parses the file; this module only validates and picks.
 */
import { z } from "zod";
import { Text } from "../contracts/common.ts";
import { t } from "../i18n/index.ts";

export const RESOURCE_KINDS = ["emergency", "crisis-line", "domestic-abuse", "counselling"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

const line = (max: number) =>
  Text.max(max, `must be at most ${max} characters`).refine((v) => v.trim().length > 0, "must not be empty");

/**
 * Only https links: a resource link is opened by someone who may be in danger, so it must not
 * be a javascript:, data: or plain-http address.
 */
const HttpsUrl = z
  .string()
  .max(500, "must be at most 500 characters")
  // A host of letters, digits, dots and hyphens, then an optional path; no spaces.
  .regex(/^https:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/, "must be an https:// address");

export const SupportResource = z
  .strictObject({
    name: line(120),
    description: line(600),
    /** As people should dial it, e.g. "0800 123 456" or "+44 …"; digits, spaces, + - ( ). */
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ()-]{1,30}$/, "must be a phone number: digits, spaces, + - ( )")
      .optional(),
    /** How to reach it by text message, e.g. "Text HOME to 12345". */
    text: line(120).optional(),
    url: HttpsUrl.optional(),
    /** Opening hours in words, e.g. "24 hours, every day". */
    hours: line(120).optional(),
    kind: z.enum(RESOURCE_KINDS, { error: `must be one of ${RESOURCE_KINDS.join(", ")}` }),
  })
  .describe("one place to find help");
export type SupportResource = z.infer<typeof SupportResource>;

/**
 * A locale tag such as "en", "en-GB" or "pt-BR", or "*" for the resources to show in any locale
 * the file does not list (a local service is more useful than the right language).
 */
const LOCALE_KEY = /^(?:\*|[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

/** A deployment's resource file: `{ "en-GB": [ … ], "*": [ … ] }`. */
export const ResourceFile = z
  .record(z.string(), z.array(SupportResource).min(1, "must list at least one resource").max(50))
  .superRefine((file, ctx) => {
    const keys = Object.keys(file);
    if (keys.length === 0)
      ctx.addIssue({ code: "custom", message: "must list resources for at least one locale" });
    // Checked here rather than as the record's key schema, so the message names the key's problem.
    for (const key of keys)
      if (!LOCALE_KEY.test(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: 'must be a locale such as "en" or "en-GB", or "*"',
        });
  });
export type ResourceFile = z.infer<typeof ResourceFile>;

export interface ResourceList {
  resources: SupportResource[];
  /**
   * True when these are Mend's defaults: the UI shows `support.resources.defaultsNotice`, and
   * the server can tell the operator to set local helplines.
   */
  isDefault: boolean;
  /** The key of the file the resources came from ("en-GB", "en", "*"), or null for defaults. */
  from: string | null;
}

/** What the server should log when it starts without a resource file. */
export const DEFAULT_RESOURCES_OPERATOR_NOTICE =
  "Using Mend's general support resources. Set your local helplines in a resource file so people see services near them.";

/**
 * Mend's defaults, in the given locale's catalogue. Deployment-neutral on purpose: the only
 * numbers named are the well-known emergency numbers in the emergency description, and the one
 * link is Find A Helpline (findahelpline.com), a free international directory of helplines.
 */
export function defaultResources(locale = "en"): SupportResource[] {
  return [
    {
      kind: "emergency",
      name: t("support.resource.emergency.name", {}, locale),
      description: t("support.resource.emergency.description", {}, locale),
    },
    {
      kind: "crisis-line",
      name: t("support.resource.findahelpline.name", {}, locale),
      description: t("support.resource.findahelpline.description", {}, locale),
      url: "https://findahelpline.com",
    },
    {
      kind: "domestic-abuse",
      name: t("support.resource.domestic-abuse.name", {}, locale),
      description: t("support.resource.domestic-abuse.description", {}, locale),
      url: "https://findahelpline.com",
    },
    {
      kind: "counselling",
      name: t("support.resource.counselling.name", {}, locale),
      description: t("support.resource.counselling.description", {}, locale),
    },
  ];
}

/**
 * The resources to show someone using `locale`. Looks in the deployment's file for the exact
 * locale ("en-GB"), then its language ("en"), then "*"; without a match (or without a file)
 * returns Mend's defaults, marked as such. `kinds` narrows the list (e.g. only "emergency" and
 * "domestic-abuse" in safety mode), and falls back the same way if nothing of those kinds is
 * listed. Never returns an empty list.
 */
export function resourcesFor(
  locale: string,
  file?: ResourceFile | null,
  kinds: readonly ResourceKind[] = RESOURCE_KINDS,
): ResourceList {
  const wanted = (list: SupportResource[]) => list.filter((r) => kinds.includes(r.kind));
  if (file) {
    // Locale tags are case-insensitive ("en-gb" is "en-GB").
    const keys = new Map(Object.keys(file).map((key) => [key.toLowerCase(), key]));
    const tag = locale.toLowerCase();
    for (const wantedKey of [tag, tag.split("-")[0] ?? tag, "*"]) {
      const key = keys.get(wantedKey);
      const list = key === undefined ? [] : wanted(file[key] ?? []);
      if (key !== undefined && list.length > 0) return { resources: list, isDefault: false, from: key };
    }
  }
  const defaults = wanted(defaultResources(locale));
  return {
    resources: defaults.length > 0 ? defaults : defaultResources(locale),
    isDefault: true,
    from: null,
  };
}
