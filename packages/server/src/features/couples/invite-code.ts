import { randomInt } from "node:crypto";

/**
 * Invite codes: 8 symbols of Crockford's base32 (https://www.crockford.com/base32.html), shown as
 * XXXX-XXXX. 40 random bits, single use and valid for 24 hours, so guessing one is hopeless; the
 * alphabet has no I, L, O or U, and typing those is forgiven (I/L → 1, O → 0).
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const INVITE_CODE_LENGTH = 8;

export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The canonical form of what someone typed, or null when it cannot be a code. */
export function normalizeInviteCode(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (compact.length !== INVITE_CODE_LENGTH) return null;
  for (const ch of compact) if (!ALPHABET.includes(ch)) return null;
  return compact;
}
