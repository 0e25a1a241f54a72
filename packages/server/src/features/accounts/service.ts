import type { LoginBody, RegisterBody } from "@mend/core";
import { hashPassword, isCommonPassword, verifyAgainstDummy, verifyPassword } from "../../auth/passwords.ts";
import type { LoginThrottle } from "../../auth/throttle.ts";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { badField, HttpError } from "../../http/errors.ts";
import type { UserRecord, UserRepo } from "./repo.ts";

export class AccountService {
  constructor(
    private readonly users: UserRepo,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
  ) {}

  async register(input: RegisterBody): Promise<UserRecord> {
    if (isCommonPassword(input.password)) {
      throw badField("password", "is one of the most common passwords; please choose another");
    }
    const id = newId();
    const inserted = await this.users.insert({
      id,
      email: input.email,
      displayName: input.displayName,
      role: input.role ?? "partner",
      passwordHash: await hashPassword(input.password),
      createdAt: this.clock.now(),
    });
    if (!inserted) {
      throw new HttpError(409, "email_taken", "An account with this e-mail already exists. Try signing in.", [
        { field: "email", problem: "is already registered" },
      ]);
    }
    const user = await this.users.findById(id);
    if (!user) throw new Error("user vanished after insert");
    return user;
  }

  /** The same 401 whether the e-mail is unknown or the password wrong; throttled per account and address. */
  async login(input: LoginBody, address: string): Promise<UserRecord> {
    const wait = await this.throttle.retryAfterSeconds(input.email, address);
    if (wait > 0) {
      throw new HttpError(
        429,
        "too_many_attempts",
        `Too many attempts. Please wait ${Math.ceil(wait / 60)} minutes and try again.`,
        undefined,
        { "retry-after": String(wait) },
      );
    }
    const found = await this.users.findCredentials(input.email);
    let ok = false;
    if (found) ok = await verifyPassword(found.passwordHash, input.password);
    else await verifyAgainstDummy(input.password);
    if (!found || !ok) {
      await this.throttle.recordFailure(input.email, address);
      throw new HttpError(401, "bad_credentials", "That e-mail and password do not match an account.");
    }
    await this.throttle.recordSuccess(input.email, address);
    return found.user;
  }
}
