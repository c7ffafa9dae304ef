import type { Db } from "./db";
import { containsPattern, NAME_CONTAINS, pageOf } from "./paged-query";
import type { ProjectDoc } from "./project-doc";

export type { ProjectDoc } from "./project-doc";

/** Filters of `GET /v3/projects`. */
export interface ProjectFilter {
  likeName?: string;
  status?: string;
  target?: string;
  inStatus?: string[];
  createdAt?: string;
}

/** Project rows; every query is scoped to one user. */
export class ProjectStore {
  private readonly q;
  constructor(private readonly db: Db) {
    this.q = {
      get: db.prepare<[string, string], { doc: string }>("SELECT doc FROM projects WHERE user = ? AND id = ?"),
      nameTaken: db.prepare<[string, string, string], { id: string }>("SELECT id FROM projects WHERE user = ? AND name = ? AND id <> ?"),
      insert: db.prepare("INSERT INTO projects (id, user, name, status, target, created_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      update: db.prepare("UPDATE projects SET name = ?, status = ?, target = ?, doc = ? WHERE user = ? AND id = ?"),
      delete: db.prepare("DELETE FROM projects WHERE user = ? AND id = ?"),
    };
  }

  get(user: string, id: string): ProjectDoc | undefined {
    const row = this.q.get.get(user, id);
    return row && (JSON.parse(row.doc) as ProjectDoc);
  }

  /** True when another project of `user` already has `name`. */
  nameTaken(user: string, name: string, exceptId = ""): boolean {
    return this.q.nameTaken.get(user, name, exceptId) !== undefined;
  }

  insert(user: string, p: ProjectDoc): void {
    this.q.insert.run(p._id, user, p.name, p.status, p.target, p.createdAt, JSON.stringify(p));
  }

  update(user: string, p: ProjectDoc): void {
    this.q.update.run(p.name, p.status, p.target, JSON.stringify(p), user, p._id);
  }

  delete(user: string, id: string): void {
    this.q.delete.run(user, id);
  }

  /** One page, newest first (§15 Q16), with the total matching count. */
  list(user: string, f: ProjectFilter, page: number, limit: number): { items: ProjectDoc[]; total: number } {
    const where = ["user = ?"];
    const args: unknown[] = [user];
    if (f.likeName !== undefined) where.push(NAME_CONTAINS), args.push(containsPattern(f.likeName));
    if (f.status !== undefined) where.push("status = ?"), args.push(f.status);
    if (f.target !== undefined) where.push("target = ?"), args.push(f.target);
    if (f.inStatus?.length) where.push(`status IN (${f.inStatus.map(() => "?").join(",")})`), args.push(...f.inStatus);
    if (f.createdAt !== undefined) where.push("created_at = ?"), args.push(f.createdAt);
    return pageOf<ProjectDoc>(this.db, "projects", where, args, page, limit);
  }
}
