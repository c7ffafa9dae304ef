import type { ModuleConfigJson, PlanJson, ResourceChangeJson } from "./plan-json";
import { stateResources } from "./plan-json";

/** What a change does to one resource, in the words a reviewer uses. */
export type ChangeAction = "create" | "update" | "replace" | "destroy" | "import" | "no-op";

/** The three parts of a KYC project, and webhooks. */
export type ResourceKind = "project" | "flow" | "branding" | "webhook";

/** One resource's change inside a project group. */
export interface ResourceEntry {
  address: string;
  kind: ResourceKind;
  action: ChangeAction;
  /** Imported by this plan (and possibly updated too). */
  importing: boolean;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  afterUnknown?: Record<string, unknown>;
}

/** A KYC project (by name and id) with its flow, branding and other resources' changes grouped under it. */
export interface ProjectGroup {
  name: string | null;
  id: string | null;
  /** The `smartenroll_project` resource address, when this configuration manages the project. */
  address: string | null;
  entries: ResourceEntry[];
}

const KINDS: Record<string, ResourceKind> = {
  smartenroll_project: "project",
  smartenroll_project_flow: "flow",
  smartenroll_project_branding: "branding",
  smartenroll_webhook: "webhook",
};

/** The reviewer's action for Terraform's `actions` list. */
export function actionOf(rc: ResourceChangeJson): ChangeAction {
  const a = rc.change.actions.join(",");
  if (a === "create") return "create";
  if (a === "delete") return "destroy";
  if (a === "delete,create" || a === "create,delete") return "replace";
  if (a === "update") return rc.change.importing ? "import" : "update";
  return rc.change.importing ? "import" : "no-op";
}

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
const noIndex = (address: string) => address.replace(/\[[^\]]*\]/g, "");

/** `address of a flow/branding config` → `address of the project it references` (modules included). */
function projectReferences(mod: ModuleConfigJson | undefined, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const r of mod?.resources ?? []) {
    const refs = ((r.expressions?.project_id as { references?: string[] } | undefined)?.references ?? []).map(noIndex);
    const project = refs.find((x) => /^smartenroll_project\.[^.]+$/.test(x)) ?? refs.find((x) => /^smartenroll_project\.[^.]+\.id$/.test(x))?.replace(/\.id$/, "");
    if (project) out.set(prefix + r.address, prefix + project);
  }
  for (const [name, call] of Object.entries(mod?.module_calls ?? {})) projectReferences(call.module, `${prefix}module.${name}.`, out);
  return out;
}

/** Groups the SmartEnroll resource changes of `changes` by KYC project (no-op changes only help naming). */
export function groupByProject(plan: PlanJson, changes: ResourceChangeJson[]): ProjectGroup[] {
  const refs = projectReferences(plan.configuration?.root_module);
  const groups = new Map<string, ProjectGroup>();
  const byId = new Map<string, string>();
  const known = [...(plan.resource_changes ?? []), ...changes];
  for (const r of stateResources(plan.prior_state?.values?.root_module)) {
    if (r.type !== "smartenroll_project") continue;
    const id = str(r.values.id);
    groups.set(noIndex(r.address), { name: str(r.values.name), id, address: r.address, entries: [] });
    if (id) byId.set(id, noIndex(r.address));
  }
  for (const rc of known) {
    if (rc.mode !== "managed" || rc.type !== "smartenroll_project") continue;
    const v = rc.change.after ?? rc.change.before ?? {};
    const key = noIndex(rc.address);
    const g = groups.get(key) ?? { name: null, id: null, address: rc.address, entries: [] };
    g.name = str(v.name) ?? g.name;
    g.id = str(rc.change.before?.id) ?? str(rc.change.after?.id) ?? g.id;
    groups.set(key, g);
    if (g.id) byId.set(g.id, key);
  }
  for (const rc of changes) {
    const kind = rc.mode === "managed" ? KINDS[rc.type] : undefined;
    if (!kind) continue;
    const action = actionOf(rc);
    if (action === "no-op") continue;
    const entry: ResourceEntry = { address: rc.address, kind, action, importing: !!rc.change.importing, before: rc.change.before, after: rc.change.after };
    if (rc.change.after_unknown) entry.afterUnknown = rc.change.after_unknown;
    groupFor(rc, kind, refs, byId, groups).entries.push(entry);
  }
  return [...groups.values()].filter((g) => g.entries.length > 0);
}

function groupFor(rc: ResourceChangeJson, kind: ResourceKind, refs: Map<string, string>, byId: Map<string, string>, groups: Map<string, ProjectGroup>): ProjectGroup {
  const v = rc.change.before ?? rc.change.after ?? {};
  let key: string | undefined;
  if (kind === "project") key = noIndex(rc.address);
  else if (kind === "webhook") key = `webhook:${rc.address}`;
  else key = refs.get(noIndex(rc.address)) ?? byId.get(str(v.project_id) ?? "") ?? `id:${str(v.project_id) ?? rc.address}`;
  let g = groups.get(key);
  if (!g) {
    const id = kind === "webhook" ? str(v.id) : str(v.project_id);
    g = { name: kind === "webhook" ? `webhook ${str((rc.change.after ?? rc.change.before)?.name) ?? rc.address}` : null, id, address: null, entries: [] };
    groups.set(key, g);
  }
  return g;
}
