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
 * `existing` with the smartenroll block set to `entry`, other providers untouched. A block of the same version keeps
 * the hashes it has (Terraform adds those of other platforms itself) and gains those of `entry` it lacks; `undefined`
 * when it already holds them all.
 */
export function mergeLockFile(existing: string | undefined, entry: LockEntry): string | undefined {
  if (existing === undefined) return lockFileText(entry);
  const block = BLOCK.exec(existing);
  if (!block) return `${existing.replace(/\n*$/, "\n\n")}${lockBlock(entry)}`;
  if (!block[0].includes(`version     = "${entry.version}"`)) return existing.replace(BLOCK, lockBlock(entry));
  const recorded = [...block[0].matchAll(/^\s+"([^"]+)",$/gm)].map((m) => m[1]);
  if (entry.hashes.every((h) => recorded.includes(h))) return undefined;
  const constraints = /^\s+constraints = "([^"]*)"$/m.exec(block[0])?.[1] ?? entry.constraints;
  return existing.replace(BLOCK, lockBlock({ version: entry.version, constraints, hashes: [...new Set([...recorded, ...entry.hashes])] }));
}
