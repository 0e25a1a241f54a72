import { createHash, randomBytes, randomUUID } from "node:crypto";

/** 256 random bits, URL-safe. Session cookies and other bearer secrets. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Secrets are stored only as their SHA-256, so a database copy cannot be replayed as a session. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export const newId = (): string => randomUUID();
