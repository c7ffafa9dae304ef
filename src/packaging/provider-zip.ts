import { zipSync, type Zippable } from "fflate";

/** The platforms the launcher runs on: POSIX sh + Node.js. */
export const PLATFORMS = ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64"] as const;

/** Zip entries' fixed time, built from local fields so no time zone changes the bytes (DOS times are local). */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;

/**
 * A provider package zip as Terraform installs it: the files at the top level, the launcher executable. Fixed times
 * and order make the bytes depend only on the files, so every platform's zip (and every build) is identical.
 */
export function providerZip(entries: readonly { name: string; content: Buffer; executable: boolean }[]): Uint8Array {
  const files: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const mode = e.executable ? 0o100755 : 0o100644;
    files[e.name] = [new Uint8Array(e.content), { level: 9, mtime: FIXED_TIME, os: UNIX, attrs: (mode << 16) >>> 0 }];
  }
  return zipSync(files);
}

/** `terraform-provider-smartenroll_<version>_<os>_<arch>.zip`. */
export function zipName(type: string, version: string, platform: string): string {
  return `terraform-provider-${type}_${version}_${platform}.zip`;
}
