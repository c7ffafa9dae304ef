/** A static file server over HTTPS on 127.0.0.1 (Terraform accepts network mirrors only at https: URLs). */
import { createReadStream, existsSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { makeServerCertificate } from "../../src/plugin/server/self-signed-cert";

/** A running server: its base URL (`https://localhost:PORT/`), the CA file to trust it with, and `close()`. */
export interface StaticHttps {
  url: string;
  caFile: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves the files under `root` (GET only); the self-signed certificate is written to `caFile` for SSL_CERT_FILE. */
export async function serveStatic(root: string, caFile: string): Promise<StaticHttps> {
  const cert = await makeServerCertificate();
  writeFileSync(caFile, cert.certPem);
  const requests: string[] = [];
  const server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    requests.push(rel);
    const file = path.join(root, path.normalize(rel));
    if (req.method !== "GET" || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.endsWith(".json") ? "application/json" : "application/zip" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}/`,
    caFile,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
