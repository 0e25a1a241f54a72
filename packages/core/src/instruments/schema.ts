import { z } from "zod";

/**
 * An assessment instrument as data. Mend's own instruments live in ./definitions; operators add
 * licensed ones as JSON files in MEND_INSTRUMENT_DIR. Item text is optional so the published
 * scoring rules of a licensed scale can be defined (and tested) without its wording.
 */
const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be lowercase letters, digits and dashes");

export const Band = z.object({
  /** Inclusive lower and upper score bounds of this band. */
  min: z.number(),
  max: z.number(),
  label: z.string().min(1),
  meaning: z.string().min(1).describe("what a score in this band means, in plain words"),
});
export type Band = z.infer<typeof Band>;

export const Subscale = z.object({
  id: Slug,
  name: z.string().min(1),
  description: z.string().optional(),
  scoring: z.enum(["mean", "sum"]),
  /** Checked in order; a score takes the first band whose [min, max] holds it. */
  bands: z.array(Band).min(1),
  /** Mend tools that help with what this subscale measures (feature names, e.g. "journal"). */
  helps: z.array(z.string()).default([]),
  /** Journal prompt ids to suggest after a result on this subscale. */
  prompts: z.array(z.string()).default([]),
});
export type Subscale = z.infer<typeof Subscale>;

export const Item = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "must be letters, digits, _ or -"),
  text: z.string().min(1).optional(),
  subscale: Slug,
  reverse: z.boolean().default(false),
});
export type Item = z.infer<typeof Item>;

/**
 * Two subscales split at cut points give four quadrants, each with a "closest to" label
 * (e.g. attachment anxiety × avoidance → secure / anxious / avoidant / fearful).
 * A score equal to a cut point counts as "low": a conservative, non-labelling default.
 */
export const Classification = z.object({
  x: Slug,
  y: Slug,
  xCut: z.number(),
  yCut: z.number(),
  labels: z.object({
    lowXlowY: z.string(),
    highXlowY: z.string(),
    lowXhighY: z.string(),
    highXhighY: z.string(),
  }),
  explanation: z.record(z.string(), z.string()).optional().describe("a plain-words note per label"),
});
export type Classification = z.infer<typeof Classification>;

export const InstrumentDefinition = z
  .object({
    id: Slug,
    version: z.number().int().min(1),
    title: z.string().min(1),
    intro: z.string().min(1),
    notADiagnosis: z.string().min(1).optional(),
    scale: z.object({
      min: z.number().int(),
      max: z.number().int(),
      labels: z.record(z.string(), z.string()).describe("labels of scale points, keyed by the number"),
    }),
    items: z.array(Item).min(1),
    subscales: z.array(Subscale).min(1),
    classification: Classification.optional(),
    sources: z.array(z.string().min(1)).min(1),
  })
  .superRefine((def, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    if (def.scale.min >= def.scale.max) issue(["scale"], "min must be below max");
    const subscaleIds = new Set(def.subscales.map((s) => s.id));
    if (subscaleIds.size !== def.subscales.length) issue(["subscales"], "subscale ids must be unique");
    const itemIds = new Set<string>();
    def.items.forEach((item, i) => {
      if (itemIds.has(item.id)) issue(["items", i, "id"], `duplicate item id ${item.id}`);
      itemIds.add(item.id);
      if (!subscaleIds.has(item.subscale))
        issue(["items", i, "subscale"], `unknown subscale ${item.subscale}`);
    });
    def.subscales.forEach((sub, i) => {
      if (!def.items.some((item) => item.subscale === sub.id))
        issue(["subscales", i], `subscale ${sub.id} has no items`);
      sub.bands.forEach((band, j) => {
        if (band.min > band.max) issue(["subscales", i, "bands", j], "band min must not exceed max");
      });
    });
    if (def.classification) {
      for (const axis of ["x", "y"] as const) {
        if (!subscaleIds.has(def.classification[axis])) {
          issue(["classification", axis], `unknown subscale ${def.classification[axis]}`);
        }
      }
    }
  });
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;
export type InstrumentDefinitionInput = z.input<typeof InstrumentDefinition>;
