import { z } from "zod";
import { SAFETY_ITEM_IDS, SAFETY_LEVELS } from "../safety/check.ts";
import { RESOURCE_KINDS } from "../safety/resources.ts";
import { SUPPORT_REASONS, SUPPORT_URGENCIES } from "../safety/when-to-get-help.ts";
import { Id, IsoDateTime } from "./common.ts";

/** A safety-check result: its author's alone, forever. */
export const SafetyCheckResult = z.object({
  id: Id,
  level: z.enum(SAFETY_LEVELS),
  reasons: z.array(z.enum(SAFETY_ITEM_IDS)),
  offersSafetyMode: z.boolean(),
  createdAt: IsoDateTime,
});
export const SafetyCheckResponse = z.object({ check: SafetyCheckResult });
export const SafetyCheckListResponse = z.object({ checks: z.array(SafetyCheckResult) });

export const SafetyModeBody = z.object({ on: z.boolean() });
export const SafetyModeResponse = z.object({
  safetyMode: z.boolean().describe("my own safety mode"),
  couplePaused: z.boolean().describe("shared features are paused (by me or, neutrally, by my partner)"),
});

export const ResourcesQuery = z.object({ locale: z.string().min(2).max(35).optional() });
export const ResourcesResponse = z.object({
  resources: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      kind: z.enum(RESOURCE_KINDS),
      phone: z.string().optional(),
      text: z.string().optional(),
      url: z.string().optional(),
      hours: z.string().optional(),
    }),
  ),
  isDefault: z.boolean(),
});

export const SupportSuggestionsResponse = z.object({
  suggestions: z.array(
    z.object({
      reason: z.enum(SUPPORT_REASONS),
      urgency: z.enum(SUPPORT_URGENCIES),
      title: z.string().describe("message catalogue key"),
      body: z.string().describe("message catalogue key"),
      advice: z.array(z.string()).describe("message catalogue keys"),
    }),
  ),
});
