import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Provider } from "../framework/provider";
import type { ProviderRuntime } from "./grpc-services";
import { handshakeLine, launchProblem, reattachValue } from "./handshake";
import type { ServeOptions } from "./serve-options";

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
 * `providerFactory` runs on the first provider RPC, after the handshake; it may be async, so a provider can
 * load its heavy modules there (`async () => new (await import("./provider")).MyProvider()`) and keep
 * them off the startup path.
 */
export function serve(providerFactory: () => Provider | Promise<Provider>, options: ServeOptions): void {
  const debug = options.debug ?? process.argv.slice(2).includes("--debug");
  if (!debug) {
    const problem = launchProblem(process.env);
    if (problem) {
      process.stderr.write(problem + "\n");
      process.exitCode = 1;
      return;
    }
  }
  start(providerFactory, options.address, debug).catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stdout.write(`The provider failed to start: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    if (process.env.TF_LOG) process.stderr.write(`${err instanceof Error ? err.stack : message}\n`);
    process.exit(1);
  });
}

async function start(providerFactory: () => Provider | Promise<Provider>, address: string, debug: boolean): Promise<void> {
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
  const grpc = await import("@grpc/grpc-js");
  const services = await import("./grpc-services");
  // Channelz bookkeeping costs time on every call and nothing here reads it.
  const server = new grpc.Server({ "grpc.max_receive_message_length": -1, "grpc.max_send_message_length": -1, "grpc.enable_channelz": 0 });
  const streams = new services.OpenStreams();
  // Shutdown: end the held streams so the connection can close, and exit once it has (the reply flushed).
  const shutdown = () => {
    streams.endAll();
    server.tryShutdown(exit);
    setTimeout(exit, SHUTDOWN_GRACE_MS).unref();
  };
  server.addService(...services.providerService(loadRuntime));
  server.addService(...services.controllerService(debug ? () => undefined : shutdown));
  server.addService(...services.stdioService(streams));
  server.addService(...services.healthService(streams));

  let credentials: import("@grpc/grpc-js").ServerCredentials;
  let certDer: Buffer | undefined;
  if (certificate) {
    const cert = await certificate;
    certDer = cert.certDer;
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCertPem!),
      [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
      true,
    );
  } else credentials = grpc.ServerCredentials.createInsecure();
  await new Promise<void>((resolve, reject) => server.bindAsync(`unix://${socketPath}`, credentials, (err) => (err ? reject(err) : resolve())));

  if (debug) announceDebug(address, socketPath, loadRuntime);
  else announce(socketPath, certDer);
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

