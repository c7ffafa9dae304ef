import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { packProvider, type PackedArchive } from "../packaging/pack";
import { PASSPHRASE_ENV } from "../packaging/sign";
import { STANDALONE_PLATFORMS, type StandalonePlatform } from "../packaging/standalone";

/** `--standalone linux_amd64,linux_arm64` (or `none`): which platforms get a standalone executable. */
export function parseStandalone(value: string): StandalonePlatform[] {
  if (value === "none") return [];
  const platforms = value.split(",").map((p) => p.trim());
  for (const p of platforms) {
    if (!(STANDALONE_PLATFORMS as readonly string[]).includes(p)) {
      const why = p.startsWith("darwin_") ? " (macOS kills unsigned executables: darwin ships the launcher)" : "";
      throw new InvalidArgumentError(`"${p}" cannot be standalone${why}; choose from ${STANDALONE_PLATFORMS.join(", ")}, or none`);
    }
  }
  return platforms as StandalonePlatform[];
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** How an archive runs, as the summary line says it. */
function describe(a: PackedArchive): string {
  if (!a.standalone) return "launcher: needs Node.js 20+ on PATH";
  const start = a.standalone.startup === "snapshot" ? `startup snapshot${a.standalone.builtVia === "qemu" ? ", built under qemu" : ""}` : "no startup snapshot: the target's node cannot run here";
  return `standalone executable (${start})`;
}

/** `smartenroll pack-provider --out DIR [--gpg-key FILE] [--standalone PLATFORMS]`: a release of the provider. */
export function register(program: Command): void {
  program
    .command("pack-provider")
    .description("write a release of the provider: zips for linux/darwin × amd64/arm64, SHA256SUMS (signed with --gpg-key), a network-mirror layout")
    .requiredOption("--out <dir>", "output folder (serve it with any static HTTPS server, or use it as -plugin-dir)")
    .option("--gpg-key <file>", `sign SHA256SUMS with this ASCII-armored private key (its passphrase in $${PASSPHRASE_ENV})`)
    .option("--standalone <platforms>", `platforms shipped as standalone executables, comma-separated, or none`, parseStandalone, [...STANDALONE_PLATFORMS])
    .action(async (o: { out: string; gpgKey?: string; standalone: StandalonePlatform[] }) => {
      const show = (p: string) => (path.relative(process.cwd(), p).startsWith("..") ? p : path.relative(process.cwd(), p));
      const r = await packProvider(o.out, {
        gpgKey: o.gpgKey,
        passphrase: process.env[PASSPHRASE_ENV] || undefined,
        standalone: o.standalone,
        onArchive: (a) => console.log(`${show(a.file)}  ${megabytes(a.bytes)}  ${describe(a)}`),
      });
      console.log(show(r.sums));
      if (r.signed) console.log(`${show(r.signed.file)}  signed by key ${r.signed.keyId} (fingerprint ${r.signed.fingerprint}); public key in ${show(r.signed.publicKeyFile)}`);
      else console.log("unsigned: no --gpg-key given (a provider registry and HCP Terraform need SHA256SUMS.sig)");
      console.log(`network mirror: ${show(r.providerDir)}/{index.json,${r.version}.json}`);
    });
}
