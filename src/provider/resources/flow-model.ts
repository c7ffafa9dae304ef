import type { ProjectStatus } from "../../client";
import { FLOW_DEFAULTS } from "../../model";
import type { ObjectValue } from "../../plugin";
import { knownText, statusOf, text } from "./typed-value";

/** The attributes of `smartenroll_project_flow` the resource reads itself; the sections map through the model. */
export interface FlowModel {
  id: string;
  projectId: string;
  /** Undefined while unknown (or not one of the API's statuses). */
  status?: ProjectStatus;
  target: string;
  type: string;
}

/** {@link FlowModel} from and to a Terraform value. */
export const FlowModel = {
  fromValue: (v: ObjectValue): FlowModel => ({
    id: text(v.id),
    projectId: text(v.project_id),
    status: statusOf(v.status),
    target: knownText(v.target) ?? FLOW_DEFAULTS.target,
    type: knownText(v.type) ?? FLOW_DEFAULTS.type,
  }),
  /** Sets the ids (the part of the model an import knows) on `into`. */
  toValue: (m: Pick<FlowModel, "id" | "projectId">, into: ObjectValue): ObjectValue => ({ ...into, id: m.id, project_id: m.projectId }),
};
