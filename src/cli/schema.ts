import type { Command } from "commander";
import { version } from "../../package.json";
import { schemaJson } from "../plugin/schema-json";
import { PROVIDER_ADDRESS, SmartEnrollProvider } from "../provider/provider";

/** `smartenroll schema`: prints the provider schema as `terraform providers schema -json` does. */
export function register(program: Command): void {
  program
    .command("schema")
    .description("print the provider schema in the format of `terraform providers schema -json`")
    .action(() => {
      process.stdout.write(JSON.stringify(schemaJson(new SmartEnrollProvider(version), PROVIDER_ADDRESS)) + "\n");
    });
}
