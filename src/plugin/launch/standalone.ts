import type { Provider } from "../framework/provider";
import { serve } from "../server/serve";
import type { ServeOptions } from "../server/serve-options";
import { warmUp } from "../server/warm-up";
import { DEFERRED_CA_ENV, emptyDefaultTrust } from "./default-trust";
import { underLauncher } from "./launcher-mark";

/** `node:v8`'s snapshot API, loaded only off the launcher's path (the module costs a few ms at every start). */
const startupSnapshot = () => (require("node:v8") as typeof import("node:v8")).startupSnapshot;

/**
 * Node.js modules the plugin server loads at every start (the certificate, sockets) that a startup snapshot can hold,
 * so they are loaded once, when it is built: ~10 ms less CPU per start. `tls`, `http2` and `http` it cannot hold.
 */
const SNAPSHOT_BUILTINS = ["node:net", "node:dns", "node:zlib", "node:crypto", "node:os", "node:assert"];

/**
 * True when the bundle runs as the main script of a Node.js single executable application (the provider's
 * standalone executable), or is building that executable's startup snapshot; false under the launcher's start.js.
 */
export function isStandalone(): boolean {
  if (underLauncher()) return false;
  if (startupSnapshot().isBuildingSnapshot()) return true;
  const sea = process.getBuiltinModule?.("node:sea") as { isSea(): boolean } | undefined;
  return sea?.isSea() ?? false;
}

/**
 * Serves a provider from a standalone executable. Where the executable carries a startup snapshot, this runs when
 * the snapshot is built: it does the provider's pure-JavaScript start work once ({@link warmUp}: modules, schemas,
 * no sockets), and every start resumes from that state straight into {@link serve}. Without a snapshot it serves at
 * once. Either way it serves through the same `serve` as the launcher, after what `start.js` does for the launcher.
 */
export function serveStandalone(providerFactory: () => Provider | Promise<Provider>, options: ServeOptions): void {
  const snapshot = startupSnapshot();
  if (!snapshot.isBuildingSnapshot()) return start(providerFactory, options);
  snapshot.setDeserializeMainFunction(() => start(providerFactory, options));
  for (const builtin of SNAPSHOT_BUILTINS) require(builtin);
  warmUp(providerFactory).catch((err: unknown) => {
    process.stderr.write(`building the provider's startup snapshot failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}

/**
 * As `start.js` and the launcher: the HTTPS client reads NODE_EXTRA_CA_CERTS from where the launcher moves it, and
 * the default trust store stays empty (the executable runs with `--use-openssl-ca`, its built-in execArgv). Node.js
 * has already read NODE_EXTRA_CA_CERTS here (no launcher moved it aside); with an empty default CA list (Node.js 24)
 * the plugin server's TLS context does not parse that file: ~30 ms less per start where it is set.
 */
function start(providerFactory: () => Provider | Promise<Provider>, options: ServeOptions): void {
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  if (extraCa && !process.env[DEFERRED_CA_ENV]) process.env[DEFERRED_CA_ENV] = extraCa;
  emptyDefaultTrust();
  (require("node:tls") as { setDefaultCACertificates?: (certs: string[]) => void }).setDefaultCACertificates?.([]);
  serve(providerFactory, options);
}
