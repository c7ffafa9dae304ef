import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { App, Aspects, TerraformStack } from "cdktf";
import type { Construct, IConstruct } from "constructs";
import { SmartenrollProvider as GeneratedProvider, type SmartenrollProviderConfig } from "../../lib/provider";
import { h1Hash } from "./hashes";
import { mergeLockFile } from "./lock-file";
import { packageRoot, packageVersion, providerEntries, providerFiles } from "./provider-files";
import { cachedStandaloneHashes } from "./standalone-cache";

/**
 * The `smartenroll` provider block. Unlike the generated class in `smartenroll-iac/lib/provider`, it also writes the
 * stack's `.terraform.lock.hcl` at synth time when there is none yet, with the `h1:` hash of the provider shipped in
 * this package. cdktf-cli then finds a lock that matches `required_providers` and does not run
 * `terraform providers lock` (which always asks the public registry), so `cdktf deploy` works from a local mirror
 * without `--skip-provider-lock`.
 */
export class SmartenrollProvider extends GeneratedProvider {
  constructor(scope: Construct, id: string, config: SmartenrollProviderConfig = {}) {
    super(scope, id, config);
    const stack = TerraformStack.of(this);
    const constraints = this.terraformGeneratorMetadata?.providerVersionConstraint;
    Aspects.of(this).add({
      visit: (node: IConstruct) => {
        const outdir = node === this ? appOutdir(this) : undefined;
        if (outdir) seedLockFile(path.join(outdir, "stacks", stack.node.id), constraints);
      },
    });
  }
}

export type { SmartenrollProviderConfig };

/** The app's output folder; undefined for a construct tree without an App (nothing is synthesized to disk then). */
function appOutdir(scope: IConstruct): string | undefined {
  try {
    return App.of(scope).outdir;
  } catch {
    return undefined;
  }
}

/**
 * Writes the smartenroll entry of `<stackDir>/.terraform.lock.hcl` when the file has none, one for another version
 * (after an upgrade of this package), or one without the hash of what `setup` may have installed: the launcher, or
 * (after `setup --standalone`) this machine's standalone executable. Other providers' entries are kept. Does nothing when the provider files are
 * not there (a checkout that was never built).
 */
export function seedLockFile(stackDir: string, constraints: string | undefined): void {
  const lockFile = path.join(stackDir, ".terraform.lock.hcl");
  let root: string;
  try {
    root = packageRoot();
  } catch {
    return;
  }
  const files = providerFiles(root);
  if (!Object.values(files).every((f) => existsSync(f))) return;
  const version = packageVersion(root);
  const existing = existsSync(lockFile) ? readFileSync(lockFile, "utf8") : undefined;
  const hashes = [h1Hash(providerEntries(files, version)), ...cachedStandaloneHashes(root)];
  const merged = mergeLockFile(existing, { version, constraints, hashes });
  if (merged === undefined) return;
  mkdirSync(stackDir, { recursive: true });
  writeFileSync(lockFile, merged);
}
