import { ENVIRONMENT_HOSTS } from "../model/contract";

/** The host quoted as an example of a base URL. */
const EXAMPLE = ENVIRONMENT_HOSTS.production;

/** The result of {@link normalizeBaseUrl}: the URL to use, or why it cannot be used. */
export type BaseUrlCheck = { url: string; problem?: undefined } | { url?: undefined; problem: string };

/**
 * Checks and normalises an API base URL: an absolute http(s) URL without query, fragment or credentials. A trailing
 * `/v3` (as some of the API's docs print the hosts) is dropped, since every request path starts with `/v3/`.
 */
export function normalizeBaseUrl(raw: string): BaseUrlCheck {
  const text = raw.trim();
  const schemeless = () => ({ problem: `must be an absolute http(s) URL such as "${EXAMPLE}", but "${text}" was provided; did you mean "http://${text}" (or https://)?` });
  if (/^[\w.-]+:\d+(\/|$)/.test(text)) return schemeless();
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    if (/^[\w.-]+(\/|$)/.test(text)) return schemeless();
    return { problem: `must be an absolute http(s) URL such as "${EXAMPLE}", but "${text}" was provided` };
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    return { problem: `must be an http(s) URL such as "${EXAMPLE}", but "${text}" (scheme ${u.protocol}) was provided` };
  if (u.username || u.password) return { problem: "must not contain credentials; set the token instead" };
  if (u.search || u.hash) return { problem: `must not contain a query or fragment, but "${text}" was provided` };
  const path = u.pathname.replace(/\/+$/, "").replace(/\/v3$/i, "");
  return { url: u.origin + path };
}
