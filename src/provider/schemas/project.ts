import { projectCreateInput } from "../../model";
import { requiresReplace, Schema, useStateForUnknown } from "../../plugin";
import { ApiAttribute, attributesFromModel } from "./from-model";
import { keepPrior } from "./keep-prior";
import { UNSET_IS_DEFAULT } from "./planned-default";

const keep = [useStateForUnknown()];

/** Attributes of `smartenroll_project` (architecture.md, step 1: basic setup), built once per process. */
export function projectSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  const fromModel = attributesFromModel(projectCreateInput, {
    omit: ["status", "currentStep", "lastStep", "demoMode", "demoOTP", "branding", "projectFlowType", "projectFlow"],
    computedOnly: ["identifier"],
    tweak: {
      target: { planModifiers: [requiresReplace()] },
      // unset plans null, and the API's "" reads back as null: no default to plan
      "data_protection.address2": { computed: false, default: undefined, planModifiers: undefined },
      identifier: { description: "Slug identifying the project, set by the API (null until assigned).", planModifiers: [keepPrior()] },
    },
  });
  return {
    description:
      "A SmartEnroll KYC project: name, countries, contact and legal URLs, and the data protection contact (wizard step 1). Its lifecycle status lives on `smartenroll_project_flow.status` (which activates and pauses it); the `smartenroll_project` data source reads the live status. " +
      UNSET_IS_DEFAULT,
    attributes: {
      id: { kind: "string", computed: true, description: "Id of the project (24 hexadecimal characters), assigned by the API.", planModifiers: keep },
      ...fromModel,
      created_at: apiOnly("createdAt", "Creation time (RFC 3339), set by the API.", keep),
    },
  };
}

/** A computed string attribute the API returns under `apiName` though the model has no such input field. */
function apiOnly(apiName: string, description: string, planModifiers?: typeof keep): ApiAttribute {
  return { kind: "string", computed: true, description, planModifiers, apiName };
}
