import { decodeJwt } from "jose";

/** Where a provider setting came from, for messages: the attribute or the environment variable. */
export type Source = { attribute: string; envVar: string; fromEnv: boolean };

/** Names a setting as the user set it: `SMARTENROLL_TOKEN` or the provider's `token`. */
export function sourceName(s: Source): string {
  return s.fromEnv ? s.envVar : `the provider's \`${s.attribute}\``;
}

/** What the provider knows about its token without any request: its account (`sub`) and validity window. */
export interface TokenInfo {
  /** The account the token is for (its `sub` claim), or undefined when it has none. */
  account?: string;
  expiresAt?: Date;
  notBefore?: Date;
  issuedAt?: Date;
}

const when = (seconds: unknown) => (typeof seconds === "number" && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined);

/** Reads the token's claims (no secret needed: nothing is verified here); a problem when it is not a JWT. */
export function readToken(token: string): { info: TokenInfo; problem?: undefined } | { info?: undefined; problem: string } {
  try {
    const c = decodeJwt(token);
    return { info: { account: typeof c.sub === "string" && c.sub !== "" ? c.sub : undefined, expiresAt: when(c.exp), notBefore: when(c.nbf), issuedAt: when(c.iat) } };
  } catch (e) {
    return { problem: `it is not a JWT (${(e as Error).message}); SmartEnroll API tokens are JWTs of three dot-separated parts, so check that the whole token was copied` };
  }
}

/** "in 3 minutes" / "2 hours ago", for expiry messages. */
export function relative(at: Date, now: number): string {
  const s = Math.round((at.getTime() - now) / 1000);
  const abs = Math.abs(s);
  const [n, unit] = abs < 120 ? [abs, "second"] : abs < 7200 ? [Math.round(abs / 60), "minute"] : abs < 172800 ? [Math.round(abs / 3600), "hour"] : [Math.round(abs / 86400), "day"];
  const text = `${n} ${unit}${n === 1 ? "" : "s"}`;
  return s >= 0 ? `in ${text}` : `${text} ago`;
}

/** Why the token cannot be used now (expired, or not valid yet), as the detail of a diagnostic; undefined when usable. */
export function tokenTimeProblem(info: TokenInfo, source: Source, now = Date.now()): { summary: string; detail: string } | undefined {
  const name = sourceName(source);
  if (info.expiresAt && info.expiresAt.getTime() <= now)
    return {
      summary: "API Token Expired",
      detail:
        `The API token in ${name} expired at ${info.expiresAt.toISOString()} (${relative(info.expiresAt, now)}), so the API would refuse every request. ` +
        `Nothing was read or changed. Get a new token (SmartEnroll tokens are valid for 30 days; a still-valid one can be renewed) and set it in ${name}.`,
    };
  if (info.notBefore && info.notBefore.getTime() > now)
    return {
      summary: "API Token Not Yet Valid",
      detail:
        `The API token in ${name} is valid only from ${info.notBefore.toISOString()} (${relative(info.notBefore, now)}; its nbf claim), so the API would refuse every request. ` +
        `Nothing was read or changed. Check this machine's clock, or use a token that is already valid.`,
    };
  return undefined;
}

/** The token's claims as a 401 message lists them (never the token itself). */
export function describeClaims(info: TokenInfo, now = Date.now()): string {
  const parts = [`sub ${info.account ? `"${info.account}"` : "missing"}`];
  parts.push(info.expiresAt ? `exp ${info.expiresAt.toISOString()} (${info.expiresAt.getTime() > now ? "not expired" : "expired"})` : "no exp");
  if (info.notBefore) parts.push(`nbf ${info.notBefore.toISOString()} (${info.notBefore.getTime() <= now ? "reached" : "not reached"})`);
  return parts.join(", ");
}
