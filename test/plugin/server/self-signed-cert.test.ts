import { X509Certificate, createPrivateKey } from "node:crypto";
import { makeServerCertificate } from "../../../src/plugin/server/self-signed-cert";
import { generateServerKeys } from "../../../src/plugin/server/server-keys";

const DAY = 86_400_000;

describe("self-signed server certificate", () => {
  test("is valid for localhost, self-verifying, CA for server and client auth, with a DER-valid serial every time", async () => {
    for (let i = 0; i < 200; i++) {
      const { certDer, certPem, keyPem } = await makeServerCertificate();
      const cert = new X509Certificate(certDer);
      expect(new X509Certificate(certPem).raw).toEqual(certDer);
      expect(cert.subjectAltName).toBe("DNS:localhost");
      expect(cert.ca).toBe(true);
      expect(cert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]);
      expect(cert.verify(cert.publicKey)).toBe(true);
      expect(cert.checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
      expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
      const first = parseInt(cert.serialNumber.slice(0, 2), 16);
      expect(cert.serialNumber).toHaveLength(32);
      expect(first).toBeGreaterThanOrEqual(1);
      expect(first).toBeLessThanOrEqual(0x7f);
    }
  });

  test("is valid from just before now, for a short while", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const cert = new X509Certificate((await makeServerCertificate(generateServerKeys(), now)).certDer);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(cert.validFrom).getTime()).toBeGreaterThan(now.getTime() - 60_000);
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(now.getTime() + DAY);
    expect(new Date(cert.validTo).getTime()).toBeLessThanOrEqual(now.getTime() + 31 * DAY);
  });

  test("a fresh key every time", async () => {
    const [a, b] = await Promise.all([makeServerCertificate(), makeServerCertificate()]);
    expect(a.keyPem).not.toBe(b.keyPem);
    expect(new X509Certificate(a.certDer).serialNumber).not.toBe(new X509Certificate(b.certDer).serialNumber);
  });
});
