import { z } from "zod";
import { Id, IsoDateTime, Text } from "./common.ts";

export const PASSWORD_MIN_LENGTH = 8;
/** NIST SP 800-63B asks verifiers to accept at least 64 characters; we accept 256. */
export const PASSWORD_MAX_LENGTH = 256;

export const Email = z
  .string()
  .trim()
  .max(254)
  .email("must be an e-mail address")
  .transform((value) => value.toLowerCase());

export const Password = Text.min(
  PASSWORD_MIN_LENGTH,
  `must be at least ${PASSWORD_MIN_LENGTH} characters`,
).max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const DisplayName = Text.trim().min(1, "must not be empty").max(80, "must be at most 80 characters");

export const RegisterBody = z.object({
  email: Email,
  password: Password,
  displayName: DisplayName,
  role: z
    .enum(["partner", "counsellor"])
    .optional()
    .describe(
      "partner (default), or counsellor: joins couples by their invite and sees only what both share",
    ),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z.object({
  email: Email,
  password: Text.min(1, "must not be empty").max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Role = z.enum(["partner", "counsellor"]);
export type Role = z.infer<typeof Role>;

export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  createdAt: IsoDateTime,
});
export type User = z.infer<typeof User>;

export const UserResponse = z.object({ user: User });
export type UserResponse = z.infer<typeof UserResponse>;

export const SessionInfo = z.object({
  id: Id.describe("public id of the session (not the secret cookie value)"),
  device: z.string().describe("a hint from the browser's user agent, e.g. 'Chrome on Android'"),
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SessionsResponse = z.object({ sessions: z.array(SessionInfo) });
export type SessionsResponse = z.infer<typeof SessionsResponse>;
