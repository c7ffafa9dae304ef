import { documentOf, everyItem, pageOf } from "./envelope";
import { UnprovenCreateError, type AmbiguousWriteError } from "./errors";
import { createdSince, namedExactly, projectMatchesBody } from "./lost-create";
import { ProjectReadCache, type ReadCacheOptions } from "./read-cache";
import type { CallOptions, QueryValue, Transport } from "./transport";
import type { Page, Project, ProjectCreateInput, ProjectListFilters, ProjectUpdateInput } from "./types";
import { createRecovering, deleteOnce } from "./write-attempts";

/** Answer of `DELETE /v3/projects/{id}`. */
export interface DeletedProject {
  _id: string;
  name?: string;
  status?: string;
}

/** `GET /v3/projects` query: filters plus `page` (from 1) and `limit` (1–100). */
export type ProjectListQuery = ProjectListFilters & { page?: number; limit?: number };

function listQuery(q: ProjectListQuery): Record<string, QueryValue> {
  return { ...q } as Record<string, QueryValue>;
}

/** `/v3/projects`: create, get, list, update, delete, plus the cached `read` used by refresh. */
export class ProjectsApi {
  private readonly cache: ProjectReadCache;

  constructor(
    private readonly http: Transport,
    private readonly maxCreateAttempts: number,
    cacheOptions: ReadCacheOptions = {},
  ) {
    this.cache = new ProjectReadCache(
      {
        getOne: (id, signal) => this.get(id, { signal }),
        getPage: (page, limit, signal) => this.list({ page, limit }, { signal }),
      },
      cacheOptions,
    );
  }

  /**
   * `POST /v3/projects`. A lost answer is never replayed blindly: the project is looked up by name first, and
   * adopted only when it was created since this request started and holds every field sent; when no project has the
   * name, the create is sent again; when some do but none provably is this one, {@link UnprovenCreateError}.
   */
  async create(body: ProjectCreateInput, opts: CallOptions = {}): Promise<Project> {
    const started = Date.now();
    const post = async () => documentOf<Project>(await this.http.send("POST", "/v3/projects", { body, signal: opts.signal }));
    const project = await createRecovering(post, (err) => this.lostCreate(body, started, err, opts), this.maxCreateAttempts);
    if (project?._id) this.cache.invalidate(project._id);
    return project;
  }

  /** The project a create with a lost answer made, undefined when none has its name (see {@link create}). */
  private async lostCreate(body: ProjectCreateInput, started: number, err: AmbiguousWriteError, opts: CallOptions): Promise<Project | undefined> {
    const same = await namedExactly(this.listAll({ like_name: body.name }, opts), body.name);
    const ours = same.filter((p) => createdSince(p.createdAt, started) && projectMatchesBody(p, body));
    if (ours.length === 1) return ours[0];
    if (same.length === 0) return undefined;
    throw new UnprovenCreateError({ cause: err, what: "project", name: body.name, candidates: same.map((p) => p._id) });
  }

  /** `GET /v3/projects/{id}` (flows populated, v3 branding keys). */
  async get(id: string, opts: CallOptions = {}): Promise<Project> {
    const res = await this.http.send("GET", `/v3/projects/${encodeURIComponent(id)}`, opts);
    return documentOf<Project>(res, id);
  }

  /**
   * The project as refresh needs it, served from a per-process cache that batches many reads into one
   * paged listing. List-served projects have no `demoOTP`. Throws NotFoundError when it does not exist.
   */
  read(id: string, opts: CallOptions = {}): Promise<Project> {
    return this.cache.read(id, opts.signal);
  }

  /** Drops a project from the read cache (done automatically by this module's writes). */
  invalidate(id: string): void {
    this.cache.invalidate(id);
  }

  /** Drops the project embedding a flow from the read cache (done automatically by the flows module). */
  invalidateFlow(flowId: string, projectId?: string): void {
    if (projectId) this.cache.invalidate(projectId);
    this.cache.invalidateFlow(flowId);
  }

  /** One page of `GET /v3/projects`. */
  async list(query: ProjectListQuery = {}, opts: CallOptions = {}): Promise<Page<Project>> {
    const res = await this.http.send("GET", "/v3/projects", { query: listQuery(query), signal: opts.signal });
    return pageOf<Project>(res, { page: query.page ?? 1, limit: query.limit ?? 10 });
  }

  /** Every project matching the filters, page by page (100 per page). */
  async *listAll(filters: ProjectListFilters = {}, opts: CallOptions = {}): AsyncGenerator<Project> {
    yield* everyItem((page) => this.list({ ...filters, page, limit: 100 }, opts));
  }

  /**
   * `PUT /v3/projects/{id}`: a partial update; send only what changes. The answer carries legacy
   * branding keys and `projectFlows` as an id string, so re-read with `get`/`read` to build state.
   */
  async update(id: string, body: ProjectUpdateInput, opts: CallOptions = {}): Promise<Project> {
    this.cache.invalidate(id);
    try {
      const res = await this.http.send("PUT", `/v3/projects/${encodeURIComponent(id)}`, { body, signal: opts.signal });
      return documentOf<Project>(res, id);
    } finally {
      this.cache.invalidate(id);
    }
  }

  /**
   * `DELETE /v3/projects/{id}` (cascades to flows). A 404 after a retried attempt that may have
   * succeeded counts as deleted; otherwise NotFoundError is thrown.
   */
  async delete(id: string, opts: CallOptions = {}): Promise<DeletedProject> {
    this.cache.invalidate(id);
    try {
      const send = async () => documentOf<DeletedProject>(await this.http.send("DELETE", `/v3/projects/${encodeURIComponent(id)}`, opts), id);
      return await deleteOnce(send, { _id: id, status: "deleted" });
    } finally {
      this.cache.invalidate(id);
    }
  }
}
