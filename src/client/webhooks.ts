import type { WebhookCreateInput, WebhookUpdateInput } from "../model";
import { documentOf, everyItem, pageOf } from "./envelope";
import type { CallOptions, QueryValue, Transport } from "./transport";
import type { Page } from "./types";
import { createdSince } from "./lost-create";
import { createRecovering, deleteOnce } from "./write-attempts";

/** A webhook as the v2 API returns it (api-contract.md §10). */
export interface Webhook {
  _id: string;
  name?: string;
  url?: string;
  isActive?: boolean;
  description?: string;
  notification?: { success?: boolean; fail?: boolean; email?: string; [key: string]: unknown };
  /** Ids of the flows whose `integrations.webhook` is this webhook. */
  projectFlow?: string[];
  client?: string;
  [key: string]: unknown;
}

/** `GET /v2/webhooks` query (GitBook names): `page`, `perPage`, `like_name`, `where_url`. */
export interface WebhookListQuery {
  page?: number;
  perPage?: number;
  like_name?: string;
  where_url?: string;
}

const path = (id: string) => `/v2/webhooks/${encodeURIComponent(id)}`;

/** `/v2/webhooks`: create, get, list, update, delete. Counted in the projects rate-limit category. */
export class WebhooksApi {
  constructor(
    private readonly http: Transport,
    private readonly maxCreateAttempts: number,
  ) {}

  /**
   * `POST /v2/webhooks`. A lost answer is never replayed blindly: the one webhook with the same URL and name created
   * since this request started is adopted; without exactly one, the create is sent again.
   */
  async create(body: WebhookCreateInput, opts: CallOptions = {}): Promise<Webhook> {
    const started = Date.now();
    const post = async () => documentOf<Webhook>(await this.http.send("POST", "/v2/webhooks", { body, signal: opts.signal }));
    return createRecovering(post, () => this.lostCreate(body, started, opts), this.maxCreateAttempts);
  }

  /** The webhook a create with a lost answer made, if exactly one fits (see {@link create}). */
  private async lostCreate(body: WebhookCreateInput, started: number, opts: CallOptions): Promise<Webhook | undefined> {
    const fresh: Webhook[] = [];
    for await (const w of this.listAll({ where_url: body.url }, opts)) if (w.name === body.name && createdSince(w.createdAt, started)) fresh.push(w);
    return fresh.length === 1 ? fresh[0] : undefined;
  }

  /** `GET /v2/webhooks/{id}`; NotFoundError when it does not exist (or belongs to another user). */
  async get(id: string, opts: CallOptions = {}): Promise<Webhook> {
    return documentOf<Webhook>(await this.http.send("GET", path(id), opts), id);
  }

  /** One page of `GET /v2/webhooks`. */
  async list(query: WebhookListQuery = {}, opts: CallOptions = {}): Promise<Page<Webhook>> {
    const res = await this.http.send("GET", "/v2/webhooks", { query: { ...query } as Record<string, QueryValue>, signal: opts.signal });
    return pageOf<Webhook>(res, { page: query.page ?? 1, limit: query.perPage ?? 20 });
  }

  /** Every webhook matching the filters, page by page (100 per page). */
  async *listAll(filters: Omit<WebhookListQuery, "page" | "perPage"> = {}, opts: CallOptions = {}): AsyncGenerator<Webhook> {
    yield* everyItem((page) => this.list({ ...filters, page, perPage: 100 }, opts));
  }

  /** `PUT /v2/webhooks/{id}`: a partial update (`isActive` included, api-contract.md §15 Q20). */
  async update(id: string, body: WebhookUpdateInput, opts: CallOptions = {}): Promise<Webhook> {
    return documentOf<Webhook>(await this.http.send("PUT", path(id), { body, signal: opts.signal }), id);
  }

  /** `DELETE /v2/webhooks/{id}`; a 404 after a possibly-applied earlier attempt counts as deleted. */
  async delete(id: string, opts: CallOptions = {}): Promise<Webhook> {
    return deleteOnce(async () => documentOf<Webhook>(await this.http.send("DELETE", path(id), opts), id), { _id: id });
  }
}
