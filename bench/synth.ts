// `npm run bench:synth`: issue 14's construct ratio. In one process, interleaved pairs of: construct + synth of
// COUNT (500) KycProjects (the seed's complete project, renamed), and construct + synth of raw TerraformResources that
// carry the identical JSON (same logical ids, same attributes, references as their `${…}` text). The JSON of both
// sides is compared before measuring. Definitions in bench/README.md. Exits 0 whatever it measures.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { App, TerraformResource, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { SmartenrollProvider } from "../lib/provider";
import { KycProject } from "../src/constructs";
import { seedProps } from "../test/support/seed";
import { interleaved, printTable } from "./ratios";

const COUNT = Number(process.env.KYC_PROJECTS ?? 500);
const PAIRS = Number(process.env.PAIRS ?? 7);
const out = mkdtempSync(path.join(tmpdir(), "bench-synth-"));

type Json = { resource: Record<string, Record<string, Record<string, unknown>>>; provider: unknown };

/** A resource whose attributes are given as they appear in the synthesized JSON. */
class RawResource extends TerraformResource {
  private readonly body: Record<string, unknown>;
  constructor(scope: Construct, type: string, logicalId: string, body: Record<string, unknown>) {
    super(scope, logicalId, { terraformResourceType: type });
    this.overrideLogicalId(logicalId);
    const { depends_on: dependsOn, ...attributes } = body;
    this.body = attributes;
    if (dependsOn) this.addOverride("depends_on", dependsOn);
  }
  protected override synthesizeAttributes(): Record<string, unknown> {
    return this.body;
  }
}

function synthesize(build: (stack: TerraformStack) => void): { ms: number; json: Json } {
  const dir = mkdtempSync(path.join(out, "app-"));
  const t0 = performance.now();
  const app = new App({ outdir: dir });
  const stack = new TerraformStack(app, "bench");
  new SmartenrollProvider(stack, "smartenroll");
  build(stack);
  app.synth();
  const ms = performance.now() - t0;
  const json = JSON.parse(readFileSync(path.join(dir, "stacks", "bench", "cdk.tf.json"), "utf8")) as Json;
  rmSync(dir, { recursive: true, force: true });
  return { ms, json };
}

const kycProjects = (stack: TerraformStack) => {
  for (let i = 0; i < COUNT; i++) new KycProject(stack, `Project${i}`, { ...seedProps(), name: `Onboarding ${i}` });
};

/** The raw side: one TerraformResource per resource of `json`, without its cdktf metadata (cdktf writes its own). */
function rawResources(json: Json) {
  return (stack: TerraformStack) => {
    for (const [type, byId] of Object.entries(json.resource)) {
      for (const [id, body] of Object.entries(byId)) {
        const { "//": _meta, ...attrs } = body;
        new RawResource(stack, type, id, attrs);
      }
    }
  };
}

/** The JSON without cdktf's metadata, keys sorted: what Terraform reads. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => k !== "//").sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
}

async function main(): Promise<void> {
  const reference = synthesize(kycProjects).json;
  const raw = rawResources(reference);
  if (canonical(synthesize(raw).json) !== canonical(reference)) throw new Error("the raw resources' JSON differs from the KycProjects'");
  const m = await interleaved(PAIRS, async () => synthesize(kycProjects).ms, async () => synthesize(raw).ms);
  printTable([{ measure: `construct + synth, ${COUNT} KycProjects vs the same JSON as raw resources`, ...m, goal: 2 }], `median of ${PAIRS} interleaved pairs in one process; node ${process.version}`);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(out, { recursive: true, force: true }));
