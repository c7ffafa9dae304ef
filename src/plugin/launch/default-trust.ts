import { devNull } from "node:os";

/**
 * Empties the process's default TLS trust store when Node runs with `--use-openssl-ca` (the launcher passes it).
 * Node otherwise builds its store from ~140 bundled root certificates when the first TLS context is made
 * (~40 ms at every provider start, for the plugin server's own context, which trusts only Terraform's
 * certificate). With OpenSSL's store pointed at nothing it costs nothing; HTTPS clients bring their own trust
 * ({@link httpsTrust}). Must run before any TLS context exists. Returns whether it did.
 */
export function emptyDefaultTrust(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!execArgv.includes("--use-openssl-ca")) return false;
  env.SSL_CERT_FILE = devNull;
  env.SSL_CERT_DIR = devNull;
  return true;
}
