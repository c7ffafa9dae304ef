import { FLOW_DEFAULTS, FLOW_SECTION_DEFAULTS, FLOW_SECTIONS, FLOW_TOP_FIELDS, type FlowConfigInput, type FlowSections } from "../model";
import { newObjectId } from "./ids";
import { mergePatch } from "./merge";

type TopField = (typeof FLOW_TOP_FIELDS)[number];
type Defaulted = keyof typeof FLOW_DEFAULTS;

/**
 * A stored flow document (v3 shape), derived from the model: its top-level fields (those with a server default
 * always present), every section with its defaults filled in, and the fields the server keeps.
 */
export type FlowDoc = { [K in Exclude<TopField, Defaulted>]?: NonNullable<FlowConfigInput[K]> } & { -readonly [K in Defaulted]: (typeof FLOW_DEFAULTS)[K] } & FlowSections & {
  _id: string;
  project: string;
  /** URL of the linked webhook, kept in step with it (the response-only `webhookUrl` mirror). */
  webhookUrl?: string;
  createdAt: string;
  updatedAt: string;
};

/** A parsed flow patch (F4 body, or `projectFlow` of a project body). */
export type FlowPatch = { readonly [K in keyof FlowConfigInput]?: unknown };

const TOP_DEFAULTS: Readonly<Partial<Record<TopField, unknown>>> = FLOW_DEFAULTS;

/** Applies a parsed flow patch to a flow (or to the defaults for a new one) and normalises server-added fields. */
export function applyFlowPatch(flow: FlowDoc, patch: FlowPatch): FlowDoc {
  const out: Record<string, unknown> = { ...flow };
  for (const k of FLOW_TOP_FIELDS) {
    const v = patch[k];
    if (v === undefined) continue;
    if (v === null) {
      if (k in TOP_DEFAULTS) out[k] = TOP_DEFAULTS[k];
      else delete out[k];
    } else out[k] = v;
  }
  for (const s of FLOW_SECTIONS) out[s] = mergePatch(out[s], patch[s], FLOW_SECTION_DEFAULTS[s]);
  const next = out as FlowDoc;
  for (const row of next.documents.documentTypes ?? []) for (const c of row.configurations ?? []) c.documentTemplates ??= [];
  return next;
}

/** A new flow with every server default (§13). */
export function newFlow(project: string, now: string): FlowDoc {
  return { _id: newObjectId(), project, ...FLOW_DEFAULTS, ...structuredClone(FLOW_SECTION_DEFAULTS as FlowSections), createdAt: now, updatedAt: now };
}
