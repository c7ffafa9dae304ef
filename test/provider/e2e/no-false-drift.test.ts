/**
 * No false drift: right after every apply, `terraform plan -refresh-only -detailed-exitcode` and a normal plan
 * exit 0, whatever the apply did to the three resources (create draft, create active, activate, pause, branding
 * change, flow change), with and without outputs reading the project, its flow, its branding and the
 * `smartenroll_project` data source; the status outputs say what the server holds.
 */
import { dataSource, type HclObject, type HclTopBlock, ref } from "../../support/hcl";
import { output, useE2E } from "./fixtures/e2e";
import { COMPLETE_STACK, mainTf, stackBlocks } from "./fixtures/seed";

const e = useE2E();

/** One round: each stack's flow status, min score and button colour after the apply. */
interface Round {
  title: string;
  a: { status: string; minScore: number; button: string };
  b: { status: string; minScore: number; button: string };
}

/** Stacks `a*` go draft → active → paused, stacks `b*` are created active, then change branding, then their flow. */
const ROUNDS: Round[] = [
  { title: "create draft / create active", a: { status: "draft", minScore: 0.65, button: "#2563eb" }, b: { status: "active", minScore: 0.65, button: "#2563eb" } },
  { title: "activate / branding change", a: { status: "active", minScore: 0.65, button: "#2563eb" }, b: { status: "active", minScore: 0.65, button: "#ff0000" } },
  { title: "pause / flow change", a: { status: "paused", minScore: 0.65, button: "#2563eb" }, b: { status: "active", minScore: 0.7, button: "#ff0000" } },
];

function stack(name: string, s: Round["a"], outputs: boolean): HclTopBlock[] {
  const blocks = stackBlocks(name, {
    project: { ...COMPLETE_STACK.project, name: `No drift ${name}` },
    flow: { ...(COMPLETE_STACK.flow as HclObject), status: s.status, liveness: { ...((COMPLETE_STACK.flow as HclObject).liveness as HclObject), min_score: s.minScore } },
    branding: { ...(COMPLETE_STACK.branding as HclObject), button_color: s.button },
  });
  if (!outputs) return blocks;
  const out = (n: string, value: string): HclTopBlock => ({ kind: "output", labels: [`${name}_${n}`], body: { value: ref(value) } });
  blocks.push(
    dataSource("smartenroll_project", name, {
      id: ref(`smartenroll_project.${name}.id`),
      depends_on: [ref(`smartenroll_project_flow.${name}`), ref(`smartenroll_project_branding.${name}`)],
    }),
    out("project", `smartenroll_project.${name}`),
    out("flow_status", `smartenroll_project_flow.${name}.status`),
    out("flow", `smartenroll_project_flow.${name}`),
    out("branding", `smartenroll_project_branding.${name}`),
    out("live_status", `data.smartenroll_project.${name}.status`),
  );
  return blocks;
}

const config = (r: Round) =>
  mainTf([...stack("a_out", r.a, true), ...stack("a_bare", r.a, false), ...stack("b_out", r.b, true), ...stack("b_bare", r.b, false)]).text;

describe.each(ROUNDS.map((r, i) => [r.title, i] as const))("right after an apply that does %s", (_t, i) => {
  let outputs: Record<string, { value: unknown }>;
  beforeAll(async () => {
    e.ws.write({ "main.tf": config(ROUNDS[i]) });
    await e.ws.apply(["-parallelism=20"]);
    outputs = JSON.parse((await e.ws.tfOk(["output", "-json"])).stdout);
  }, 180_000);

  test("terraform plan -refresh-only -detailed-exitcode exits 0", async () => {
    const r = await e.ws.tf(["plan", "-refresh-only", "-detailed-exitcode", "-input=false", "-no-color", "-parallelism=20"]);
    if (r.code !== 0) throw new Error(`refresh-only plan: expected exit 0\n${output(r)}`);
  });

  test("terraform plan -detailed-exitcode exits 0", async () => {
    const r = await e.ws.planExitCode(["-parallelism=20"]);
    if (r.code !== 0) throw new Error(`plan: expected exit 0\n${output(r)}`);
  });

  test("the status outputs say what the server holds", async () => {
    const live = new Map((await e.server.listProjects()).map((p) => [p.name as string, p.status as string]));
    for (const [name, want] of [["a_out", ROUNDS[i].a.status], ["b_out", ROUNDS[i].b.status]] as const) {
      expect({ name, flow: outputs[`${name}_flow_status`].value, data: outputs[`${name}_live_status`].value, server: live.get(`No drift ${name}`) }).toEqual({
        name,
        flow: want,
        data: want,
        server: want,
      });
    }
  });
});
