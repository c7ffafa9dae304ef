import type { ApiError } from "./errors";

/** Query parameter `name` as a whole number from 1 to `max`; `def` when absent or empty; otherwise throws `invalid()`. */
export function queryInt(q: URLSearchParams, name: string, def: number, max: number, invalid: () => ApiError): number {
  const raw = q.get(name);
  if (raw === null || raw === "") return def;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max) throw invalid();
  return n;
}

/**
 * `page` (from 1) and `perPage` (1–100, default 20; `limit` is taken when `perPage` is absent) of a listing that pages
 * by `perPage`. A value that is not a whole number in range throws `invalid` with the message naming the parameter.
 */
export function perPageParams(q: URLSearchParams, invalid: (message: string) => ApiError): { page: number; perPage: number } {
  const int = (name: string, def: number, max: number) => queryInt(q, name, def, max, () => invalid(`Invalid parameter: ${name} must be between 1 and ${max}`));
  return { page: int("page", 1, Number.MAX_SAFE_INTEGER), perPage: int("perPage", int("limit", 20, 100), 100) };
}
