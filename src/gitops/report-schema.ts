import { z } from "zod";

const level = z.enum(["high", "medium", "low"]);

/** A risk finding of a report. */
export const findingSchema = z.strictObject({
  level,
  rule: z.string().describe("Rule id, e.g. `liveness-min-score-lowered` (src/model/risk.ts)."),
  reason: z.string().describe("One line for the reviewer."),
  field: z.string().optional().describe("The field judged, in the seed's camelCase terms (`liveness.minScore`)."),
  address: z.string().describe("Terraform address of the resource the finding is about."),
});

const reviewAttribute = z.strictObject({
  path: z.string(),
  before: z.unknown().optional().describe("Absent on a create."),
  after: z.unknown().optional(),
  afterUnknown: z.boolean().optional().describe("The value is known only after apply."),
});
const deploy = z
  .discriminatedUnion("action", [
    z.strictObject({ action: z.literal("restores"), value: z.unknown().describe("What deploy sets it back to: the configuration's value.") }),
    z.strictObject({ action: z.literal("keeps"), value: z.unknown().describe("The live value, which the configuration does not manage.") }),
    z.strictObject({ action: z.literal("unknown"), reason: z.string().describe("Why: known only after apply, the resource is destroyed, or the plan failed.") }),
  ])
  .describe("What the next `deploy` (apply) does to the attribute: text reports say \"deploy restores 3\" or \"not managed: deploy keeps 5\".");
const driftAttribute = z.strictObject({
  path: z.string(),
  recorded: z.unknown().describe("In the Terraform state."),
  live: z.unknown().describe("What the API holds now."),
  deploy,
});

const change = (kind: "review" | "drift") =>
  z.strictObject({
    address: z.string(),
    resource: z.enum(["project", "flow", "branding", "webhook"]),
    action: kind === "review" ? z.enum(["create", "update", "replace", "destroy", "import"]) : z.enum(["changed", "deleted"]),
    importing: z.boolean().optional(),
    attributes: z.array(kind === "review" ? reviewAttribute : driftAttribute),
    ...(kind === "drift" ? { deploy: z.enum(["creates", "keeps-deleted", "unknown"]).optional().describe("A resource deleted outside Terraform: whether deploy creates it again.") } : {}),
  });

/** The JSON of `smartenroll review --format json` (kind "review") or `smartenroll drift --format json` (kind "drift"). */
export const reportSchema = (kind: "review" | "drift") =>
  z.strictObject({
    kind: z.literal(kind),
    version: z.literal(1),
    projects: z.array(
      z.strictObject({
        name: z.string().nullable().describe("Project name (null when the plan does not know it)."),
        id: z.string().nullable().describe("Project id (null for a project not created yet)."),
        address: z.string().nullable().describe("Address of its `smartenroll_project`, when this configuration manages it."),
        changes: z.array(change(kind)),
        findings: z.array(findingSchema).describe("High first."),
      }),
    ),
    summary: z.strictObject({
      projects: z.number().int(),
      changes: z.record(z.string(), z.number().int()).describe("Count per action."),
      findings: z.strictObject({ high: z.number().int(), medium: z.number().int(), low: z.number().int() }),
    }),
  });
