import type { Project } from "../../client";
import type { Attribute, ObjectValue } from "../../plugin";
import { projectState } from "../normalize/project";

/**
 * Attributes the project data sources read live and `smartenroll_project` does not hold, because the flow and
 * branding resources change them through the same endpoint (holding them would show as drift after every apply).
 */
export const PROJECT_LIVE_ATTRIBUTES: Readonly<Record<string, Attribute>> = {
  status: {
    kind: "string",
    computed: true,
    description:
      "Lifecycle status the API reports when this is read: `draft`, `active` or `paused` (set it with `smartenroll_project_flow.status`). Add `depends_on` on the flow to read it after the flow's change in the same apply.",
  },
  updated_at: { kind: "string", computed: true, description: "Time of the project's last change (RFC 3339), set by the API." },
};

/** A data source's view of an API project: the resource's attributes plus the live ones. */
export function projectLiveView(api: Project): ObjectValue {
  return { ...projectState(api), status: api.status ?? null, updated_at: typeof api.updatedAt === "string" ? api.updatedAt : null };
}
