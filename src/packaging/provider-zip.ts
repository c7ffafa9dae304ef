import { zipSync, type Zippable } from "fflate";

/** The platforms a provider package is made for. */
export const PLATFORMS = ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A file of a provider package: its name at the package's top level and its bytes. */
export interface PackageEntry {
  readonly name: string;
  readonly content: Buffer;
  readonly executable: boolean;
}

/** Zip entries' fixed time, built from local fields so no time zone changes the bytes (DOS times are local). */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;

/**
 * A provider package zip as Terraform installs it: the files at the top level, executables with mode 0755. Fixed
 * times and order make the bytes depend only on the files (and `level`: 9 for the launcher's small files, less for
 * a 120 MB executable, which compresses as well at 6 in half the time).
 */
export function providerZip(entries: readonly PackageEntry[], level: 6 | 9 = 9): Uint8Array {
  const files: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const mode = e.executable ? 0o100755 : 0o100644;
    files[e.name] = [new Uint8Array(e.content.buffer, e.content.byteOffset, e.content.byteLength), { level, mtime: FIXED_TIME, os: UNIX, attrs: (mode << 16) >>> 0 }];
  }
  return zipSync(files);
}

/** `terraform-provider-smartenroll_<version>_<os>_<arch>.zip`. */
export function zipName(type: string, version: string, platform: string): string {
  return `terraform-provider-${type}_${version}_${platform}.zip`;
}
