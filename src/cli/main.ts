import { Command } from "commander";
import { version } from "../../package.json";
import * as drift from "./drift";
import * as enroll from "./enroll";
import * as installProvider from "./install-provider";
import * as packProvider from "./pack-provider";
import * as schema from "./schema";
import * as review from "./review";
import * as server from "./server";
import * as setup from "./setup";
import * as token from "./token";

/** A `smartenroll` sub-command: each file under src/cli adds itself to the program. */
export interface CliCommand {
  register(program: Command): void;
}

const commands: CliCommand[] = [server, token, enroll, installProvider, schema, setup, packProvider, review, drift];

const program = new Command("smartenroll")
  .description("SmartEnroll infrastructure-as-code toolkit: local API server, Terraform provider tools")
  .version(version);
for (const c of commands) c.register(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`smartenroll: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
