import type { Page } from "./types";

/** Unwraps `{data: ...}`; a bare document (some v2 answers) is returned as is. */
export function unwrap<T>(body: unknown): T {
  if (body && typeof body === "object" && "data" in body) return (body as { data: T }).data;
  return body as T;
}

/**
 * Reads a list answer: pagination at the top level (`total/limit/page/pages`, projects) or in a
 * `pagination` object (`page/perPage/total`, flows; `limit/pages` in older pages).
 */
export function toPage<T>(body: unknown, requested: { page: number; limit: number }): Page<T> {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const items = Array.isArray(b.data) ? (b.data as T[]) : [];
  const p = (b.pagination && typeof b.pagination === "object" ? b.pagination : b) as Record<string, unknown>;
  const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  const limit = n(p.limit) ?? n(p.perPage) ?? requested.limit;
  const total = n(p.total) ?? items.length;
  const pages = n(p.pages) ?? (limit > 0 ? Math.ceil(total / limit) : 0);
  return { items, page: n(p.page) ?? requested.page, limit, total, pages };
}
