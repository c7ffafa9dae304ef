import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Provider } from "../framework/provider";
import { handshakeLine, launchProblem, reattachValue } from "./handshake";
import type { ProviderRuntime } from "./provider-runtime";
import type { PreparedAnswers } from "./rpc-names";
import type { ServeOptions } from "./serve-options";

/** Set by the bundler (`scripts/build.mjs`): the answers `--prepare` printed for this very code. */
declare const TF_PLUGIN_PREPARED: PreparedAnswers | undefined;

const ORPHAN_CHECK_MS = 2000;
/** How long a shutdown waits for the reply to reach Terraform before exiting regardless. */
const SHUTDOWN_GRACE_MS = 1000;

/**
 * Serves `provider` to Terraform over plugin protocol v6: checks the magic cookie, binds a unix socket
 * with mTLS, prints the handshake line and answers until Terraform shuts the process down.
 * With `--debug` (or `options.debug`) it serves without the cookie or TLS, prints the
 * `TF_REATTACH_PROVIDERS` value and keeps serving until interrupted.
 * A failure before the handshake is printed on stdout, where Terraform shows it to the user.
 *
 * `providerFactory` runs on the first provider RPC that needs the provider, after the handshake; it may be
 * async, so a provider can load its heavy modules there (`async () => new (await import("./provider")).MyProvider()`)
 * and keep them off the startup path. A bundle built by `scripts/build.mjs` carries the encoded answers that depend
 * only on the code (the schema), which `--prepare` prints, and serves them without calling the factory.
 */
export function serve(providerFactory: () => Provider | Promise<Provider>, options: ServeOptions): void {
  const args = process.argv.slice(2);
  if (args.includes("--prepare")) return void printPrepared(providerFactory);
  const debug = options.debug ?? args.includes("--debug");
  if (!debug) {
    const problem = launchProblem(process.env);
    if (problem) {
      process.stderr.write(problem + "\n");
      process.exitCode = 1;
      return;
    }
  }
  start(providerFactory, options, debug).catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stdout.write(`The provider failed to start: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    if (process.env.TF_LOG) process.stderr.write(`${err instanceof Error ? err.stack : message}\n`);
    process.exit(1);
  });
}

async function start(providerFactory: () => Provider | Promise<Provider>, options: ServeOptions, debug: boolean): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "tfplugin-"));
  const socketPath = path.join(dir, "plugin.sock");
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

  let runtime: Promise<ProviderRuntime> | undefined;
  const loadRuntime = () =>
    (runtime ??= Promise.all([import("./provider-runtime"), providerFactory()]).then(([m, provider]) => m.providerRuntime(provider)));
  const exit = () => process.exit(0);

  const clientCertPem = process.env.PLUGIN_CLIENT_CERT;
  if (!debug && !clientCertPem) throw new Error("PLUGIN_CLIENT_CERT is not set; Terraform 1.0 or newer sets it when it launches a provider");
  const certificate = debug ? undefined : (await import("./cert-cache")).serverCertificate();
  const [{ GrpcServer }, services] = await Promise.all([import("./h2/server"), import("./grpc-services")]);
  const streams = new services.OpenStreams();
  let server: import("./h2/server").GrpcServer | undefined;
  // Shutdown: end the held streams so the connection can close, and exit once it has (the reply flushed).
  const shutdown = () => {
    streams.endAll();
    server?.shutdown(exit);
    setTimeout(exit, SHUTDOWN_GRACE_MS).unref();
  };
  const methods = new Map([
    ...services.providerService(loadRuntime, options.prepared ?? bundled()),
    ...services.controllerService(debug ? () => undefined : shutdown),
    ...services.stdioService(streams),
    ...services.healthService(streams),
  ]);
  const cert = certificate && (await certificate);
  const tls = cert && { keyPem: cert.keyPem, certPem: cert.certPem, clientCertPem: clientCertPem! };
  server = await GrpcServer.listen(socketPath, methods, tls);
  const certDer = cert?.certDer;

  if (debug) announceDebug(options.address, socketPath, loadRuntime);
  else announce(socketPath, certDer);
}

function bundled(): PreparedAnswers | undefined {
  return typeof TF_PLUGIN_PREPARED === "undefined" ? undefined : TF_PLUGIN_PREPARED;
}

/** `--prepare`: prints the encoded answers that depend only on the provider's code, as JSON, for the bundler. */
async function printPrepared(providerFactory: () => Provider | Promise<Provider>): Promise<void> {
  const [{ prepareAnswers }, provider] = await Promise.all([import("./provider-runtime"), providerFactory()]);
  process.stdout.write(JSON.stringify(await prepareAnswers(provider)) + "\n");
}

/** Debug mode: prints TF_REATTACH_PROVIDERS, loads the provider now, and stops on Ctrl-C. */
function announceDebug(address: string, socketPath: string, loadRuntime: () => Promise<ProviderRuntime>): void {
  process.on("SIGINT", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
  void loadRuntime();
  const value = reattachValue(address, socketPath, process.pid);
  process.stdout.write(
    `Provider started. To attach Terraform CLI, set the TF_REATTACH_PROVIDERS environment variable with the following:\n\n` +
      `\tTF_REATTACH_PROVIDERS='${value}'\n\n`,
  );
}

/** Under Terraform: prints the handshake line; Ctrl-C is left to Terraform, which sends StopProvider. */
function announce(socketPath: string, certDer: Buffer | undefined): void {
  // Terraform forwards Ctrl-C as StopProvider and waits for the apply in flight; dying here would lose state.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => undefined);
  // If Terraform itself dies without calling Shutdown, nobody is left to talk to: don't linger.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(0), ORPHAN_CHECK_MS).unref();
  process.stdout.write(handshakeLine(socketPath, certDer) + "\n");
}

