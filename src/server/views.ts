import { brandingLegacyView, brandingV3View, FLOW_SECTIONS, FLOW_TOP_FIELDS } from "../model";
import type { FlowDoc } from "./flow-doc";
import { STORED_PROJECT_FIELDS, type ProjectDoc } from "./project-doc";

type Json = Record<string, unknown>;

const PROJECT_KEYS = ["_id", ...STORED_PROJECT_FIELDS, "branding"] as const;

/** Top-level flow fields a view shows only with `name`, as direct creates and the flow pages do. */
const NAMED_ONLY = new Set<string>(["name", "description"]);

/** A flow as the API returns it: the model's fields and sections plus the top-level `redirectUrl`/`webhookUrl` mirrors. */
export function flowView(f: FlowDoc, opts: { project?: boolean; name?: boolean; timestamps?: boolean } = {}): Json {
  const out: Json = { _id: f._id };
  if (opts.project !== false) out.project = f.project;
  for (const k of FLOW_TOP_FIELDS) if (f[k] !== undefined && (opts.name !== false || !NAMED_ONLY.has(k))) out[k] = f[k];
  out.redirectUrl = f.integrations.redirectUrl ?? "";
  out.webhookUrl = f.webhookUrl ?? "";
  for (const s of FLOW_SECTIONS) out[s] = f[s];
  if (opts.timestamps !== false) {
    out.createdAt = f.createdAt;
    out.updatedAt = f.updatedAt;
  }
  return out;
}

/** F2 list item: a summary without configuration sections. */
export function flowSummary(f: FlowDoc): Json {
  const out: Json = { _id: f._id, project: f.project, type: f.type, target: f.target, status: f.status, version: f.version };
  if (f.name !== undefined) out.name = f.name;
  out.createdAt = f.createdAt;
  out.updatedAt = f.updatedAt;
  return out;
}

function base(p: ProjectDoc): Json {
  const out: Json = {};
  for (const k of PROJECT_KEYS) out[k] = p[k];
  return out;
}

/** Create/update response (§12): legacy branding keys, `projectFlows` as one id string or null, plaintext `demoOTP`. */
export function projectWriteView(p: ProjectDoc, flowId: string | null): Json {
  return { ...base(p), branding: brandingLegacyView(p.branding), projectFlows: flowId, version: p.version, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

/** GET/list response: v3 branding, populated `projectFlows`; `demoOTP` null on GET and absent on list (Q13). */
export function projectReadView(p: ProjectDoc, flows: FlowDoc[], mode: "get" | "list"): Json {
  const out = { ...base(p), branding: brandingV3View(p.branding) } as Json;
  if (mode === "get") out.demoOTP = null;
  else delete out.demoOTP;
  out.projectFlows = flows.map((f) => flowView(f, { project: false, name: false, timestamps: mode === "get" }));
  out.version = p.version;
  out.createdAt = p.createdAt;
  out.updatedAt = p.updatedAt;
  return out;
}
