import { devNull } from "node:os";

/**
 * Where the provider launcher moves `NODE_EXTRA_CA_CERTS`: Node.js parses that file at every start (~60 ms for a
 * system bundle, three or more starts per plan), while only a provider's HTTPS client needs it, once. A provider
 * hands the file to its client (the SmartEnroll client's `extraCaCertsFile`).
 */
export const DEFERRED_CA_ENV = "TF_PROVIDER_EXTRA_CA_CERTS";

/**
 * Empties the process's default TLS trust store when Node runs with `--use-openssl-ca` (the launcher passes it).
 * Node otherwise builds its store from ~140 bundled root certificates when the first TLS context is made
 * (~40 ms at every provider start, for the plugin server's own context, which trusts only Terraform's
 * certificate). With OpenSSL's store pointed at nothing it costs nothing; HTTPS clients bring their own trust
 * (Node's bundled roots and the {@link DEFERRED_CA_ENV} file). Must run before any TLS context exists. Returns whether it did.
 */
export function emptyDefaultTrust(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!execArgv.includes("--use-openssl-ca")) return false;
  env.SSL_CERT_FILE = devNull;
  env.SSL_CERT_DIR = devNull;
  return true;
}
