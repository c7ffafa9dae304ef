import { UnrecognizedResponseError } from "./errors";
import type { ApiResponse } from "./transport";
import type { Page } from "./types";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Unwraps `{data: ...}`; a bare document (some v2 answers) is returned as is. */
export function unwrap<T>(body: unknown): T {
  if (body && typeof body === "object" && "data" in body) return (body as { data: T }).data;
  return body as T;
}

function unrecognized(res: ApiResponse, why: string): UnrecognizedResponseError {
  return new UnrecognizedResponseError({ method: res.method ?? "GET", path: res.path ?? "", url: res.url, status: res.status, contentType: res.contentType, body: res.body, why });
}

/**
 * The document of a 2xx answer (`{data: {...}}`, or a bare document as some v2 answers send), which must be an
 * object with a string `_id` (equal to `id` when given); anything else is an UnrecognizedResponseError.
 */
export function documentOf<T extends { _id: string }>(res: ApiResponse, id?: string): T {
  const doc = unwrap<unknown>(res.body);
  if (!isObject(res.body) || !isObject(doc) || typeof doc._id !== "string") return throwIt(unrecognized(res, "the answer is not a SmartEnroll API document ({\"data\": {\"_id\": ...}})"));
  if (id !== undefined && doc._id !== id) return throwIt(unrecognized(res, `the answer is a document with _id "${doc._id}", not "${id}"`));
  return doc as T;
}

function throwIt(e: Error): never {
  throw e;
}

/**
 * Reads a list answer: `data` must be a list; pagination at the top level (`total/limit/page/pages`, projects) or in
 * a `pagination` object (`page/perPage/total`, flows; `limit/pages` in older pages).
 */
export function pageOf<T>(res: ApiResponse, requested: { page: number; limit: number }): Page<T> {
  const b = res.body;
  if (!isObject(b) || !Array.isArray(b.data) || (typeof b.total !== "number" && !isObject(b.pagination))) throw unrecognized(res, "the answer is not a SmartEnroll API list ({\"data\": [...], \"total\": ...})");
  return toPage<T>(b, requested);
}

/** The page of a list body (lenient: a missing or odd body reads as an empty page). */
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

/** Every item of a paged listing, fetching page 1, 2, … until the last page (or an empty one). */
export async function* everyItem<T>(listPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let page = 1; ; page++) {
    const res = await listPage(page);
    yield* res.items;
    if (page >= res.pages || res.items.length === 0) return;
  }
}
