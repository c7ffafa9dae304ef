import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { groupByProject } from "../gitops/group-by-project";
import { FORMATS, render, type Format } from "../gitops/output";
import { buildReport } from "../gitops/report";
import { planJson, requireState, workingDir } from "../gitops/terraform";

/** `smartenroll drift`: what changed outside Terraform, per KYC project, from a refresh-only plan. */
export function register(program: Command): void {
  program
    .command("drift")
    .description("report SmartEnroll changes made outside Terraform (exit 0 none, 2 drift, 1 error)")
    .option("--dir <dir>", "check this HCL working directory (default: the current one)")
    .option("--stack <name>", "check the synthesized cdktf stack cdktf.out/stacks/NAME")
    .option("--json-out <file>", "also write the JSON report to FILE (for alerting or artifacts)")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("text"))
    .action((o: { dir?: string; stack?: string; format: Format; jsonOut?: string }) => {
      const dir = workingDir(o);
      requireState(dir);
      const plan = planJson(dir, { refreshOnly: true });
      const report = buildReport("drift", groupByProject(plan, plan.resource_drift ?? []));
      process.stdout.write(render(report, o.format));
      if (o.jsonOut) writeFileSync(o.jsonOut, render(report, "json"));
      if (report.projects.length > 0) process.exitCode = 2;
    });
}
