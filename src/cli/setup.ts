import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { defaultCliConfigFile, mergeCliConfig } from "../packaging/cli-config";
import { installProvider, installStandalone } from "../packaging/install";

/** The default mirror: `$XDG_DATA_HOME/smartenroll/terraform-providers` (else `~/.local/share/…`). */
export function defaultMirror(env: NodeJS.ProcessEnv = process.env): string {
  const dataHome = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(homedir(), ".local", "share");
  return path.join(dataHome, "smartenroll", "terraform-providers");
}

/** Which CLI config `setup` edits: the one Terraform reads, or `DIR/terraform.rc` with `--dir` and no TF_CLI_CONFIG_FILE. */
function targetConfigFile(dir: string | undefined): string {
  return dir && !process.env.TF_CLI_CONFIG_FILE ? path.join(path.resolve(dir), "terraform.rc") : defaultCliConfigFile();
}

/** `smartenroll setup [--dir DIR] [--standalone] [--print]`: provider into a mirror + a CLI config that uses it, offline. */
export function register(program: Command): void {
  program
    .command("setup")
    .description("install the provider into a local mirror and point Terraform's CLI config at it (no registry, no network)")
    .option("--dir <dir>", `mirror folder (default ${defaultMirror()}); the CLI config then goes to DIR/terraform.rc unless TF_CLI_CONFIG_FILE is set`)
    .option("--standalone", "install this platform's standalone executable (needs no Node.js; Linux; built once, about a minute) instead of the launcher")
    .option("--print", "only print what would be installed and written")
    .action(async (o: { dir?: string; standalone?: boolean; print?: boolean }) => {
      if (process.platform === "win32") throw new Error("the provider's launcher is a POSIX shell script: Windows is not supported (use WSL)");
      const mirror = path.resolve(o.dir ?? defaultMirror());
      const configFile = targetConfigFile(o.dir);
      const existing = existsSync(configFile) ? readFileSync(configFile, "utf8") : undefined;
      const config = mergeCliConfig(existing, mirror);
      if (o.print) {
        console.log(`# would install smartenroll/smartenroll${o.standalone ? " (standalone executable)" : ""} into ${mirror}`);
        console.log(`# would write ${configFile}:`);
        process.stdout.write(config);
        return;
      }
      if (o.standalone) {
        const exe = await installStandalone(mirror);
        console.log(`installed smartenroll/smartenroll as a standalone executable (${exe.startup === "snapshot" ? "startup snapshot" : "no startup snapshot"}) in ${exe.dir}`);
      } else console.log(`installed smartenroll/smartenroll in ${installProvider(mirror)}`);
      mkdirSync(path.dirname(configFile), { recursive: true });
      writeFileSync(configFile, config);
      console.log(`${existing === undefined ? "wrote" : "updated"} Terraform CLI config ${configFile}`);
      if (configFile !== defaultCliConfigFile()) {
        console.log("Terraform reads it once you run:");
        console.log(`export TF_CLI_CONFIG_FILE=${JSON.stringify(configFile)}`);
      }
    });
}
