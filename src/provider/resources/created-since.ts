/** How far before the request start a recovered object's `createdAt` may lie (clock skew between us and the API). */
const CREATED_AT_SKEW_MS = 60_000;

/** True when `createdAt` is a time no earlier than `started` (ms), less the allowed clock skew. */
export function createdSince(createdAt: unknown, started: number): boolean {
  const created = Date.parse(String(createdAt ?? ""));
  return Number.isFinite(created) && created >= started - CREATED_AT_SKEW_MS;
}
