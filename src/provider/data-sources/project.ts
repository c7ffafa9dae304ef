import type { Project } from "../../client";
import type {
  DataSourceReadRequest,
  DataSourceReadResponse,
  Schema,
  ValidateConfigRequest,
  ValidateConfigResponse,
} from "../../plugin";
import { AttributePath, isUnknown } from "../../plugin";
import { addApiError } from "../errors";
import { knownText, text } from "../resources/typed-value";
import { SmartEnrollDataSource } from "./base";
import { computedOnly } from "../schemas/computed";
import { projectSchema } from "../schemas/project";
import { PROJECT_LIVE_ATTRIBUTES, projectLiveView } from "../schemas/project-live";

/** `data "smartenroll_project"`: one project, by `id` or by exact `name`. */
export class ProjectDataSource extends SmartEnrollDataSource {
  protected readonly typeSuffix = "project";

  schema(): Schema {
    const attrs = { ...computedOnly(projectSchema().attributes), ...PROJECT_LIVE_ATTRIBUTES };
    return {
      description: "Looks up one SmartEnroll project by `id` or by exact `name`.",
      attributes: {
        ...attrs,
        id: { ...attrs.id, optional: true, computed: true, description: "Id of the project to look up. Set exactly one of `id` and `name`." },
        name: { ...attrs.name, optional: true, computed: true, description: "Exact name of the project to look up. Set exactly one of `id` and `name`." },
      },
    };
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const { id, name } = req.config;
    if (isUnknown(id) || isUnknown(name)) return;
    if ((id === null) === (name === null))
      resp.diagnostics.addAttributeError(AttributePath.root("id"), "Invalid Attribute Combination", "Set exactly one of `id` and `name`.");
  }

  async read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const id = knownText(req.config.id);
    const name = text(req.config.name);
    try {
      let project: Project | undefined;
      if (id !== undefined) project = await client.projects.read(id, { signal: req.signal });
      else {
        const matches: Project[] = [];
        for await (const p of client.projects.listAll({ like_name: name }, { signal: req.signal })) if (p.name === name) matches.push(p);
        if (matches.length !== 1) {
          resp.diagnostics.addAttributeError(
            AttributePath.root("name"),
            matches.length ? "Ambiguous Project Name" : "Project Not Found",
            matches.length ? `${matches.length} projects are named "${name}"; look it up by id instead.` : `No project is named "${name}".`,
          );
          return;
        }
        project = matches[0];
      }
      resp.state = projectLiveView(project);
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Reading Project");
    }
  }
}
