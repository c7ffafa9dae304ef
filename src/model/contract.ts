import type { FLOW_TYPES, TARGETS } from "./enums";
import { PROJECT_STATUSES } from "./enums";

/**
 * The API's rules that the server enforces, the client follows and the provider explains, written once:
 * lifecycle transitions, rate limits, environment hosts, and the client's retry and timeout defaults.
 */

/** A project's (or flow's) lifecycle status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Where each status may move (§11): `draft` → `active` ⇄ `paused`; nothing goes back to `draft`. */
export const LIFECYCLE: { readonly [S in ProjectStatus]: readonly ProjectStatus[] } = {
  draft: ["draft", "active", "paused"],
  active: ["active", "paused"],
  paused: ["paused", "active"],
};

/** True when the API lets a status move from `from` to `to` (a status it does not know never blocks). */
export function canMoveStatus(from: string, to: string): boolean {
  const next = (LIFECYCLE as Readonly<Record<string, readonly string[]>>)[from];
  return next === undefined || next.includes(to);
}

/** The target the API gives a project or flow that names none (§13, Q18): who is onboarded. */
export const DEFAULT_TARGET: (typeof TARGETS)[number] = "personal";

/** The type the API gives a flow that names none (§13, Q9): SmartEnroll's onboarding flow. */
export const DEFAULT_FLOW_TYPE: (typeof FLOW_TYPES)[number] = "onboarding";

/**
 * Rate-limit categories (§3): requests per user per window, the noun that names what is counted, and the path
 * prefixes that count against the category (webhooks count as projects).
 */
export const RATE_LIMITS = {
  projects: { limit: 100, noun: "project", paths: ["/v3/projects", "/v2/webhooks"] },
  flows: { limit: 50, noun: "flow", paths: ["/v3/project-flows", "/v2/project-flows"] },
} as const satisfies Record<string, { limit: number; noun: string; paths: readonly string[] }>;

/** A rate-limit category of the API. */
export type RateCategory = keyof typeof RATE_LIMITS;

/** Every rate-limit category, in the contract's order. */
export const RATE_CATEGORIES = Object.keys(RATE_LIMITS) as RateCategory[];

/** The documented window of the rate limits: one minute. */
export const RATE_WINDOW_MS = 60_000;

/** The category a request path (query string allowed) counts against, or undefined for unlimited paths. */
export function rateCategory(path: string): RateCategory | undefined {
  const under = (prefix: string) => path.startsWith(prefix) && /^($|[/?])/.test(path.slice(prefix.length));
  return RATE_CATEGORIES.find((c) => RATE_LIMITS[c].paths.some(under));
}

/** The documented limits in words, e.g. "100 project and 50 flow requests per minute per account". */
export function rateLimitsText(): string {
  const parts = RATE_CATEGORIES.map((c) => `${RATE_LIMITS[c].limit} ${RATE_LIMITS[c].noun}`);
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  return `${joined} requests per ${windowText(RATE_WINDOW_MS)} per account`;
}

const windowText = (ms: number) => (ms === 60_000 ? "minute" : ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${ms / 1000} seconds`);

/** The hosted API's hosts per environment (§1). */
export const ENVIRONMENT_HOSTS = {
  production: "https://api.verifik.co",
  staging: "https://staging-api.verifik.co",
  development: "https://dev-api.verifik.co",
} as const;

/** An API environment name. */
export type Environment = keyof typeof ENVIRONMENT_HOSTS;

/** Every environment name, production first. */
export const ENVIRONMENTS = Object.keys(ENVIRONMENT_HOSTS) as Environment[];

/** The environment used when none is chosen. */
export const DEFAULT_ENVIRONMENT: Environment = "production";

/** The client's retry defaults: 5 retries, 250 ms backoff base, 30 s per wait, 2 min in total. */
export const RETRY_DEFAULTS = { maxRetries: 5, baseDelayMs: 250, maxDelayMs: 30_000, maxTotalWaitMs: 120_000 } as const;

/** Hard caps on any retry policy (a provider's `max_retries` is at most `maxRetries`). */
export const RETRY_LIMITS = { maxRetries: 10, maxDelayMs: 60_000, maxTotalWaitMs: 300_000 } as const;

/** Timeout of one HTTP attempt, in seconds: the default and the range a provider setting may take. */
export const REQUEST_TIMEOUT_SECONDS = { default: 30, min: 1, max: 600 } as const;
