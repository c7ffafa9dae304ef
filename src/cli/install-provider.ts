import { homedir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { installProvider } from "../packaging/install";
import { packageRoot, packageVersion } from "../packaging/provider-files";

/** The project root: the checkout or the installed package (works from src/, dist/ and dist/src/). */
export function projectRoot(from: string = __dirname): string {
  return packageRoot(from);
}

/** Terraform's implied local mirror for the current user. */
export function impliedMirror(): string {
  return path.join(homedir(), ".terraform.d", "plugins");
}

/** `smartenroll install-provider [--dir DIR]`: installs the provider where `terraform init` finds it. */
export function register(program: Command): void {
  program
    .command("install-provider")
    .description("install the Terraform provider into a local mirror (default: the implied mirror ~/.terraform.d/plugins)")
    .option("--dir <dir>", "mirror root, e.g. a filesystem_mirror path")
    .action((o: { dir?: string }) => {
      const root = projectRoot();
      const dir = installProvider(o.dir ?? impliedMirror(), root);
      console.log(`installed smartenroll/smartenroll ${packageVersion(root)} in ${dir}`);
    });
}
