import { PROVIDER_ADDRESS } from "./provider-files";

/** What one provider entry of `.terraform.lock.hcl` records. */
export interface LockEntry {
  readonly version: string;
  /** The `required_providers` version constraint, e.g. `~> 0.1` (cdktf compares it before each init). */
  readonly constraints?: string;
  readonly hashes: readonly string[];
}

/** A `.terraform.lock.hcl` for the smartenroll provider, in the exact format `terraform init` writes. */
export function lockFileText(entry: LockEntry): string {
  const lines = [
    "# This file is maintained automatically by \"terraform init\".",
    "# Manual edits may be lost in future updates.",
    "",
    `provider "${PROVIDER_ADDRESS}" {`,
    `  version     = "${entry.version}"`,
    ...(entry.constraints ? [`  constraints = "${entry.constraints}"`] : []),
    "  hashes = [",
    ...[...entry.hashes].sort().map((h) => `    "${h}",`),
    "  ]",
    "}",
    "",
  ];
  return lines.join("\n");
}
