import { X509Certificate, createPrivateKey } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REUSE_FOR_MS, serverCertificate } from "../../../src/plugin/server/cert-cache";

describe("the plugin server's certificate, reused by one user's provider starts for a day", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "cert-cache-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let n = 0;
  const home = () => ({ XDG_CACHE_HOME: path.join(tmp, `cache-${n++}`) });
  const file = (env: { XDG_CACHE_HOME: string }) => path.join(env.XDG_CACHE_HOME, "terraform-provider-node", "tls", "server-certificate.json");
  const t0 = Date.parse("2030-01-01T00:00:00Z");

  test("the first start makes and saves it (private file), later starts that day use the same one", async () => {
    const env = home();
    const first = await serverCertificate(env, t0);
    const cert = new X509Certificate(first.certDer);
    expect(cert.subjectAltName).toBe("DNS:localhost");
    expect(cert.checkPrivateKey(createPrivateKey(first.keyPem))).toBe(true);
    expect(statSync(file(env)).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file(env))).mode & 0o777).toBe(0o700);
    const later = await serverCertificate(env, t0 + REUSE_FOR_MS - 1);
    expect(later).toEqual(first);
    expect(readdirSync(path.dirname(file(env)))).toEqual(["server-certificate.json"]);
  });

  test("after a day, a new key and certificate replace it", async () => {
    const env = home();
    const first = await serverCertificate(env, t0);
    const next = await serverCertificate(env, t0 + REUSE_FOR_MS);
    expect(next.certDer.equals(first.certDer)).toBe(false);
    expect(next.keyPem).not.toBe(first.keyPem);
    expect(await serverCertificate(env, t0 + REUSE_FOR_MS + 1)).toEqual(next);
  });

  test("a damaged file, one others may read, or one from the future is not used", async () => {
    const env = home();
    const first = await serverCertificate(env, t0);
    writeFileSync(file(env), "{not json", { mode: 0o600 });
    const second = await serverCertificate(env, t0);
    expect(second.certDer.equals(first.certDer)).toBe(false);
    chmodSync(file(env), 0o644);
    const third = await serverCertificate(env, t0);
    expect(third.certDer.equals(second.certDer)).toBe(false);
    expect(statSync(file(env)).mode & 0o777).toBe(0o600);
    expect((await serverCertificate(env, t0 - 1)).certDer.equals(third.certDer)).toBe(false);
  });

  test("without a usable cache folder every start makes its own", async () => {
    const blocker = path.join(tmp, "not-a-folder");
    writeFileSync(blocker, "");
    const env = { XDG_CACHE_HOME: blocker };
    const a = await serverCertificate(env, t0);
    const b = await serverCertificate(env, t0);
    expect(a.certDer.equals(b.certDer)).toBe(false);
  });
});
