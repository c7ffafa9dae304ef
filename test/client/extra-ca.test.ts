import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { rootCertificates } from "node:tls";
import { createClient, NetworkError } from "../../src/client";
import { DEFERRED_CA_ENV, deferredCa } from "../../src/client/extra-ca";
import { makeServerCertificate } from "../../src/plugin/server/self-signed-cert";
import { project } from "./fake-server";

describe("extra CA certificates deferred by the provider launcher", () => {
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
  afterEach(() => delete process.env[DEFERRED_CA_ENV]);

  const fetchProject = async () => {
    const client = createClient({ baseUrl: url, token: "t", pacing: false, retry: { maxRetries: 0 } });
    try {
      return await client.projects.get("p1");
    } finally {
      await client.close();
    }
  };

  test("the HTTPS client trusts Node's roots plus the certificates in SMARTENROLL_EXTRA_CA_CERTS", async () => {
    process.env[DEFERRED_CA_ENV] = caFile;
    await expect(fetchProject()).resolves.toMatchObject({ _id: "p1" });
    const { ca } = deferredCa();
    expect(ca).toHaveLength(rootCertificates.length + 1);
    expect(ca!.slice(0, -1)).toEqual([...rootCertificates]);
  });

  test("without them, a server signed by that CA is not trusted", async () => {
    await expect(fetchProject()).rejects.toBeInstanceOf(NetworkError);
  });

  test("an unreadable file is reported and Node's defaults are kept", () => {
    expect(deferredCa({ [DEFERRED_CA_ENV]: path.join(tmp, "missing.pem") })).toEqual({
      problem: expect.stringMatching(/^ignoring extra CA certificates from .*missing\.pem \(NODE_EXTRA_CA_CERTS\): ENOENT/),
    });
    expect(deferredCa({})).toEqual({});
  });
});
