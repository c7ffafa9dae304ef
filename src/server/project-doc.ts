import { dataProtectionInput, fieldDefaults, objectFields, PROJECT_DEFAULTS, PROJECT_DOC_VERSION, projectCreateInput } from "../model";
import type { ProjectCreateInput, ProjectUpdateInput, StoredBranding } from "../model";
import { mergePatch } from "./merge";

/** Create-body keys that are not stored on the project document as sent (branding is stored canonically, the flow apart). */
const NOT_STORED = new Set(["branding", "projectFlow", "projectFlowType"]);
/** Stored keys an update does not set generically: `target` never changes after create, `status` follows the lifecycle rules. */
const NOT_PATCHED = new Set(["target", "status", "dataProtection"]);

type StoredKey = Exclude<keyof ProjectCreateInput, "branding" | "projectFlow" | "projectFlowType">;

/** A stored project document: every model field of a project (defaults filled in), plus server-kept fields. */
export type ProjectDoc = { [K in StoredKey]-?: Exclude<ProjectCreateInput[K], undefined> } & {
  _id: string;
  status: string;
  target: string;
  branding: StoredBranding;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** Model fields kept on the project document, in the model's order. */
export const STORED_PROJECT_FIELDS = Object.keys(objectFields(projectCreateInput) ?? {}).filter((k) => !NOT_STORED.has(k)) as StoredKey[];

const DATA_PROTECTION_DEFAULTS = fieldDefaults(dataProtectionInput);
const defaultOf = (k: string) => (PROJECT_DEFAULTS as Record<string, unknown>)[k] ?? null;

/** A new project document from a parsed create body: fields not sent take the model's defaults. */
export function newProjectDoc(v: ProjectCreateInput, extra: Pick<ProjectDoc, "_id" | "branding" | "createdAt" | "updatedAt">): ProjectDoc {
  const doc: Record<string, unknown> = { _id: extra._id };
  for (const k of STORED_PROJECT_FIELDS) doc[k] = v[k] ?? defaultOf(k);
  doc.dataProtection = mergePatch(DATA_PROTECTION_DEFAULTS, v.dataProtection, DATA_PROTECTION_DEFAULTS);
  return { ...doc, branding: extra.branding, version: PROJECT_DOC_VERSION, createdAt: extra.createdAt, updatedAt: extra.updatedAt } as ProjectDoc;
}

/** Applies a parsed update body's plain fields to `next` (§15 Q7: null restores the model's default). */
export function patchProjectDoc(next: ProjectDoc, v: ProjectUpdateInput): void {
  const doc: Record<string, unknown> = next;
  for (const k of STORED_PROJECT_FIELDS) {
    if (NOT_PATCHED.has(k)) continue;
    const val = v[k];
    if (val !== undefined) doc[k] = val === null ? defaultOf(k) : val;
  }
  if (v.dataProtection) next.dataProtection = mergePatch(next.dataProtection, v.dataProtection, DATA_PROTECTION_DEFAULTS) as ProjectDoc["dataProtection"];
}
