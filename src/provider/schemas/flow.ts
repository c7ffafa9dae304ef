import { flowConfigInput, FLOW_DEFAULTS } from "../../model";
import { requiresReplace, Schema, useStateForUnknown } from "../../plugin";
import { attributesFromModel } from "./from-model";
import { UNSET_IS_DEFAULT } from "./planned-default";

/** Attributes of `smartenroll_project_flow` (architecture.md, steps 2–5 and the lifecycle), built once per process. */
export function flowSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  const fromModel = attributesFromModel(flowConfigInput, {
    omit: ["name", "description", "emailTemplates", "emailTemplateDesign"],
    computedOnly: ["version"],
    rename: { "integrations.webhook": "webhook_id" },
    tweak: {
      status: {
        description:
          `Lifecycle of the flow and its project: \`draft\`, \`active\` or \`paused\`. When unset, planned as \`${FLOW_DEFAULTS.status}\`. \`active\` requires \`integrations.redirect_url\` and fully configured mandatory steps; the change is applied after the configuration.`,
      },
      version: { description: "Flow schema version reported by the API (`3` for v3 flows).", planModifiers: [useStateForUnknown()] },
      "integrations.webhook": {
        description:
          "Id of a `smartenroll_webhook` that receives this flow's onboarding events, or null for none (planned when unset). The flow owns the link: setting, changing or removing this attaches, moves or detaches the webhook (the API field `integrations.webhook`).",
      },
    },
  });
  return {
    description:
      "The onboarding flow of a SmartEnroll project (wizard steps 2 to 5) and the project's lifecycle: setting `status` to `active` activates the project once the flow is configured; destroying an active flow pauses it first. " +
      UNSET_IS_DEFAULT,
    attributes: {
      id: { kind: "string", computed: true, description: "Id of the project flow, assigned by the API.", planModifiers: [useStateForUnknown()] },
      project_id: { kind: "string", required: true, description: "Id of the project this flow belongs to. Changing it replaces the flow.", planModifiers: [requiresReplace()] },
      ...fromModel,
    },
  };
}
