import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Provider } from "../framework/provider";
import { handshakeLine, launchProblem, reattachValue } from "./handshake";
import type { ServeOptions } from "./serve-options";

/**
 * Serves `provider` to Terraform over plugin protocol v6: checks the magic cookie, binds a unix socket
 * with mTLS, prints the handshake line and answers until Terraform shuts the process down.
 * With `--debug` (or `options.debug`) it serves without the cookie or TLS, prints the
 * `TF_REATTACH_PROVIDERS` value and keeps serving until interrupted.
 * A failure before the handshake is printed on stdout, where Terraform shows it to the user.
 */
export function serve(providerFactory: () => Provider, options: ServeOptions): void {
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

async function start(providerFactory: () => Provider, address: string, debug: boolean): Promise<void> {
  const grpc = await import("@grpc/grpc-js");
  const services = await import("./grpc-services");
  const dir = mkdtempSync(path.join(tmpdir(), "tfplugin-"));
  const socketPath = path.join(dir, "plugin.sock");
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.on("exit", cleanup);

  let rpcs: Promise<Record<string, (req: object) => Promise<object>>> | undefined;
  const loadRpcs = () =>
    (rpcs ??= (async () => {
      const { ProviderServer } = await import("./provider-server");
      const { providerRpcs } = await import("./provider-rpcs");
      return providerRpcs(new ProviderServer(providerFactory())) as unknown as Record<string, (req: object) => Promise<object>>;
    })());

  const server = new grpc.Server({ "grpc.max_receive_message_length": 256 * 1024 * 1024, "grpc.max_send_message_length": 256 * 1024 * 1024 });
  const exit = () => {
    server.forceShutdown();
    process.exit(0);
  };
  server.addService(...services.providerService(loadRpcs));
  server.addService(...services.controllerService(debug ? () => undefined : exit));
  server.addService(...services.stdioService());
  server.addService(...services.healthService());

  let credentials;
  let certDer: Buffer | undefined;
  if (debug) credentials = grpc.ServerCredentials.createInsecure();
  else {
    const clientCert = process.env.PLUGIN_CLIENT_CERT;
    if (!clientCert) throw new Error("PLUGIN_CLIENT_CERT is not set; Terraform 1.0 or newer sets it when it launches a provider");
    const { makeServerCertificate } = await import("./self-signed-cert");
    const cert = makeServerCertificate();
    certDer = cert.certDer;
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCert),
      [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
      true,
    );
  }
  await new Promise<void>((resolve, reject) => server.bindAsync(`unix://${socketPath}`, credentials, (err) => (err ? reject(err) : resolve())));

  if (debug) {
    process.on("SIGINT", exit);
    process.on("SIGTERM", exit);
    void loadRpcs();
    const value = reattachValue(address, socketPath, process.pid);
    process.stdout.write(
      `Provider started. To attach Terraform CLI, set the TF_REATTACH_PROVIDERS environment variable with the following:\n\n` +
        `\tTF_REATTACH_PROVIDERS='${value}'\n\n`,
    );
    return;
  }
  // Terraform forwards Ctrl-C as StopProvider and waits for the apply in flight; dying here would lose state.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => undefined);
  process.stdout.write(handshakeLine(socketPath, certDer) + "\n");
}
