import type { Db } from "./db";

/** The condition "name contains the argument's text" (case-insensitive); its argument is {@link containsPattern}. */
export const NAME_CONTAINS = "name LIKE ? ESCAPE '\\' COLLATE NOCASE";

/** The LIKE pattern for "contains `text`", in which `%`, `_` and `\` match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
}

/** One page of the documents in `table` matching every condition in `where`, newest first, with the total matching count. */
export function pageOf<T>(db: Db, table: "projects" | "flows" | "webhooks", where: string[], args: unknown[], page: number, perPage: number): { items: T[]; total: number } {
  const w = where.join(" AND ");
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${w}`).get(...args) as { n: number }).n;
  const rows = db
    .prepare<unknown[], { doc: string }>(`SELECT doc FROM ${table} WHERE ${w} ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?`)
    .all(...args, perPage, (page - 1) * perPage);
  return { items: rows.map((r) => JSON.parse(r.doc) as T), total };
}
