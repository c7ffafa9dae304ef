import { readFileSync, writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { RISK_LEVELS, type RiskLevel } from "../model/risk";
import { groupByProject } from "../gitops/group-by-project";
import { FORMATS, render, type Format } from "../gitops/output";
import { parsePlanJson } from "../gitops/plan-json";
import { buildReport, hasFindingAtOrAbove } from "../gitops/report";
import { planJson, workingDir } from "../gitops/terraform";

interface ReviewOptions {
  planJson?: string;
  dir?: string;
  stack?: string;
  synth?: boolean;
  format?: Format;
  failOn?: RiskLevel;
  jsonOut?: string;
}

/** `smartenroll review`: per-project change summary of a plan with KYC risk findings. */
export function register(program: Command): void {
  program
    .command("review")
    .description("summarise a plan per KYC project, with risk findings (exit 3 when --fail-on trips, 1 on error)")
    .option("--plan-json <file>", "read `terraform show -json PLANFILE` output from a file ('-' for stdin)")
    .option("--dir <dir>", "plan this HCL working directory (default: the current one, or in a cdktf project its synthesized stack)")
    .option("--stack <name>", "plan the synthesized cdktf stack cdktf.out/stacks/NAME (default in a cdktf project: its only stack)")
    .option("--synth", "run `cdktf synth` first (in a cdktf project)")
    .option("--json-out <file>", "also write the JSON report to FILE (for alerting or artifacts)")
    .addOption(new Option("--format <format>", "output format (default: text on a terminal, markdown otherwise)").choices(FORMATS))
    .addOption(new Option("--fail-on <level>", "exit 3 when a finding at or above this level exists").choices(RISK_LEVELS))
    .action((o: ReviewOptions) => {
      const sources = [o.planJson, o.dir, o.stack].filter((s) => s !== undefined).length;
      if (sources > 1) throw new Error("give one of --plan-json, --dir or --stack");
      const plan = o.planJson !== undefined ? parsePlanJson(readFileSync(o.planJson === "-" ? 0 : o.planJson, "utf8"), o.planJson) : planJson(workingDir(o));
      const report = buildReport("review", groupByProject(plan, plan.resource_changes ?? []));
      process.stdout.write(render(report, o.format ?? (process.stdout.isTTY ? "text" : "markdown")));
      if (o.jsonOut) writeFileSync(o.jsonOut, render(report, "json"));
      if (o.failOn && hasFindingAtOrAbove(report, o.failOn)) process.exitCode = 3;
    });
}
