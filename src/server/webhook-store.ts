import type { Db } from "./db";
import { containsPattern, NAME_CONTAINS, pageOf } from "./paged-query";

/** Delivery counters the emulator keeps on a webhook (the [v2-gen] `statistics` keys). */
export interface WebhookStatistics {
  totalRequests?: number;
  successfulRequests?: number;
  failedRequests?: number;
  lastTriggered?: string;
}

/** A stored webhook document. Linked flows are not stored here: a flow's `integrations.webhook` is the one link. */
export interface WebhookDoc {
  _id: string;
  name: string;
  url: string;
  isActive: boolean;
  description?: string;
  notification: { success: boolean; fail: boolean; email?: string; _id: string };
  statistics: WebhookStatistics;
  createdAt: string;
  updatedAt: string;
}

/** Filters of `GET /v2/webhooks`. */
export interface WebhookFilter {
  likeName?: string;
  url?: string;
  isActive?: boolean;
  projectFlow?: string;
}

const LINKED = "json_extract(doc, '$.integrations.webhook')";

/** Webhook rows; every query is scoped to one user. */
export class WebhookStore {
  private readonly q;
  constructor(private readonly db: Db) {
    this.q = {
      get: db.prepare<[string, string], { doc: string }>("SELECT doc FROM webhooks WHERE user = ? AND id = ?"),
      insert: db.prepare("INSERT INTO webhooks (id, user, name, url, created_at, doc) VALUES (?, ?, ?, ?, ?, ?)"),
      update: db.prepare("UPDATE webhooks SET name = ?, url = ?, doc = ? WHERE user = ? AND id = ?"),
      delete: db.prepare("DELETE FROM webhooks WHERE user = ? AND id = ?"),
      linked: db.prepare<[string, string], { id: string }>(`SELECT id FROM flows WHERE user = ? AND ${LINKED} = ? ORDER BY created_at, seq`),
      owner: db.prepare<[string], { user: string; doc: string }>("SELECT user, doc FROM webhooks WHERE id = ?"),
    };
  }

  get(user: string, id: string): WebhookDoc | undefined {
    const row = this.q.get.get(user, id);
    return row && (JSON.parse(row.doc) as WebhookDoc);
  }

  /** A webhook and its owner, whoever that is (emulator control only). */
  getAnyUser(id: string): { user: string; webhook: WebhookDoc } | undefined {
    const row = this.q.owner.get(id);
    return row && { user: row.user, webhook: JSON.parse(row.doc) as WebhookDoc };
  }

  /** Ids of the user's flows whose `integrations.webhook` is `id`, oldest first. */
  linkedFlows(user: string, id: string): string[] {
    return this.q.linked.all(user, id).map((r) => r.id);
  }

  insert(user: string, w: WebhookDoc): void {
    this.q.insert.run(w._id, user, w.name, w.url, w.createdAt, JSON.stringify(w));
  }

  update(user: string, w: WebhookDoc): void {
    this.q.update.run(w.name, w.url, JSON.stringify(w), user, w._id);
  }

  delete(user: string, id: string): void {
    this.q.delete.run(user, id);
  }

  /** Counts one delivery in the webhook's `statistics` (no-op when it is gone); `updatedAt` is left alone. */
  recordDelivery(user: string, id: string, ok: boolean, time: string): void {
    const w = this.get(user, id);
    if (!w) return;
    const s = w.statistics;
    w.statistics = {
      totalRequests: (s.totalRequests ?? 0) + 1,
      successfulRequests: (s.successfulRequests ?? 0) + (ok ? 1 : 0),
      failedRequests: (s.failedRequests ?? 0) + (ok ? 0 : 1),
      lastTriggered: time,
    };
    this.update(user, w);
  }

  /** One page, newest first, with the total matching count. */
  list(user: string, f: WebhookFilter, page: number, perPage: number): { items: WebhookDoc[]; total: number } {
    const where = ["user = ?"];
    const args: unknown[] = [user];
    if (f.likeName !== undefined) where.push(NAME_CONTAINS), args.push(containsPattern(f.likeName));
    if (f.url !== undefined) where.push("url = ?"), args.push(f.url);
    if (f.isActive !== undefined) where.push("json_extract(doc, '$.isActive') = ?"), args.push(f.isActive ? 1 : 0);
    if (f.projectFlow !== undefined) where.push(`id IN (SELECT ${LINKED} FROM flows WHERE user = ? AND id = ?)`), args.push(user, f.projectFlow);
    return pageOf<WebhookDoc>(this.db, "webhooks", where, args, page, perPage);
  }
}
