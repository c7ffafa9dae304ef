import { X509Certificate } from "node:crypto";
import { makeServerCertificate } from "../../../src/plugin/server/self-signed-cert";

describe("self-signed server certificate", () => {
  test("is valid for localhost, self-verifying, CA, with a DER-valid serial every time", () => {
    for (let i = 0; i < 200; i++) {
      const { certDer } = makeServerCertificate();
      const cert = new X509Certificate(certDer);
      expect(cert.subjectAltName).toBe("DNS:localhost");
      expect(cert.ca).toBe(true);
      expect(cert.verify(cert.publicKey)).toBe(true);
      const first = parseInt(cert.serialNumber.slice(0, 2), 16);
      expect(first).toBeGreaterThanOrEqual(1);
      expect(first).toBeLessThanOrEqual(0x7f);
    }
  });

  test("is valid from just before now for years", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const cert = new X509Certificate(makeServerCertificate(now).certDer);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(now.getTime() + 5 * 365 * 86_400_000);
  });
});
