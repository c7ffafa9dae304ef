import { readFileSync } from "node:fs";

/** The environment variable that holds the signing key's passphrase (never a command-line flag: it would show in `ps`). */
export const PASSPHRASE_ENV = "SMARTENROLL_GPG_PASSPHRASE";

/** A detached OpenPGP signature and the public half of the key that made it, as registries ask for them. */
export interface DetachedSignature {
  /** The binary (unarmored) signature, as Terraform reads `SHA256SUMS.sig`. */
  readonly signature: Uint8Array;
  /** The primary key's id, 16 hex digits (the registry protocol's `key_id`). */
  readonly keyId: string;
  readonly fingerprint: string;
  /** The ASCII-armored public key (the registry protocol's `ascii_armor`, HCP Terraform's GPG key). */
  readonly publicKey: string;
}

/** An unlocked private key, ready to sign. */
export interface SigningKey extends Omit<DetachedSignature, "signature"> {
  /** A detached binary signature of `data`. */
  sign(data: Uint8Array): Promise<DetachedSignature>;
}

/**
 * Reads the ASCII-armored private key in `keyFile` (openpgp.js) and unlocks it with `passphrase` when it is
 * protected. Errors name the file and what to do; a release build checks the key before it builds anything.
 */
export async function openSigningKey(keyFile: string, passphrase: string | undefined): Promise<SigningKey> {
  // Required when used (the CLI bundle loads it from dist/vendor/openpgp.js, see scripts/build.mjs).
  const openpgp = require("openpgp") as typeof import("openpgp");
  const armoredKey = readKeyFile(keyFile);
  let privateKey = await openpgp.readPrivateKey({ armoredKey }).catch((err: Error) => {
    throw new Error(`--gpg-key ${keyFile} is not an ASCII-armored OpenPGP private key (gpg --armor --export-secret-keys KEYID): ${err.message}`);
  });
  if (!privateKey.isDecrypted()) {
    if (!passphrase) throw new Error(`the key in ${keyFile} is protected by a passphrase: set ${PASSPHRASE_ENV}`);
    privateKey = await openpgp.decryptKey({ privateKey, passphrase }).catch((err: Error) => {
      throw new Error(`cannot unlock the key in ${keyFile} with the passphrase in ${PASSPHRASE_ENV}: ${err.message}`);
    });
  }
  const signingKey = privateKey;
  const key = {
    keyId: signingKey.getKeyID().toHex().toUpperCase(),
    fingerprint: signingKey.getFingerprint().toUpperCase(),
    publicKey: signingKey.toPublic().armor(),
  };
  const sign = async (data: Uint8Array): Promise<DetachedSignature> => {
    const message = await openpgp.createMessage({ binary: data });
    const signature = await openpgp.sign({ message, signingKeys: signingKey, detached: true, format: "binary" }).catch((err: Error) => {
      throw new Error(`the key in ${keyFile} cannot sign (expired, revoked, or without a signing key): ${err.message}`);
    });
    return { ...key, signature: signature as Uint8Array };
  };
  await sign(new Uint8Array());
  return { ...key, sign };
}

function readKeyFile(keyFile: string): string {
  try {
    return readFileSync(keyFile, "utf8");
  } catch (err) {
    throw new Error(`cannot read --gpg-key ${keyFile}: ${(err as Error).message}`);
  }
}
