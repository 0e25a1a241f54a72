import type { Couple } from "@mend/core";
import type { CoupleRecord } from "./repo.ts";

export function presentCouple(couple: CoupleRecord, paused = false): Couple {
  return { id: couple.id, createdAt: couple.createdAt, partner: couple.partner, paused };
}
