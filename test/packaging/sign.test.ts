import { writeFileSync } from "node:fs";
import path from "node:path";
import { generateKey, readKey, readSignature, createMessage, verify } from "openpgp";
import { openSigningKey } from "../../src/packaging/sign";
import { run } from "../support/run";
import { removeTempDirs, tempDir } from "../support/terraform";

const dir = tempDir("sign");
const data = Buffer.from("0123abcd  terraform-provider-smartenroll_0.1.0_linux_amd64.zip\n");
let keys: { privateKey: string; publicKey: string };
let unprotected: string;
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

beforeAll(async () => {
  const userIDs = [{ name: "Throwaway Test Key", email: "test@example.com" }];
  keys = await generateKey({ type: "ecc", curve: "ed25519Legacy", userIDs, passphrase: "pass phrase", format: "armored" });
  unprotected = (await generateKey({ type: "ecc", curve: "ed25519Legacy", userIDs, format: "armored" })).privateKey;
});
afterAll(removeTempDirs);

test("signs detached and binary, as Terraform reads SHA256SUMS.sig, and gpg --verify accepts it", async () => {
  const key = await openSigningKey(file("key.asc", keys.privateKey), "pass phrase");
  const signed = await key.sign(data);
  expect(Buffer.from(signed.signature.subarray(0, 1))[0] & 0x80).toBe(0x80); // an OpenPGP packet, not ASCII armor
  expect(signed.keyId).toMatch(/^[0-9A-F]{16}$/);
  expect(signed.fingerprint.endsWith(signed.keyId)).toBe(true);
  const ok = await verify({ message: await createMessage({ binary: data }), signature: await readSignature({ binarySignature: signed.signature }), verificationKeys: await readKey({ armoredKey: signed.publicKey }) });
  await expect(ok.signatures[0].verified).resolves.toBe(true);

  const env = { ...process.env, GNUPGHOME: tempDir("gnupg") };
  writeFileSync(path.join(dir, "SHA256SUMS"), data);
  writeFileSync(path.join(dir, "SHA256SUMS.sig"), signed.signature);
  const imported = await run("gpg", ["--batch", "--import", file("public.asc", signed.publicKey)], { env });
  expect(imported.code).toBe(0);
  const r = await run("gpg", ["--batch", "--verify", path.join(dir, "SHA256SUMS.sig"), path.join(dir, "SHA256SUMS")], { env });
  expect({ code: r.code, good: r.stderr.includes('Good signature from "Throwaway Test Key <test@example.com>"') }).toEqual({ code: 0, good: true });
  writeFileSync(path.join(dir, "SHA256SUMS"), Buffer.concat([data, Buffer.from("\n")]));
  const bad = await run("gpg", ["--batch", "--verify", path.join(dir, "SHA256SUMS.sig"), path.join(dir, "SHA256SUMS")], { env });
  expect({ code: bad.code, bad: bad.stderr.includes("BAD signature") }).toEqual({ code: 1, bad: true });
  await run("gpgconf", ["--kill", "all"], { env });
});

test("a key without a passphrase signs without one", async () => {
  const key = await openSigningKey(file("open.asc", unprotected), undefined);
  expect((await key.sign(data)).signature.length).toBeGreaterThan(50);
});

test.each([
  ["a protected key and no passphrase", () => openSigningKey(file("k1.asc", keys.privateKey), undefined), /is protected by a passphrase: set SMARTENROLL_GPG_PASSPHRASE$/],
  ["the wrong passphrase", () => openSigningKey(file("k2.asc", keys.privateKey), "wrong"), /cannot unlock the key in .*k2\.asc with the passphrase in SMARTENROLL_GPG_PASSPHRASE/],
  ["a public key", () => openSigningKey(file("k3.asc", keys.publicKey), "pass phrase"), /k3\.asc is not an ASCII-armored OpenPGP private key \(gpg --armor --export-secret-keys KEYID\)/],
  ["a missing file", () => openSigningKey(path.join(dir, "missing.asc"), undefined), /cannot read --gpg-key .*missing\.asc/],
])("fails before anything is built, naming the key file, for %s", async (_what, open, message) => {
  await expect(open()).rejects.toThrow(message);
});
