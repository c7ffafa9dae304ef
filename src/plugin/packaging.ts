import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where and what `installPlugin` installs. */
export interface InstallPluginOptions {
  /** The bundled provider (one JS file). */
  readonly bundlePath: string;
  /** Provider type, e.g. "example". */
  readonly typeName: string;
  /** Registry namespace, e.g. "example-corp". */
  readonly namespace: string;
  /** Registry host, e.g. "registry.terraform.io". */
  readonly hostname: string;
  readonly version: string;
  /** The mirror root (a `filesystem_mirror` path or `~/.terraform.d/plugins`). */
  readonly dir: string;
  /** The provider's launcher script to install (a POSIX sh script that runs `node start.js provider.js`). */
  readonly launcherPath: string;
  /** The launcher's entry script (version check, code cache); defaults to the project's `dist/start.js`. */
  readonly startPath?: string;
}

/** The file name of the bundle beside the launcher (the launcher looks for it there). */
export const BUNDLE_FILE_NAME = "provider.js";
/** The file name of the entry script beside the launcher. */
export const START_FILE_NAME = "start.js";

/** Terraform's OS_ARCH for this machine (e.g. "linux_amd64", "darwin_arm64"). */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === "win32" ? "windows" : platform;
  const cpu = ({ x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" } as Record<string, string>)[arch] ?? arch;
  return `${os}_${cpu}`;
}

/**
 * Installs the provider into an unpacked mirror: `DIR/HOST/NS/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION`
 * (the launcher, mode 0755), with the bundle as `provider.js` and the entry script as `start.js` beside it (mode 0644).
 * The content depends only on those bytes, so the lock file's h1 hash is the same on every machine. Returns the folder it wrote.
 */
export function installPlugin(options: InstallPluginOptions): { dir: string } {
  const { bundlePath, typeName, namespace, hostname, version } = options;
  const launcherPath = options.launcherPath;
  const startPath = options.startPath ?? findAbove(__dirname, "dist/start.js");
  const dir = path.join(path.resolve(options.dir), hostname, namespace, typeName, version, terraformPlatform());
  mkdirSync(dir, { recursive: true });
  const launcher = path.join(dir, `terraform-provider-${typeName}_v${version}`);
  writeFileSync(launcher, readFileSync(launcherPath));
  chmodSync(launcher, 0o755);
  for (const [from, name] of [[bundlePath, BUNDLE_FILE_NAME], [startPath, START_FILE_NAME]]) {
    const to = path.join(dir, name);
    copyFileSync(from, to);
    chmodSync(to, 0o644);
  }
  return { dir };
}

/** A project file (like `dist/start.js`), found by walking up from `start`. */
function findAbove(start: string, file: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, file);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${file} not found above ${start}`);
  }
}
