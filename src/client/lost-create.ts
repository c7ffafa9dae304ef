import { DEFAULT_TARGET } from "../model/contract";
import type { Project } from "./types";

/**
 * How the client tells whether a create whose answer was lost made its object after all (architecture.md: the
 * client looks the object up first, so no duplicate appears): by its exact name, its creation time and its fields.
 */

/** How far before the request start a recovered object's `createdAt` may lie (clock skew between us and the API). */
const CREATED_AT_SKEW_MS = 60_000;

/** True when `createdAt` is a time no earlier than `started` (ms), less the allowed clock skew. */
export function createdSince(createdAt: unknown, started: number): boolean {
  const created = Date.parse(String(createdAt ?? ""));
  return Number.isFinite(created) && created >= started - CREATED_AT_SKEW_MS;
}

/** The items whose `name` is exactly `name` (the API's `like_name` filter matches any name containing it). */
export async function namedExactly<T extends { name?: unknown }>(items: AsyncIterable<T>, name: string): Promise<T[]> {
  const matches: T[] = [];
  for await (const item of items) if (item.name === name) matches.push(item);
  return matches;
}

/**
 * True when an API project is the one a create request with `body` would have produced: every field sent is equal
 * (arrays in order, objects key by key; "", null and absent count as equal; an absent `target` is the API's default).
 */
export function projectMatchesBody(api: Project, body: Record<string, unknown>): boolean {
  return Object.entries(body).every(([k, sent]) => {
    if (k === "target" && api.target === undefined) return sent === DEFAULT_TARGET;
    return sameJson(sent, api[k]);
  });
}

function sameJson(sent: unknown, got: unknown): boolean {
  if (sent === null || sent === undefined || sent === "") return got === null || got === undefined || got === "";
  if (Array.isArray(sent)) return Array.isArray(got) && got.length === sent.length && sent.every((x, i) => sameJson(x, got[i]));
  if (typeof sent === "object") {
    if (typeof got !== "object" || got === null) return false;
    return Object.entries(sent as Record<string, unknown>).every(([k, v]) => sameJson(v, (got as Record<string, unknown>)[k]));
  }
  return sent === got;
}
