import { NetworkError, RateLimitedError, UnauthorizedError, UnprovenCreateError, UnrecognizedResponseError, type ApiError } from "../client";
import { ENVIRONMENT_HOSTS, isLocalServer, JWT_SECRET_SETTINGS, rateLimitsText, RETRY_DEFAULTS, RETRY_LIMITS } from "../model";
import { describeClaims, sourceName } from "./credentials";
import type { ConnectionFacts } from "./provider-data";

const UNCHANGED = "Nothing was created or removed, and state is unchanged.";

/** The endpoint and the setting that chose it, or "the API" when the provider was not configured. */
const where = (c: ConnectionFacts | undefined) => (c?.endpoint ? `${c.endpoint.url} (set by ${c.endpoint.setBy})` : "the API");

const tries = (err: ApiError) => (err.attempts > 1 ? ` (${err.attempts} attempts over ${(err.waitedMs / 1000).toFixed(1)} s)` : "");

const TLS = /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;

/** What a connection failure means and how to fix it. */
function networkHint(err: NetworkError, c: ConnectionFacts | undefined): string {
  const url = err.url ?? err.path;
  const code = err.code;
  if (code === "ECONNREFUSED") return `Could not connect to ${url}: connection refused, nothing listens there${tries(err)}. Check ${where(c)}: its host and port, and that the API server is running. ${UNCHANGED}`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `Could not connect to ${url}: its host name cannot be resolved (DNS ${code})${tries(err)}. Check the host in ${where(c)} for a typo, and this machine's DNS. ${UNCHANGED}`;
  if (TLS.test(code))
    return `Could not connect to ${url}: the TLS handshake failed (${code})${tries(err)}. Check that ${where(c)} uses the right scheme (http:// or https://) and host name; a server with a private certificate authority needs NODE_EXTRA_CA_CERTS pointing at its certificate. ${UNCHANGED}`;
  if (code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT")
    return `No answer from ${url} in time${tries(err)}. Check the network and ${where(c)}, or raise request_timeout_seconds. ${UNCHANGED}`;
  return `The connection to ${url} failed: ${err.message}${tries(err)}. Check ${where(c)} and the network. ${UNCHANGED}`;
}

/** Why a token the local server refuses is refused, and how to make one it accepts. */
const LOCAL_SERVER_REASON = {
  who: "the local SmartEnroll server",
  rejected: "the server rejected its signature",
  cause: `the token was probably signed with another JWT secret than the one the server was started with (${JWT_SECRET_SETTINGS.env} or ${JWT_SECRET_SETTINGS.flag})`,
  fix: (token: string) => `Sign a new token with the server's secret and put it into ${token}: ${JWT_SECRET_SETTINGS.env}=<the server's secret> npx smartenroll token --user <id>.`,
};

/** Why a token the hosted API refuses is refused, and what to check. */
const HOSTED_API_REASON = {
  who: "the API",
  rejected: "the API rejected its signature or issuer",
  cause: "the token was probably issued for another environment (production, staging and development each issue their own tokens) or has been revoked",
  fix: (token: string) => `Check that ${token} belongs to this environment, or get a new one.`,
};

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Who refused the token (the hosted API, or the local server, which names itself in the `Server` header), the
 * endpoint, the token's claims as read here, and what to check.
 */
function unauthorizedHint(err: UnauthorizedError, data: ConnectionFacts | undefined): string {
  const reason = isLocalServer(err.server) ? LOCAL_SERVER_REASON : HOSTED_API_REASON;
  const token = data?.tokenSource ? sourceName(data.tokenSource) : "the provider's token";
  const why = data?.tokenInfo ? `The token's own claims are in order (${describeClaims(data.tokenInfo)}), so ${reason.rejected}: ${reason.cause}.` : `${capitalized(reason.cause)}.`;
  return (
    `${err.url ?? err.path} answered ${err.status} ${err.code || ""}: ${err.apiMessage}. ${capitalized(reason.who)} at ${where(data)} did not accept the token in ${token}. ` +
    `${why} ${reason.fix(token)} ${UNCHANGED}`
  );
}

/** The 429 that remained after the retries: attempts, time waited and the knobs. */
function rateLimitedHint(err: RateLimitedError, c: ConnectionFacts | undefined): string {
  const retries = c?.maxRetries ?? RETRY_DEFAULTS.maxRetries;
  return (
    `The SmartEnroll API kept answering 429 Too Many Requests to ${err.method} ${err.url ?? err.path}: the provider gave up after ${err.attempts} attempts and ${(err.waitedMs / 1000).toFixed(1)} s of waiting. ` +
    `The API's rate limits (${rateLimitsText()}) are shared by everything using this account. ` +
    `Try again later, raise max_retries in the provider block (now ${retries}, at most ${RETRY_LIMITS.maxRetries}), or run terraform with a lower -parallelism (default 10).`
  );
}

/** Why an answer that is not the SmartEnroll API's settles nothing, and where to look. */
function unrecognizedHint(err: UnrecognizedResponseError, c: ConnectionFacts | undefined): string {
  return (
    `${err.message}\n\nThe server at ${where(c)} does not answer like the SmartEnroll API, so the provider cannot tell whether the object exists. ${UNCHANGED} ` +
    `Check the base URL: it is the API's host (e.g. ${ENVIRONMENT_HOSTS.production}; a trailing /v3 is fine), or the prefix under which a proxy serves /v3/projects.`
  );
}

/** A create whose lost answer the client could not settle: the objects that share the name, and how to adopt one. */
function unprovenHint(err: UnprovenCreateError): string {
  const id = err.candidates.length === 1 ? err.candidates[0] : "<id>";
  return `${err.message} Check ${err.candidates.length === 1 ? "it" : "them"} in SmartEnroll: if one is this resource's, adopt it with \`terraform import <address> ${id}\` or an \`import {}\` block; otherwise give this resource another name.`;
}

/**
 * A detail for errors whose cause is the connection, the endpoint or the credentials, quoting the facts of `c` (the
 * provider's connection); undefined for other errors.
 */
export function endpointErrorDetail(err: ApiError, c: ConnectionFacts | undefined): string | undefined {
  if (err instanceof UnprovenCreateError) return unprovenHint(err);
  if (err instanceof UnrecognizedResponseError) return unrecognizedHint(err, c);
  if (err instanceof NetworkError) return networkHint(err, c);
  if (err instanceof UnauthorizedError) return unauthorizedHint(err, c);
  if (err instanceof RateLimitedError) return rateLimitedHint(err, c);
  if (err.status >= 500) return `${err.url ?? err.path} answered ${err.status}: ${err.apiMessage}${tries(err)}. The API at ${where(c)} failed; try again later. ${UNCHANGED}`;
  return undefined;
}
