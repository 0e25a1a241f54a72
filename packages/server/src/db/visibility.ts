import type { ReadScope } from "@mend/core";
import { type Expression, type SqlBool, sql } from "kysely";

/**
 * The one query-scoping helper. Every repo query that returns entries adds `visibleTo(scope)` to
 * its WHERE clause, with the scope from `readScope(viewer)` in core/src/policy. Tables that hold
 * entries carry `author_id`, `couple_id` and `visibility`; `table` names the alias when joined.
 */
export function visibleTo(scope: ReadScope, table?: string): Expression<SqlBool> {
  const column = (name: string) => sql.ref(table ? `${table}.${name}` : name);
  const own = sql<SqlBool>`${column("author_id")} = ${scope.authorId}`;
  if (scope.shared === null || scope.shared.visibilities.length === 0) return sql<SqlBool>`(${own})`;
  const visibilities = sql.join(scope.shared.visibilities.map((v) => sql`${v}`));
  return sql<SqlBool>`(${own} or (${column("couple_id")} = ${scope.shared.coupleId} and ${column(
    "visibility",
  )} in (${visibilities})))`;
}
