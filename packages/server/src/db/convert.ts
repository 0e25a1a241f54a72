/** The one place where database values become API values and back. */

/** The exact shape `dbTime` writes; such strings need no parsing on the way out. */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function toIso(value: string | Date): string {
  if (typeof value !== "string") return value.toISOString();
  return CANONICAL_ISO.test(value) ? value : new Date(value).toISOString();
}

export function toIsoOrNull(value: string | Date | null): string | null {
  return value === null ? null : toIso(value);
}

/** Timestamps are stored as fixed-width ISO strings so text comparison in SQLite orders correctly. */
export function dbTime(date: Date): string {
  return date.toISOString();
}

/** Booleans are stored as 0/1 integers on both databases. */
export function toDbBool(value: boolean): number {
  return value ? 1 : 0;
}

export function fromDbBool(value: number | string | boolean): boolean {
  return value === true || Number(value) === 1;
}
