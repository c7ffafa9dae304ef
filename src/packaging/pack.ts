import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { h1Hash, sha256Hex, zhHash } from "./hashes";
import { PLATFORMS, providerZip, zipName, type PackageEntry, type Platform } from "./provider-zip";
import { PROVIDER, executableName, packageRoot, packageVersion, providerEntries, providerFiles } from "./provider-files";
import { openSigningKey, type DetachedSignature, type SigningKey } from "./sign";
import { ensureStandalone, STANDALONE_PLATFORMS, type StandaloneExecutable, type StandalonePlatform } from "./standalone";

/** The Terraform registry manifest of a release: the plugin protocol the provider speaks. */
export const REGISTRY_MANIFEST = { version: 1, metadata: { protocol_versions: ["6.0"] } };
/** The names of the release files beside the zips. */
export const RELEASE_FILES = { sums: "SHA256SUMS", signature: "SHA256SUMS.sig", publicKey: "signing-key.asc", manifest: "terraform-registry-manifest.json" };

/** What `packProvider` makes. */
export interface PackOptions {
  /** The package root holding the built provider (default: this package). */
  readonly root?: string;
  /** The platforms shipped as standalone executables (default: both Linux ones); the others get the launcher. */
  readonly standalone?: readonly StandalonePlatform[];
  /** Signs SHA256SUMS with this ASCII-armored private key file, unlocked with `passphrase`. */
  readonly gpgKey?: string;
  readonly passphrase?: string;
  /** Locates the caches of Node.js releases and built executables (XDG_CACHE_HOME, HOME), and qemu (PATH). */
  readonly env?: NodeJS.ProcessEnv;
  /** Told about each archive once it is written. */
  readonly onArchive?: (archive: PackedArchive) => void;
}

/** One platform's zip. */
export interface PackedArchive {
  readonly platform: Platform;
  readonly file: string;
  readonly bytes: number;
  /** `h1:` (the unpacked files) and `zh:` (the zip) hashes, as lock files record them. */
  readonly hashes: readonly [string, string];
  /** The standalone executable inside, or undefined for the launcher (which needs Node.js on PATH). */
  readonly standalone?: Pick<StandaloneExecutable, "startup" | "builtVia">;
}

/** What `packProvider` wrote. */
export interface PackResult {
  /** The folder holding the zips and release files: `OUT/registry.terraform.io/smartenroll/smartenroll`. */
  readonly providerDir: string;
  readonly version: string;
  readonly archives: readonly PackedArchive[];
  readonly sums: string;
  /** The signature, its key, and the files written for them; undefined when packed unsigned. */
  readonly signed?: Omit<DetachedSignature, "signature"> & { readonly file: string; readonly publicKeyFile: string };
}

/**
 * Writes a release of the provider into `out`: a zip per platform (a standalone executable, or the launcher),
 * `SHA256SUMS` (with `--gpg-key`, `SHA256SUMS.sig` and the public key) and `terraform-registry-manifest.json`, in
 * `OUT/registry.terraform.io/smartenroll/smartenroll/`, with `index.json` and `<version>.json`: the same folder is a
 * packed `filesystem_mirror` (`terraform init -plugin-dir=OUT`) and a network mirror for any static HTTPS server.
 */
export async function packProvider(out: string, opts: PackOptions = {}): Promise<PackResult> {
  const root = opts.root ?? packageRoot();
  const version = packageVersion(root);
  const standalone: readonly string[] = opts.standalone ?? STANDALONE_PLATFORMS;
  const key = opts.gpgKey ? await openSigningKey(opts.gpgKey, opts.passphrase) : undefined;
  const providerDir = path.join(path.resolve(out), PROVIDER.hostname, PROVIDER.namespace, PROVIDER.type);
  mkdirSync(providerDir, { recursive: true });
  const archives: PackedArchive[] = [];
  for (const platform of PLATFORMS) {
    const built = standalone.includes(platform)
      ? await standaloneEntries(platform as StandalonePlatform, root, version, opts.env)
      : { entries: providerEntries(providerFiles(root), version), executable: undefined };
    const zip = providerZip(built.entries, built.executable ? 6 : 9);
    const file = path.join(providerDir, zipName(PROVIDER.type, version, platform));
    writeFileSync(file, zip);
    archives.push({ platform, file, bytes: zip.byteLength, hashes: [h1Hash(built.entries), zhHash(zip)], standalone: built.executable });
    opts.onArchive?.(archives[archives.length - 1]);
  }
  writeMirrorIndex(providerDir, version, archives);
  return { providerDir, version, archives, ...(await writeReleaseFiles(providerDir, archives, key)) };
}

/**
 * `terraform-registry-manifest.json`, `SHA256SUMS` over the zips and the manifest (bare names, as registries match
 * them), and with a key `SHA256SUMS.sig` and the public key; without one, no stale signature is left behind.
 */
async function writeReleaseFiles(providerDir: string, archives: readonly PackedArchive[], key: SigningKey | undefined): Promise<Pick<PackResult, "sums" | "signed">> {
  const manifest = Buffer.from(JSON.stringify(REGISTRY_MANIFEST) + "\n");
  writeFileSync(path.join(providerDir, RELEASE_FILES.manifest), manifest);
  const lines = [...archives.map((a) => `${a.hashes[1].slice("zh:".length)}  ${path.basename(a.file)}\n`), `${sha256Hex(manifest)}  ${RELEASE_FILES.manifest}\n`];
  const sums = path.join(providerDir, RELEASE_FILES.sums);
  writeFileSync(sums, lines.join(""));
  const file = path.join(providerDir, RELEASE_FILES.signature);
  const publicKeyFile = path.join(providerDir, RELEASE_FILES.publicKey);
  if (!key) {
    for (const stale of [file, publicKeyFile]) rmSync(stale, { force: true });
    return { sums };
  }
  const { signature, ...signer } = await key.sign(Buffer.from(lines.join("")));
  writeFileSync(file, signature);
  writeFileSync(publicKeyFile, signer.publicKey);
  return { sums, signed: { ...signer, file, publicKeyFile } };
}

/** The standalone executable for `platform` as the one file of its package. */
async function standaloneEntries(platform: StandalonePlatform, root: string, version: string, env: NodeJS.ProcessEnv | undefined) {
  const exe = await ensureStandalone(platform, root, env);
  const entries: PackageEntry[] = [{ name: executableName(version), content: readFileSync(exe.file), executable: true }];
  return { entries, executable: { startup: exe.startup, builtVia: exe.builtVia } };
}

/** The network mirror protocol's `index.json` and `<version>.json`, listing each zip with its hashes. */
function writeMirrorIndex(providerDir: string, version: string, archives: readonly PackedArchive[]): void {
  const listed = Object.fromEntries(archives.map((a) => [a.platform, { url: path.basename(a.file), hashes: a.hashes }]));
  writeFileSync(path.join(providerDir, "index.json"), JSON.stringify({ versions: { [version]: {} } }, null, 2) + "\n");
  writeFileSync(path.join(providerDir, `${version}.json`), JSON.stringify({ archives: listed }, null, 2) + "\n");
}
