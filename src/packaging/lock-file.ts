import { PROVIDER_ADDRESS } from "./provider-files";

/** What one provider entry of `.terraform.lock.hcl` records. */
export interface LockEntry {
  readonly version: string;
  /** The `required_providers` version constraint, e.g. `~> 0.1` (cdktf compares it before each init). */
  readonly constraints?: string;
  readonly hashes: readonly string[];
}

const HEADER = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""];
const BLOCK = new RegExp(`^provider "${PROVIDER_ADDRESS.replace(/[./]/g, "\\$&")}" \\{\\n[\\s\\S]*?^\\}\\n?`, "m");

/** The smartenroll provider's block, in the exact format `terraform init` writes. */
export function lockBlock(entry: LockEntry): string {
  return [
    `provider "${PROVIDER_ADDRESS}" {`,
    `  version     = "${entry.version}"`,
    ...(entry.constraints ? [`  constraints = "${entry.constraints}"`] : []),
    "  hashes = [",
    ...[...entry.hashes].sort().map((h) => `    "${h}",`),
    "  ]",
    "}",
    "",
  ].join("\n");
}

/** A `.terraform.lock.hcl` holding only the smartenroll provider. */
export function lockFileText(entry: LockEntry): string {
  return [...HEADER, lockBlock(entry)].join("\n");
}

/**
 * `existing` with the smartenroll block set to `entry`, other providers untouched; `undefined` when the existing
 * block already records `entry.version` (Terraform keeps a block it wrote up to date itself).
 */
export function mergeLockFile(existing: string | undefined, entry: LockEntry): string | undefined {
  if (existing === undefined) return lockFileText(entry);
  const block = BLOCK.exec(existing);
  if (!block) return `${existing.replace(/\n*$/, "\n\n")}${lockBlock(entry)}`;
  if (block[0].includes(`version     = "${entry.version}"`)) return undefined;
  return existing.replace(BLOCK, lockBlock(entry));
}
