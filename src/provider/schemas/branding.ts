import { brandingV3Shape } from "../../model";
import { requiresReplace, Schema, useStateForUnknown } from "../../plugin";
import { z } from "zod";
import { attributesFromModel } from "./from-model";
import { UNSET_IS_DEFAULT } from "./planned-default";

/** Attributes of `smartenroll_project_branding` (architecture.md, step 6), built once per process. */
export function brandingSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  const fromModel = attributesFromModel(z.object(brandingV3Shape));
  return {
    description:
      `The look of a project's onboarding pages (wizard step 6); destroying the resource restores the API's default branding. ${UNSET_IS_DEFAULT}`,
    attributes: {
      id: { kind: "string", computed: true, description: "Same as `project_id`.", planModifiers: [useStateForUnknown()] },
      project_id: { kind: "string", required: true, description: "Id of the project whose branding this is. Changing it replaces the resource.", planModifiers: [requiresReplace()] },
      ...fromModel,
    },
  };
}
