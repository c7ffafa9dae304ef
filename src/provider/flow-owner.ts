import { findFlow, type ProjectFlow, type SmartEnrollClient } from "../client";
import { AttributePath, type Diagnostics, type ObjectValue } from "../plugin";
import { flowUpsertBody } from "./normalize/flow";

/** A flow's place in its project: the API keeps one flow per target and type. */
export interface FlowSlot {
  target: string;
  type: string;
}

/** The error for a create whose project already has a flow in that place: it names the flow and how to import it. */
export function addFlowTaken(diags: Diagnostics, projectId: string, existing: ProjectFlow, slot: FlowSlot): void {
  diags.addAttributeError(
    AttributePath.root("project_id"),
    "Project Already Has A Flow",
    `project ${projectId} already has a ${slot.target} ${slot.type} flow (${existing._id}, status "${existing.status ?? "unknown"}"), and the API keeps one flow per target and type: ` +
      `a second smartenroll_project_flow would silently share it and the two would overwrite each other's settings. ` +
      `If this configuration should manage that flow, adopt it with \`terraform import <address> ${projectId}/${existing._id}\` or an \`import {}\` block with id = "${projectId}/${existing._id}"; ` +
      "otherwise remove the duplicate resource. Nothing was changed.",
  );
}

/** Flow creates in progress per project in this process: a second one waits, then sees the first one's flow. */
const creating = new Map<string, Promise<unknown>>();

/**
 * Creates the flow (the client's `flows.createInProject`, which also finds a flow whose create answer was lost)
 * unless the project already has a flow in `slot` (then returns it as `existing`). Creates for one project are
 * serialised in this process, so two resources of one configuration cannot both pass the check.
 */
export async function createOwnFlow(
  client: SmartEnrollClient,
  projectId: string,
  plan: ObjectValue,
  slot: FlowSlot,
  signal: AbortSignal,
): Promise<{ existing: ProjectFlow } | { flowId?: string; status?: unknown }> {
  const before = creating.get(projectId) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(async () => {
    const existing = findFlow(await client.projects.read(projectId, { signal }), slot);
    if (existing) return { existing };
    const { project, flowId } = await client.flows.createInProject(projectId, flowUpsertBody(plan), { signal });
    return { flowId, status: project.status };
  });
  creating.set(projectId, mine);
  try {
    return await mine;
  } finally {
    if (creating.get(projectId) === mine) creating.delete(projectId);
  }
}
