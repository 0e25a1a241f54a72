/** The one place where database values become API values and back. */

export function toIso(value: string | Date): string {
  return typeof value === "string" ? new Date(value).toISOString() : value.toISOString();
}

export function toIsoOrNull(value: string | Date | null): string | null {
  return value === null ? null : toIso(value);
}

/** Timestamps are stored as fixed-width ISO strings so text comparison in SQLite orders correctly. */
export function dbTime(date: Date): string {
  return date.toISOString();
}
