import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { devNull, tmpdir } from "node:os";
import { rootCertificates } from "node:tls";
import path from "node:path";
import { createClient, NetworkError } from "../../src/client";
import { httpsTrust, trustedCertificates } from "../../src/client/https-trust";
import { emptyDefaultTrust } from "../../src/plugin/launch/default-trust";
import { makeServerCertificate } from "../../src/plugin/server/self-signed-cert";
import { project } from "./fake-server";

describe("the HTTPS client's trust: Node's roots and extra CA certificates (deferred by the provider launcher)", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "extra-ca-"));
  let server: https.Server;
  let url: string;
  let caFile: string;

  beforeAll(async () => {
    const cert = await makeServerCertificate();
    caFile = path.join(tmp, "corporate-ca.pem");
    writeFileSync(caFile, cert.certPem);
    server = https.createServer({ key: cert.keyPem, cert: cert.certPem }, (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: project("p1") }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `https://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    rmSync(tmp, { recursive: true, force: true });
  });
  const fetchProject = async (extraCaCertsFile?: string) => {
    const client = createClient({ baseUrl: url, token: "t", pacing: false, retry: { maxRetries: 0 }, extraCaCertsFile });
    try {
      return await client.projects.get("p1");
    } finally {
      await client.close();
    }
  };

  test("the HTTPS client trusts the certificates in its extraCaCertsFile", async () => {
    await expect(fetchProject(caFile)).resolves.toMatchObject({ _id: "p1" });
  });

  test("and Node's bundled roots, which the launcher's emptied default store no longer holds", () => {
    const { ca } = trustedCertificates(caFile);
    expect(ca).toEqual([...rootCertificates, readFileSync(caFile, "utf8")]);
    expect(trustedCertificates().ca).toEqual([...rootCertificates]);
    const env: NodeJS.ProcessEnv = {};
    expect(emptyDefaultTrust(["--use-openssl-ca"], env)).toBe(true);
    expect(env).toEqual({ SSL_CERT_FILE: devNull, SSL_CERT_DIR: devNull });
    expect(emptyDefaultTrust([], env)).toBe(false);
  });

  test("without them, a server signed by that CA is not trusted", async () => {
    await expect(fetchProject()).rejects.toBeInstanceOf(NetworkError);
  });

  test("an unreadable file is reported and Node's defaults are kept", () => {
    const missing = httpsTrust(path.join(tmp, "missing.pem"));
    expect(missing.problem).toMatch(/^ignoring extra CA certificates from .*missing\.pem \(NODE_EXTRA_CA_CERTS\): ENOENT/);
    expect(missing.secureContext).toBeDefined();
    expect(httpsTrust().problem).toBeUndefined();
  });
});
