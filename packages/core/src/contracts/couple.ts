import { z } from "zod";
import { User } from "./auth.ts";
import { Id, IsoDateTime, Text } from "./common.ts";

export const Partner = User.pick({ id: true, displayName: true });

export const Couple = z.object({
  id: Id,
  createdAt: IsoDateTime,
  partner: Partner.nullable().describe("the other member; null while no one has joined"),
  paused: z
    .boolean()
    .describe(
      "shared features are paused while one of us takes time for individual work; never says who or why",
    ),
});
export type Couple = z.infer<typeof Couple>;

export const MeResponse = z.object({ user: User, couple: Couple.nullable() });
export type MeResponse = z.infer<typeof MeResponse>;

export const InviteResponse = z.object({
  code: z.string().describe("8 letters and digits shown as XXXX-XXXX; single use"),
  expiresAt: IsoDateTime,
});
export type InviteResponse = z.infer<typeof InviteResponse>;

export const JoinBody = z.object({ code: Text.trim().min(1, "must not be empty").max(32) });
export type JoinBody = z.infer<typeof JoinBody>;

export const CoupleResponse = z.object({ couple: Couple });
export type CoupleResponse = z.infer<typeof CoupleResponse>;
