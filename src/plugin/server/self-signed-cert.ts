import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { randomBytes, webcrypto } from "node:crypto";
import { generateServerKeys, SERVER_KEY_ALGORITHM } from "./server-keys";

/** A fresh key and self-signed certificate for the plugin's TLS server. */
export interface ServerCertificate {
  readonly keyPem: string;
  readonly certPem: string;
  /** The certificate in DER, for the handshake line. */
  readonly certDer: Buffer;
}

/** Short validity: the certificate lives only as long as the process that serves it. */
const VALID_BEFORE_MS = 30_000;
const VALID_FOR_MS = 30 * 86_400_000;

/**
 * Makes a self-signed certificate for `localhost` with @peculiar/x509 (SAN DNS:localhost, CA, server and
 * client auth, valid for 30 days), as go-plugin's clients expect. `keys` defaults to a fresh P-256 pair;
 * pass a pending `generateServerKeys()` to overlap key generation with loading the libraries.
 */
export async function makeServerCertificate(keys: webcrypto.CryptoKeyPair | Promise<webcrypto.CryptoKeyPair> = generateServerKeys(), now = new Date()): Promise<ServerCertificate> {
  const pair = await keys;
  // A DER INTEGER must not start with 0x00 followed by a byte < 0x80, nor have its top bit set.
  const serial = randomBytes(16);
  serial[0] = (serial[0] % 0x7f) + 1;
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial.toString("hex"),
      name: [{ O: ["HashiCorp"] }, { CN: ["localhost"] }],
      notBefore: new Date(now.getTime() - VALID_BEFORE_MS),
      notAfter: new Date(now.getTime() + VALID_FOR_MS),
      signingAlgorithm: SERVER_KEY_ALGORITHM,
      keys: pair,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyCertSign, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.SubjectAlternativeNameExtension([{ type: "dns", value: "localhost" }]),
      ],
    },
    webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[1],
  );
  const pkcs8 = await webcrypto.subtle.exportKey("pkcs8", pair.privateKey);
  return { keyPem: x509.PemConverter.encode(pkcs8, "PRIVATE KEY") + "\n", certPem: cert.toString("pem") + "\n", certDer: Buffer.from(cert.rawData) };
}
