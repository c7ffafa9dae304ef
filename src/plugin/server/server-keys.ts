import { webcrypto } from "node:crypto";

/** The server's key and signature algorithm: ECDSA P-256 with SHA-256. */
export const SERVER_KEY_ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;

/** Starts generating a fresh ECDSA P-256 key pair; WebCrypto runs it off the main thread. */
export function generateServerKeys(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(SERVER_KEY_ALGORITHM, true, ["sign", "verify"]);
}
