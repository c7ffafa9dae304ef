import path from "node:path";
import type { Command } from "commander";
import { packProvider } from "../packaging/pack";

/** `smartenroll pack-provider --out DIR`: zips per platform, SHA256SUMS and a network-mirror layout. */
export function register(program: Command): void {
  program
    .command("pack-provider")
    .description("write the provider as zips for linux/darwin × amd64/arm64, SHA256SUMS and a Terraform network-mirror layout")
    .requiredOption("--out <dir>", "output folder (serve it with any static file server, or use it as -plugin-dir)")
    .action((o: { out: string }) => {
      const r = packProvider(o.out);
      const show = (p: string) => (path.relative(process.cwd(), p).startsWith("..") ? p : path.relative(process.cwd(), p));
      for (const z of r.zips) console.log(show(z));
      console.log(show(r.sums));
      console.log(`network mirror: ${show(r.providerDir)}/{index.json,VERSION.json}; hashes ${r.hashes.join(" ")}`);
    });
}
