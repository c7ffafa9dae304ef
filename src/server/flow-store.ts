import { FLOW_DEFAULTS, FLOW_SECTIONS, FLOW_SECTION_DEFAULTS } from "../model";
import type { Db } from "./db";
import { pageOf } from "./paged-query";
import { newObjectId } from "./ids";
import { mergePatch } from "./merge";

/** A stored flow document (v3 shape). */
export interface FlowDoc {
  _id: string;
  project: string;
  type: string;
  target: string;
  status: string;
  version: number;
  name?: string;
  description?: string;
  emailTemplates?: Record<string, unknown>;
  emailTemplateDesign?: string;
  signUpForm: Record<string, unknown>;
  documents: Record<string, unknown>;
  liveness: Record<string, unknown>;
  steps: Record<string, unknown>;
  integrations: Record<string, unknown>;
  /** URL of the linked webhook, kept in step with it (the response-only `webhookUrl` mirror). */
  webhookUrl?: string;
  createdAt: string;
  updatedAt: string;
}

const TOP_KEYS = ["type", "target", "status", "version", "name", "description", "emailTemplates", "emailTemplateDesign"] as const;
const TOP_DEFAULTS: Record<string, unknown> = FLOW_DEFAULTS;

/** Applies a parsed flow patch to a flow (or to the defaults for a new one) and normalises server-added fields. */
export function applyFlowPatch(flow: FlowDoc, patch: Record<string, unknown>): FlowDoc {
  const out = { ...flow } as unknown as Record<string, unknown>;
  for (const k of TOP_KEYS) {
    const v = patch[k];
    if (v === undefined) continue;
    if (v === null) {
      if (k in TOP_DEFAULTS) out[k] = TOP_DEFAULTS[k];
      else delete out[k];
    } else out[k] = v;
  }
  for (const s of FLOW_SECTIONS) out[s] = mergePatch(out[s], patch[s], FLOW_SECTION_DEFAULTS[s]);
  const docs = out.documents as { documentTypes?: { configurations?: Record<string, unknown>[] }[] };
  for (const row of docs.documentTypes ?? []) for (const c of row.configurations ?? []) c.documentTemplates ??= [];
  return out as unknown as FlowDoc;
}

/** A new flow with every server default (§13). */
export function newFlow(project: string, now: string): FlowDoc {
  const sections = structuredClone(FLOW_SECTION_DEFAULTS) as unknown as Pick<FlowDoc, (typeof FLOW_SECTIONS)[number]>;
  return { _id: newObjectId(), project, ...FLOW_DEFAULTS, ...sections, createdAt: now, updatedAt: now };
}

/** Flow rows of one user. */
export class FlowStore {
  private readonly q;
  constructor(private readonly db: Db) {
    this.q = {
      get: db.prepare<[string, string], { doc: string }>("SELECT doc FROM flows WHERE user = ? AND id = ?"),
      byProject: db.prepare<[string, string], { doc: string }>("SELECT doc FROM flows WHERE user = ? AND project = ? ORDER BY created_at, seq"),
      insert: db.prepare("INSERT INTO flows (id, user, project, status, type, target, created_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      update: db.prepare("UPDATE flows SET status = ?, type = ?, target = ?, doc = ? WHERE user = ? AND id = ?"),
      delete: db.prepare("DELETE FROM flows WHERE user = ? AND id = ?"),
      deleteByProject: db.prepare("DELETE FROM flows WHERE user = ? AND project = ?"),
    };
  }

  get(user: string, id: string): FlowDoc | undefined {
    const row = this.q.get.get(user, id);
    return row && (JSON.parse(row.doc) as FlowDoc);
  }

  /** Flows of a project, oldest first. */
  byProject(user: string, project: string): FlowDoc[] {
    return this.q.byProject.all(user, project).map((r) => JSON.parse(r.doc) as FlowDoc);
  }

  /** Flows of several projects, keyed by project id. */
  byProjects(user: string, projects: string[]): Map<string, FlowDoc[]> {
    const map = new Map<string, FlowDoc[]>(projects.map((p) => [p, []]));
    if (!projects.length) return map;
    const rows = this.db
      .prepare<unknown[], { doc: string }>(`SELECT doc FROM flows WHERE user = ? AND project IN (${projects.map(() => "?").join(",")}) ORDER BY created_at, seq`)
      .all(user, ...projects);
    for (const r of rows) {
      const f = JSON.parse(r.doc) as FlowDoc;
      map.get(f.project)?.push(f);
    }
    return map;
  }

  list(user: string, f: { type?: string; status?: string; project?: string }, page: number, perPage: number): { items: FlowDoc[]; total: number } {
    const where = ["user = ?"];
    const args: unknown[] = [user];
    for (const k of ["type", "status", "project"] as const)
      if (f[k] !== undefined) where.push(`${k} = ?`), args.push(f[k]);
    return pageOf<FlowDoc>(this.db, "flows", where, args, page, perPage);
  }

  insert(user: string, f: FlowDoc): void {
    this.q.insert.run(f._id, user, f.project, f.status, f.type, f.target, f.createdAt, JSON.stringify(f));
  }

  update(user: string, f: FlowDoc): void {
    this.q.update.run(f.status, f.type, f.target, JSON.stringify(f), user, f._id);
  }

  delete(user: string, id: string): void {
    this.q.delete.run(user, id);
  }

  deleteByProject(user: string, project: string): void {
    this.q.deleteByProject.run(user, project);
  }
}
