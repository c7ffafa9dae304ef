import { readFileSync } from "node:fs";
import type { SecureContext } from "node:tls";

/** `node:tls`, loaded on first use: the standalone executable's startup snapshot holds this module, and cannot hold tls. */
const tls = (): typeof import("node:tls") => require("node:tls");

/**
 * Where the provider launcher moves `NODE_EXTRA_CA_CERTS`: Node.js parses that file at every start (~60 ms for
 * a system bundle, three or more starts per plan), while only an HTTPS client needs it, once.
 */
export const DEFERRED_CA_ENV = "TF_PROVIDER_EXTRA_CA_CERTS";

/** What an HTTPS client of the provider trusts: a TLS context for its connections, and a problem to log. */
export interface HttpsTrust {
  readonly secureContext?: SecureContext;
  readonly problem?: string;
}

/** Node's bundled root certificates plus those in the file the launcher deferred (PEM texts). */
export function trustedCertificates(env: NodeJS.ProcessEnv = process.env): { ca: string[]; problem?: string } {
  const file = env[DEFERRED_CA_ENV];
  if (!file) return { ca: [...tls().rootCertificates] };
  try {
    return { ca: [...tls().rootCertificates, readFileSync(file, "utf8")] };
  } catch (err) {
    return { ca: [...tls().rootCertificates], problem: `ignoring extra CA certificates from ${file} (NODE_EXTRA_CA_CERTS): ${(err as Error).message}` };
  }
}

/**
 * TLS trust for a provider's HTTPS client: {@link trustedCertificates}, as Node itself would have trusted them,
 * in one context shared by every connection. The launcher empties the process's default trust store (see
 * `default-trust.ts`), so HTTPS clients must pass this context (undici: `connect: { secureContext }`).
 */
export function httpsTrust(env: NodeJS.ProcessEnv = process.env): HttpsTrust {
  const { ca, problem } = trustedCertificates(env);
  return { secureContext: tls().createSecureContext({ ca }), problem };
}
