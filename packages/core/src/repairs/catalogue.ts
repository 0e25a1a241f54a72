/**
 * Repair rituals and the steps of the guided repair conversation. Texts live in the message
 * catalogue (`repair.ritual.<id>`, `repair.step.<id>`); a couple may also invent their own ritual.
 */
export const REPAIR_RITUALS = [
  "walk",
  "cook-together",
  "bath",
  "read-together",
  "music",
  "letters",
  "breakfast-out",
  "tidy-together",
  "photos",
  "stargaze",
] as const;
export type RepairRitual = (typeof REPAIR_RITUALS)[number];

/** The shared conversation after both reflections are revealed, in order. */
export const REPAIR_STEPS = ["settle", "listen", "own-part", "understand", "amends", "ritual"] as const;

export const REPAIR_KINDS = ["rupture", "betrayal"] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

/** After a betrayal: the partner who was hurt, and the partner who broke trust. */
export const BETRAYAL_ROLES = ["hurt", "broke-trust"] as const;
export type BetrayalRole = (typeof BETRAYAL_ROLES)[number];

export function otherRole(role: BetrayalRole): BetrayalRole {
  return role === "hurt" ? "broke-trust" : "hurt";
}

export const FORGIVENESS_ANSWERS = ["yes", "partly", "not-yet"] as const;
export type ForgivenessAnswer = (typeof FORGIVENESS_ANSWERS)[number];
