import { readFileSync } from "node:fs";
import type { SecureContext } from "node:tls";

/** `node:tls`, loaded with the first HTTPS connection (a plain-HTTP client, or one that never connects, skips it). */
const tls = (): typeof import("node:tls") => require("node:tls");

/** What an HTTPS client trusts: a TLS context for its connections, and a problem to log. */
export interface HttpsTrust {
  readonly secureContext?: SecureContext;
  readonly problem?: string;
}

/** Node's bundled root certificates plus those in `extraCaFile` (PEM texts), as `NODE_EXTRA_CA_CERTS` would add them. */
export function trustedCertificates(extraCaFile?: string): { ca: string[]; problem?: string } {
  const roots = [...tls().rootCertificates];
  if (!extraCaFile) return { ca: roots };
  try {
    return { ca: [...roots, readFileSync(extraCaFile, "utf8")] };
  } catch (err) {
    return { ca: roots, problem: `ignoring extra CA certificates from ${extraCaFile} (NODE_EXTRA_CA_CERTS): ${(err as Error).message}` };
  }
}

/**
 * The client's TLS trust: {@link trustedCertificates}, as Node itself would have trusted them, in one context shared by
 * every connection. It never relies on the process's default trust store, which the provider's launcher empties
 * (see `src/plugin/launch/default-trust.ts`) and whose `NODE_EXTRA_CA_CERTS` it defers to `extraCaFile`.
 */
export function httpsTrust(extraCaFile?: string): HttpsTrust {
  const { ca, problem } = trustedCertificates(extraCaFile);
  return { secureContext: tls().createSecureContext({ ca }), problem };
}
