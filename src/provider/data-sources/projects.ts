import type { ProjectListFilters } from "../../client";
import { PROJECT_STATUSES, TARGETS } from "../../model";
import type {
  DataSourceReadRequest,
  DataSourceReadResponse,
  Schema,
  ValidateConfigRequest,
  ValidateConfigResponse,
} from "../../plugin";
import { AttributePath, types } from "../../plugin";
import { addApiError } from "../errors";
import { statusOf, text } from "../resources/typed-value";
import { SmartEnrollDataSource } from "./base";
import { computedOnly } from "../schemas/computed";
import { projectSchema } from "../schemas/project";
import { PROJECT_LIVE_ATTRIBUTES, projectLiveView } from "../schemas/project-live";

/** `data "smartenroll_projects"`: every project matching the filters. */
export class ProjectsDataSource extends SmartEnrollDataSource {
  protected readonly typeSuffix = "projects";

  schema(): Schema {
    return {
      description: "Lists SmartEnroll projects, optionally filtered by name, status and target.",
      attributes: {
        name_contains: { kind: "string", optional: true, description: "Only projects whose name contains this text (case-insensitive)." },
        status: { kind: "string", optional: true, description: `Only projects with this status: ${PROJECT_STATUSES.map((s) => `\`${s}\``).join(", ")}.` },
        target: { kind: "string", optional: true, description: `Only projects with this target: ${TARGETS.map((s) => `\`${s}\``).join(", ")}.` },
        ids: { kind: "list", elementType: types.string, computed: true, description: "Ids of the matching projects." },
        projects: { kind: "list_nested", computed: true, description: "The matching projects.", attributes: { ...computedOnly(projectSchema().attributes), ...PROJECT_LIVE_ATTRIBUTES } },
      },
    };
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const check = (name: string, allowed: readonly string[]) => {
      const v = req.config[name];
      if (typeof v === "string" && !allowed.includes(v))
        resp.diagnostics.addAttributeError(AttributePath.root(name), "Invalid Attribute Value", `${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, but "${v}" was provided`);
    };
    check("status", PROJECT_STATUSES);
    check("target", TARGETS);
  }

  async read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { name_contains, status, target } = req.config;
    const filters: ProjectListFilters = {};
    if (typeof name_contains === "string" && name_contains !== "") filters.like_name = name_contains;
    const wanted = statusOf(status);
    if (wanted) filters.where_status = wanted;
    if (target === "personal" || target === "business") filters.where_target = target;
    try {
      const projects = [];
      for await (const p of client.projects.listAll(filters, { signal: req.signal })) projects.push(projectLiveView(p));
      projects.sort((a, b) => text(a.name).localeCompare(text(b.name)) || text(a.id).localeCompare(text(b.id)));
      resp.state = { ...req.config, ids: projects.map((p) => p.id), projects };
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Listing Projects", { connection: this.connection });
    }
  }
}
