import type { Project, SmartEnrollClient } from "../../client";
import type { ObjectValue, Schema } from "../../plugin";
import { ByIdOrNameDataSource } from "./by-id-or-name";
import { computedOnly } from "../schemas/computed";
import { projectSchema } from "../schemas/project";
import { PROJECT_LIVE_ATTRIBUTES, projectLiveView } from "../schemas/project-live";

/** `data "smartenroll_project"`: one project, by `id` or by exact `name`. */
export class ProjectDataSource extends ByIdOrNameDataSource<Project> {
  protected readonly typeSuffix = "project";
  protected readonly noun = "Project";

  schema(): Schema {
    return {
      description: "Looks up one SmartEnroll project by `id` or by exact `name`.",
      attributes: this.lookupAttributes({ ...computedOnly(projectSchema().attributes), ...PROJECT_LIVE_ATTRIBUTES }),
    };
  }

  protected get(client: SmartEnrollClient, id: string, signal: AbortSignal): Promise<Project> {
    return client.projects.read(id, { signal });
  }

  protected listLike(client: SmartEnrollClient, name: string, signal: AbortSignal): AsyncIterable<Project> {
    return client.projects.listAll({ like_name: name }, { signal });
  }

  protected state(project: Project): ObjectValue {
    return projectLiveView(project);
  }
}
