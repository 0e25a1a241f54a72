import type { ReadScope } from "@mend/core";
import { type Expression, type SqlBool, sql } from "kysely";

export interface VisibleToOptions {
  /** Table alias when the entry table is joined. */
  table?: string;
  /**
   * A column holding the instant before which only the author may read (a letter's deliver_at);
   * NULL there means "not yet" (a sealed answer). May name another joined table ("c.revealed_at").
   */
  availableFromColumn?: string;
}

/**
 * The one query-scoping helper. Every repo query that returns entries adds `visibleTo(scope)` to
 * its WHERE clause, with the scope from `readScope(viewer, now)` in core/src/policy. Tables that
 * hold entries carry `author_id`, `couple_id` and `visibility`.
 */
export function visibleTo(scope: ReadScope, options: VisibleToOptions | string = {}): Expression<SqlBool> {
  const { table, availableFromColumn } = typeof options === "string" ? { table: options } : options;
  const column = (name: string) => sql.ref(table && !name.includes(".") ? `${table}.${name}` : name);
  const own = sql<SqlBool>`${column("author_id")} = ${scope.authorId}`;
  if (scope.shared === null || scope.shared.visibilities.length === 0) return sql<SqlBool>`(${own})`;
  const visibilities = sql.join(scope.shared.visibilities.map((v) => sql`${v}`));
  const embargo = availableFromColumn
    ? sql` and ${column(availableFromColumn)} is not null and ${column(availableFromColumn)} <= ${scope.now}`
    : sql``;
  return sql<SqlBool>`(${own} or (${column("couple_id")} = ${scope.shared.coupleId} and ${column(
    "visibility",
  )} in (${visibilities})${embargo}))`;
}
