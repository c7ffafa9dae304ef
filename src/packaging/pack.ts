import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { h1Hash, sha256Hex, zhHash } from "./hashes";
import { PLATFORMS, providerZip, zipName } from "./provider-zip";
import { PROVIDER, packageVersion, providerEntries, providerFiles } from "./provider-files";

/** What `packProvider` wrote. */
export interface PackResult {
  /** The folder holding the zips, `index.json` and `<version>.json`: `OUT/registry.terraform.io/smartenroll/smartenroll`. */
  readonly providerDir: string;
  readonly zips: readonly string[];
  readonly sums: string;
  readonly hashes: readonly string[];
}

/**
 * Writes the provider for every platform into `out`, laid out so the same folder is a packed `filesystem_mirror`
 * (`terraform init -plugin-dir=OUT`) and a network mirror for any static file server (`index.json`,
 * `<version>.json` with `h1:` and `zh:` hashes), plus `OUT/SHA256SUMS` (`sha256sum -c` from OUT).
 */
export function packProvider(out: string, root?: string): PackResult {
  const version = packageVersion(root);
  const entries = providerEntries(providerFiles(root), version);
  const providerDir = path.join(path.resolve(out), PROVIDER.hostname, PROVIDER.namespace, PROVIDER.type);
  mkdirSync(providerDir, { recursive: true });
  const zip = providerZip(entries);
  const hashes = [h1Hash(entries), zhHash(zip)];
  const archives: Record<string, { url: string; hashes: string[] }> = {};
  const sums: string[] = [];
  const zips: string[] = [];
  for (const platform of PLATFORMS) {
    const name = zipName(PROVIDER.type, version, platform);
    writeFileSync(path.join(providerDir, name), zip);
    archives[platform] = { url: name, hashes };
    sums.push(`${sha256Hex(zip)}  ${path.relative(out, path.join(providerDir, name)).split(path.sep).join("/")}\n`);
    zips.push(path.join(providerDir, name));
  }
  writeFileSync(path.join(providerDir, "index.json"), JSON.stringify({ versions: { [version]: {} } }, null, 2) + "\n");
  writeFileSync(path.join(providerDir, `${version}.json`), JSON.stringify({ archives }, null, 2) + "\n");
  const sumsFile = path.join(out, "SHA256SUMS");
  writeFileSync(sumsFile, sums.join(""));
  return { providerDir, zips, sums: sumsFile, hashes };
}
