import { findFlow, type SmartEnrollClient } from "../../client";
import type { Diagnostics, ObjectValue } from "../../plugin";
import { addApiError, type ApiErrorContext } from "../errors";
import { flowState, statusBody } from "../normalize/flow";
import { FlowModel } from "./flow-model";

/** Where a flow write stands: its project, its id once known, the plan, and the status the server last reported. */
export interface FlowWrite {
  client: SmartEnrollClient;
  projectId: string;
  flowId: string | undefined;
  plan: ObjectValue;
  knownStatus: unknown;
  diags: Diagnostics;
  signal: AbortSignal;
  /** Summary of a failed status change. */
  statusSummary: string;
  /** Where the flow's API errors point, and the connection they quote. */
  errors: ApiErrorContext;
}

/**
 * After the configuration is applied: sends the status change when the server's status differs from
 * the planned one (the seed's activation call, always last), then reads the flow back. Failures return
 * the state reached so far (read from the API), so nothing is orphaned.
 */
export async function converge(w: FlowWrite): Promise<ObjectValue | null> {
  const planned = FlowModel.fromValue(w.plan);
  const desired = planned.status;
  let sent = false;
  let failed = false;
  const setStatus = async (status: string) => {
    sent = true;
    await w.client.projects.update(w.projectId, statusBody(status, planned.target, planned.type), { signal: w.signal });
  };
  try {
    if (desired && w.knownStatus !== desired) await setStatus(desired);
  } catch (e) {
    failed = true;
    addApiError(w.diags, e, w.statusSummary, w.errors);
  }
  try {
    let state = await readBack(w, planned);
    if (state && !failed && !sent && desired && state.status !== desired) {
      await setStatus(desired);
      state = await readBack(w, planned);
    }
    return state;
  } catch (e) {
    addApiError(w.diags, e, failed ? "Error Reading Project Flow" : w.statusSummary, w.errors);
    return w.flowId ? { ...w.plan, id: w.flowId } : null;
  }
}

/** The flow's state read from its project: by id when known, else by the planned target and type. */
async function readBack(w: FlowWrite, planned: FlowModel): Promise<ObjectValue | null> {
  const project = await w.client.projects.read(w.projectId, { signal: w.signal });
  const slot = { target: planned.target, type: planned.type };
  const flow = findFlow(project, w.flowId ? { id: w.flowId } : slot) ?? findFlow(project, slot);
  if (!flow) {
    w.diags.addError("Project Flow Not Found After Write", `The API accepted the flow configuration for project ${w.projectId} but the project shows no matching flow.`);
    return null;
  }
  return flowState(project, flow, w.plan);
}
