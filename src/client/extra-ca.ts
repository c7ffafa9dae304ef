import { readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";

/**
 * Where the provider launcher moves `NODE_EXTRA_CA_CERTS`: Node.js parses that file at every start (~60 ms for
 * a system bundle, three or more starts per plan), while only the HTTPS client needs it, once, here.
 */
export const DEFERRED_CA_ENV = "SMARTENROLL_EXTRA_CA_CERTS";

/** TLS trust for the HTTPS client: Node's own roots plus the deferred extra certificates, as Node would have had them. */
export function deferredCa(env: NodeJS.ProcessEnv = process.env): { ca?: string[]; problem?: string } {
  const file = env[DEFERRED_CA_ENV];
  if (!file) return {};
  try {
    return { ca: [...rootCertificates, readFileSync(file, "utf8")] };
  } catch (err) {
    return { problem: `ignoring extra CA certificates from ${file} (NODE_EXTRA_CA_CERTS): ${(err as Error).message}` };
  }
}
