import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PackageEntry } from "./provider-zip";

/** The provider's source address and the Terraform registry host it is installed under. */
export const PROVIDER = { hostname: "registry.terraform.io", namespace: "smartenroll", type: "smartenroll" } as const;
/** `registry.terraform.io/smartenroll/smartenroll`, as lock files and mirrors name it. */
export const PROVIDER_ADDRESS = `${PROVIDER.hostname}/${PROVIDER.namespace}/${PROVIDER.type}`;

/** The three files that make up an installed provider, and their names inside a mirror or a zip. */
export interface ProviderFiles {
  /** The POSIX launcher, installed as `terraform-provider-smartenroll_v<version>` (mode 0755). */
  readonly launcher: string;
  /** The bundled provider, installed as `provider.js`. */
  readonly bundle: string;
  /** The launcher's entry script (Node.js version check, code cache), installed as `start.js`. */
  readonly start: string;
}

/**
 * The package root: the nearest folder above `from` holding package.json and bin/ (a checkout, or the installed
 * `smartenroll-iac` package; works from src/, dist/ and dist/src/).
 */
export function packageRoot(from: string = __dirname): string {
  for (let d = path.resolve(from); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "package.json")) && existsSync(path.join(d, "bin", "terraform-provider-smartenroll"))) return d;
    if (path.dirname(d) === d) throw new Error(`cannot find the smartenroll-iac package root above ${from}`);
  }
}

/** The package's version (the provider's version). */
export function packageVersion(root: string = packageRoot()): string {
  return (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
}

/** Where the provider's files are in a checkout (after a build) or in the installed package. */
export function providerFiles(root: string = packageRoot()): ProviderFiles {
  return {
    launcher: path.join(root, "bin", "terraform-provider-smartenroll"),
    bundle: path.join(root, "dist", "provider.js"),
    start: path.join(root, "dist", "start.js"),
  };
}

/** The name Terraform runs in a provider package: `terraform-provider-smartenroll_v<version>` (launcher or executable). */
export function executableName(version: string): string {
  return `terraform-provider-${PROVIDER.type}_v${version}`;
}

/** The launcher's files as Terraform sees them in a package: name → bytes. */
export function providerEntries(files: ProviderFiles, version: string): PackageEntry[] {
  return [
    { name: executableName(version), content: readFileSync(files.launcher), executable: true },
    { name: "provider.js", content: readFileSync(files.bundle), executable: false },
    { name: "start.js", content: readFileSync(files.start), executable: false },
  ];
}
