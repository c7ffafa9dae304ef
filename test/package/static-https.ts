/**
 * HTTPS servers on 127.0.0.1 for Terraform's network mirror and provider registry protocols (Terraform talks to
 * both only over https:), with a self-signed certificate for `localhost` and `127.0.0.1` written to a CA file that
 * the test trusts through SSL_CERT_FILE.
 */
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { createReadStream, existsSync, statSync, writeFileSync } from "node:fs";
import { webcrypto } from "node:crypto";
import type { ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** A running server: its base URL (`https://localhost:PORT/`), `127.0.0.1:PORT`, the CA file, and `close()`. */
export interface StaticHttps {
  url: string;
  host: string;
  caFile: string;
  /** The paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Answers a GET for `path` with a JSON document, or undefined to fall through to the files. */
export type JsonRoute = (path: string) => unknown;

/**
 * Serves the files under `root` (GET only), and JSON documents from `routes` first; the self-signed certificate is
 * written to `caFile` for SSL_CERT_FILE.
 */
export async function serveStatic(root: string, caFile: string, routes: JsonRoute = () => undefined): Promise<StaticHttps> {
  const { keyPem, certPem } = await loopbackCertificate();
  writeFileSync(caFile, certPem);
  const requests: string[] = [];
  const server = createServer({ key: keyPem, cert: certPem }, (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    requests.push(rel);
    const json = req.method === "GET" ? routes(rel) : undefined;
    if (json !== undefined) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(json));
      return;
    }
    sendFile(res, req.method, root, rel);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}/`,
    host: `127.0.0.1:${port}`,
    caFile,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function sendFile(res: ServerResponse, method: string | undefined, root: string, rel: string): void {
  const file = path.join(root, path.normalize(rel));
  if (method !== "GET" || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": file.endsWith(".json") ? "application/json" : "application/octet-stream" });
  createReadStream(file).pipe(res);
}

/** A self-signed CA certificate valid for DNS:localhost and IP:127.0.0.1 (a provider source host may be an address). */
async function loopbackCertificate(): Promise<{ keyPem: string; certPem: string }> {
  const crypto = webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[1];
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: "01",
      name: "CN=localhost",
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 86_400_000),
      signingAlgorithm: algorithm,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.SubjectAlternativeNameExtension([{ type: "dns", value: "localhost" }, { type: "ip", value: "127.0.0.1" }]),
      ],
    },
    crypto,
  );
  const pkcs8 = await webcrypto.subtle.exportKey("pkcs8", keys.privateKey);
  return { keyPem: x509.PemConverter.encode(pkcs8, "PRIVATE KEY"), certPem: cert.toString("pem") };
}
