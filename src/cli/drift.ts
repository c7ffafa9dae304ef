import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { groupByProject } from "../gitops/group-by-project";
import { FORMATS, render, type Format } from "../gitops/output";
import type { PlanJson } from "../gitops/plan-json";
import { buildReport, type DeployPlan } from "../gitops/report";
import { planJson, requireState, workingDir } from "../gitops/terraform";

/**
 * A normal plan: its `resource_drift` is what a refresh-only plan reports, and its `resource_changes` say what deploy
 * does to each drifted attribute. When it fails (the configuration does not plan), a refresh-only plan still reports
 * the drift, labelled "unknown".
 */
function driftPlan(dir: string): { plan: PlanJson; deploy: DeployPlan } {
  try {
    const plan = planJson(dir);
    return { plan, deploy: { changes: new Map((plan.resource_changes ?? []).map((c) => [c.address, c])) } };
  } catch (e) {
    const first = (e as Error).message.split("\n").find((l) => /Error:/.test(l))?.trim() ?? "the plan failed";
    process.stderr.write(`smartenroll drift: the configuration does not plan (${first}), so what deploy would do is unknown; reporting the drift from a refresh-only plan\n`);
    return { plan: planJson(dir, { refreshOnly: true }), deploy: { missing: `unknown, the configuration does not plan (${first})` } };
  }
}

/** `smartenroll drift`: what changed outside Terraform, per KYC project, and what the next deploy does to each change. */
export function register(program: Command): void {
  program
    .command("drift")
    .description("report SmartEnroll changes made outside Terraform and what deploy does to each (exit 0 none, 2 drift, 1 error)")
    .option("--dir <dir>", "check this HCL working directory (default: the current one, or in a cdktf project its synthesized stack)")
    .option("--stack <name>", "check the synthesized cdktf stack cdktf.out/stacks/NAME (default in a cdktf project: its only stack)")
    .option("--synth", "run `cdktf synth` first (in a cdktf project)")
    .option("--json-out <file>", "also write the JSON report to FILE (for alerting or artifacts)")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("text"))
    .action((o: { dir?: string; stack?: string; synth?: boolean; format: Format; jsonOut?: string }) => {
      const dir = workingDir(o);
      requireState(dir);
      const { plan, deploy } = driftPlan(dir);
      const report = buildReport("drift", groupByProject(plan, plan.resource_drift ?? []), deploy);
      process.stdout.write(render(report, o.format));
      if (o.jsonOut) writeFileSync(o.jsonOut, render(report, "json"));
      if (report.projects.length > 0) process.exitCode = 2;
    });
}
