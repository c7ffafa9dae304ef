import type { Db } from "./db";
import type { FlowDoc } from "./flow-doc";
import { pageOf } from "./paged-query";

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
