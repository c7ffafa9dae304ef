/**
 * Each settable attribute changed in the configuration: the plan shows exactly that attribute as an in-place
 * update (a replacement for `target` and `project_id`), the apply sends only the section that changed (bodies seen
 * by the recording proxy), and the next plan is empty. All cases live side by side in one workspace: one stack per
 * case, so a single plan and a single apply cover them all.
 */
import { type HclObject, type HclTopBlock, ref, resource } from "../../support/hcl";
import { changesOf, stateResources, type ChangeSummary } from "../../support/plan";
import type { RecordedRequest } from "../../support/recorder";
import type { RunResult } from "../../support/run";
import { computedOnlyPaths, providerSchemas } from "../../support/schema";
import { output, useE2E } from "./fixtures/e2e";
import { CHANGE_CASES, type ChangeCase } from "./fixtures/change-cases";
import { COMPLETE_STACK, getPath, mainTf, stackBlocks, type StackSpec, withPath } from "./fixtures/seed";

const e = useE2E({ record: true });
const TYPES = { project: "smartenroll_project", flow: "smartenroll_project_flow", branding: "smartenroll_project_branding" } as const;
const META = new Set(["target", "type", "version", "projectFlowType"]);
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function specOf(k: ChangeCase, i: number, changed: boolean): StackSpec {
  let spec: StackSpec = {
    project: { ...COMPLETE_STACK.project, name: `${COMPLETE_STACK.project.name} ${i}` },
    flow: k.part === "flow" ? COMPLETE_STACK.flow : false,
    branding: k.part === "branding" ? COMPLETE_STACK.branding : false,
  };
  if (changed) {
    const value = k.path === "project_id" ? ref("smartenroll_project.spare.id") : k.value;
    spec = { ...spec, [k.part]: withPath(spec[k.part] as HclObject, k.path, value) };
  }
  return spec;
}

function config(changed: boolean): string {
  const blocks: HclTopBlock[] = [resource("smartenroll_project", "spare", { ...COMPLETE_STACK.project, name: "Spare project for flow moves" })];
  CHANGE_CASES.forEach((k, i) => blocks.push(...stackBlocks(`c${i}`, specOf(k, i, changed))));
  return mainTf(blocks).text;
}

/** Sections (API body keys) a write request carries, flattening `projectFlow` sub-objects. */
function sectionsOf(r: RecordedRequest, keep: Set<string>): string[] {
  const body = (r.body ?? {}) as Record<string, unknown>;
  const keys: string[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (k === "projectFlow" && v && typeof v === "object") keys.push(...Object.keys(v as object));
    else keys.push(k);
  }
  return [...new Set(keys.filter((k) => !META.has(k) || keep.has(k)))].sort();
}

let computedOnly: Record<string, string[]>;
let before: Map<string, ChangeSummary>;
let after: Map<string, ChangeSummary>;
let applied: RunResult;
let writes: RecordedRequest[];
let ids: Map<string, Record<string, unknown>>;

beforeAll(async () => {
  const schemas = await providerSchemas(e.ws);
  computedOnly = Object.fromEntries(Object.values(TYPES).map((t) => [t, computedOnlyPaths(schemas, t)]));
  e.ws.write({ "main.tf": config(false) });
  await e.ws.apply(["-parallelism=20"]);
  ids = stateResources(await e.ws.stateJson());
  e.ws.write({ "main.tf": config(true) });
  before = changesOf(await e.ws.planJson(["-parallelism=20"]));
  await e.server.clearRequests();
  applied = await e.ws.tf(["apply", "-auto-approve", "-input=false", "-no-color", "-parallelism=20", "tfplan"]);
  writes = (e.server.recorder?.requests ?? []).filter((r) => r.method !== "GET");
  after = changesOf(await e.ws.planJson(["-parallelism=20"]));
}, 600_000);

test("the apply of all changes succeeds", () => {
  if (applied.code !== 0) throw new Error(output(applied));
});

test("resources whose configuration did not change are left alone", () => {
  const expected = new Set<string>();
  CHANGE_CASES.forEach((k, i) => expected.add(`${TYPES[k.part]}.c${i}`));
  const changedAddresses = [...before.values()].filter((c) => !(c.actions.length === 1 && c.actions[0] === "no-op")).map((c) => c.address);
  expect(changedAddresses.filter((a) => !expected.has(a))).toEqual([]);
});

describe.each(CHANGE_CASES.map((k, i) => [k.title, i] as const))("%s", (_title, i) => {
  const k = CHANGE_CASES[i];
  const address = `${TYPES[k.part]}.c${i}`;

  test(k.replace ? "plans a replacement forced by exactly that attribute" : "plans an in-place update of exactly that attribute", () => {
    const c = before.get(address);
    if (!c) throw new Error(`${address} is not in the plan`);
    if (k.replace) {
      expect([...c.actions].sort()).toEqual(["create", "delete"]);
      expect(c.replacePaths).toEqual([k.path]);
      return;
    }
    expect(c.actions).toEqual(["update"]);
    expect(c.changed.length).toBeGreaterThan(0);
    expect(c.changed.filter((p) => p !== k.path && !p.startsWith(`${k.path}.`) && !p.startsWith(`${k.path}[`))).toEqual([]);
    const computed = computedOnly[TYPES[k.part]];
    expect(c.unknown.filter((p) => !computed.includes(p.replace(/\[\d+\]/g, "")))).toEqual([]);
  });

  if (!k.replace)
    test(`the apply sends only the ${k.section} section`, () => {
      const project = ids.get(`smartenroll_project.c${i}`)?.id as string;
      const flow = ids.get(`smartenroll_project_flow.c${i}`)?.id as string | undefined;
      const mine = writes.filter((r) => r.path.includes(project) || (flow !== undefined && r.path.includes(flow)));
      expect(mine.length).toBeGreaterThan(0);
      const keep = new Set(META.has(k.section) ? [k.section] : []);
      expect([...new Set(mine.flatMap((r) => sectionsOf(r, keep)))]).toEqual([k.section]);
      const leaf = camel(k.path);
      if (typeof k.value !== "object" || k.value === null) {
        const sent = mine.map((r) => {
          const b = r.body as Record<string, unknown>;
          const inner = k.part === "flow" && b.projectFlow ? b.projectFlow : k.part === "branding" ? b.branding : b;
          return getPath(inner, leaf);
        });
        expect(sent).toContain(k.value);
      }
    });

  test("the next plan is empty for it", () => {
    const c = after.get(address);
    expect(c?.actions).toEqual(["no-op"]);
  });
});

test("no other resource changes in the plan after the apply", () => {
  const pending = [...after.values()].filter((c) => !(c.actions.length === 1 && c.actions[0] === "no-op"));
  expect(pending.map((c) => `${c.address} ${c.actions.join("+")} ${c.changed.join(",")}`)).toEqual([]);
});
