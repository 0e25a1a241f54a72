import { dictionary } from "@zxcvbn-ts/language-common";
import argon2 from "argon2";

/** OWASP Password Storage Cheat Sheet's argon2id minimum: 19 MiB memory, 2 passes, parallelism 1. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("mend-timing-equaliser-not-a-real-password");
  await verifyPassword(await dummyHash, password);
}

/**
 * The common-password list of zxcvbn-ts (derived from leaked-password corpora), as NIST SP
 * 800-63B §5.1.1.2 asks: refuse passwords found in lists of commonly used or breached values.
 */
const COMMON = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
