import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

/** A fresh key and self-signed certificate for the plugin's TLS server. */
export interface ServerCertificate {
  readonly keyPem: string;
  readonly certPem: string;
  /** The certificate in DER, for the handshake line. */
  readonly certDer: Buffer;
}

/**
 * Makes an ECDSA P-256 key and a self-signed certificate for `localhost` (SAN DNS:localhost, CA, server and
 * client auth), as go-plugin's clients expect. The DER is assembled here from node's crypto primitives
 * rather than with an X.509 library, because loading one costs more than the whole handshake budget.
 */
export function makeServerCertificate(now = new Date()): ServerCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  const serial = randomBytes(16);
  serial[0] = (serial[0] % 0x7f) + 1;
  const name = seq(set(seq(oid("2.5.4.10"), utf8("HashiCorp"))), set(seq(oid("2.5.4.3"), utf8("localhost"))));
  const sigAlg = seq(oid("1.2.840.10045.4.3.2"));
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))),
    int(serial),
    sigAlg,
    name,
    seq(time(new Date(now.getTime() - 30_000)), time(new Date(now.getTime() + 10 * 365 * 86_400_000))),
    name,
    spki,
    tlv(
      0xa3,
      seq(
        seq(oid("2.5.29.15"), bool(true), octets(bitString(Buffer.from([0xa4]), 2))),
        seq(oid("2.5.29.37"), octets(seq(oid("1.3.6.1.5.5.7.3.1"), oid("1.3.6.1.5.5.7.3.2")))),
        seq(oid("2.5.29.19"), bool(true), octets(seq(bool(true)))),
        seq(oid("2.5.29.17"), octets(seq(tlv(0x82, Buffer.from("localhost"))))),
      ),
    ),
  );
  const signature = sign("sha256", tbs, { key: privateKey, dsaEncoding: "der" });
  const certDer = seq(tbs, sigAlg, bitString(signature, 0));
  const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }) as string;
  const certPem = `-----BEGIN CERTIFICATE-----\n${certDer.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n?$/, "\n")}-----END CERTIFICATE-----\n`;
  return { keyPem, certPem, certDer };
}

function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

const seq = (...parts: Buffer[]) => tlv(0x30, ...parts);
const set = (...parts: Buffer[]) => tlv(0x31, ...parts);
const octets = (b: Buffer) => tlv(0x04, b);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const bool = (b: boolean) => tlv(0x01, Buffer.from([b ? 0xff : 0]));
const bitString = (b: Buffer, unused: number) => tlv(0x03, Buffer.from([unused]), b);

function int(b: Buffer): Buffer {
  return tlv(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const bytes = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function time(d: Date): Buffer {
  const iso = d.toISOString();
  return tlv(0x17, Buffer.from(`${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`));
}
