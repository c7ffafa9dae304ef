import { documentOf, pageOf } from "./envelope";
import { NetworkError, ServerError, UnrecognizedResponseError } from "./errors";
import { findFlow, projectFlows } from "./project-flows";
import type { ProjectsApi } from "./projects";
import type { CallOptions, Transport } from "./transport";
import type { FlowCreateInput, FlowListFilters, FlowUpdateInput, Page, Project, ProjectFlow, ProjectUpdateInput } from "./types";
import { createRecovering, deleteOnce } from "./write-attempts";

/** True for a failure after which a write may have been applied: a 5xx or a dropped connection. */
const mayHaveApplied = (e: unknown) => e instanceof ServerError || e instanceof NetworkError || (e instanceof UnrecognizedResponseError && e.status >= 500);

/** `GET /v3/project-flows` query: filters plus `page` and `perPage`. */
export type FlowListQuery = FlowListFilters & { page?: number; perPage?: number };

/** `/v3/project-flows`: create, get, list, update, delete. Writes invalidate the parent project's cached read. */
export class FlowsApi {
  constructor(
    private readonly http: Transport,
    private readonly projects: ProjectsApi,
    private readonly maxCreateAttempts: number,
  ) {}

  /** `POST /v3/project-flows`. A lost answer is never replayed blindly: it is an {@link AmbiguousWriteError}. */
  async create(body: FlowCreateInput, opts: CallOptions = {}): Promise<ProjectFlow> {
    this.projects.invalidate(body.project);
    try {
      const post = async () => documentOf<ProjectFlow>(await this.http.send("POST", "/v3/project-flows", { body, signal: opts.signal }));
      return await createRecovering(post, undefined, this.maxCreateAttempts);
    } finally {
      this.projects.invalidate(body.project);
    }
  }

  /**
   * Creates a flow through its project's upsert (`PUT /v3/projects/{id}` with `projectFlow`), for a project with no
   * flow yet in the body's place (its target and type: the API keeps one flow per place). When the answer is lost (a
   * 5xx or a dropped connection once the retries are spent), the project is read: a flow now in that place can only
   * be the one this request made, so it is answered; otherwise the error is thrown.
   */
  async createInProject(projectId: string, body: ProjectUpdateInput, opts: CallOptions = {}): Promise<{ project: Project; flowId?: string }> {
    try {
      const project = await this.projects.update(projectId, body, opts);
      return { project, flowId: projectFlows(project)[0]?._id };
    } catch (e) {
      if (!mayHaveApplied(e)) throw e;
      const project = await this.projects.get(projectId, opts).catch(() => undefined);
      const made = project && findFlow(project, { target: body.projectFlow?.target ?? undefined, type: body.projectFlow?.type ?? undefined });
      if (!made) throw e;
      return { project: project!, flowId: made._id };
    }
  }

  /** `GET /v3/project-flows/{id}`. */
  async get(id: string, opts: CallOptions = {}): Promise<ProjectFlow> {
    const res = await this.http.send("GET", `/v3/project-flows/${encodeURIComponent(id)}`, opts);
    return documentOf<ProjectFlow>(res, id);
  }

  /**
   * The flow as refresh needs it: taken from the parent project's cached read (populated `projectFlows`,
   * no `name`, no timestamps when list-served), so refreshing flows adds no requests of its own. Falls back
   * to `get` when the project does not embed it. NotFoundError when the project or the flow is gone.
   */
  async read(id: string, opts: CallOptions & { projectId: string }): Promise<ProjectFlow> {
    const project = await this.projects.read(opts.projectId, opts);
    const embedded = Array.isArray(project.projectFlows) ? project.projectFlows.find((f) => f && f._id === id) : undefined;
    if (embedded) return { ...embedded, project: opts.projectId };
    return this.get(id, opts);
  }

  /** One page of `GET /v3/project-flows` (summaries, no configuration sections). */
  async list(query: FlowListQuery = {}, opts: CallOptions = {}): Promise<Page<ProjectFlow>> {
    const res = await this.http.send("GET", "/v3/project-flows", { query: { ...query }, signal: opts.signal });
    return pageOf<ProjectFlow>(res, { page: query.page ?? 1, limit: query.perPage ?? 20 });
  }

  /** `PUT /v3/project-flows/{id}`: a partial update, validated by the server against the merged flow. */
  async update(id: string, body: FlowUpdateInput, opts: CallOptions & { projectId?: string } = {}): Promise<ProjectFlow> {
    this.projects.invalidateFlow(id, opts.projectId);
    try {
      const res = await this.http.send("PUT", `/v3/project-flows/${encodeURIComponent(id)}`, { body, signal: opts.signal });
      return documentOf<ProjectFlow>(res, id);
    } finally {
      this.projects.invalidateFlow(id, opts.projectId);
    }
  }

  /** `DELETE /v3/project-flows/{id}`; a 404 after a possibly-applied earlier attempt counts as deleted. */
  async delete(id: string, opts: CallOptions & { projectId?: string } = {}): Promise<ProjectFlow> {
    this.projects.invalidateFlow(id, opts.projectId);
    try {
      const send = async () => documentOf<ProjectFlow>(await this.http.send("DELETE", `/v3/project-flows/${encodeURIComponent(id)}`, opts), id);
      return await deleteOnce(send, { _id: id, status: "deleted" });
    } finally {
      this.projects.invalidateFlow(id, opts.projectId);
    }
  }
}
