import type { User } from "@mend/core";
import type { UserRecord } from "./repo.ts";

export function presentUser(user: UserRecord): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    createdAt: user.createdAt,
  };
}
