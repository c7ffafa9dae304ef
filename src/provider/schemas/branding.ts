import { brandingInput } from "../../model";
import { Attribute, requiresReplace, Schema, useStateForUnknown } from "../../plugin";
import { schemaFromModel } from "./describe";

const color = (): Attribute => ({ kind: "string", optional: true, computed: true });

/** Attributes of `smartenroll_project_branding` (architecture.md, step 6), built once per process. */
export function brandingSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  return schemaFromModel(
    "The look of a project's onboarding pages (wizard step 6). Attributes left out keep the values the API holds; destroying the resource restores the API's default branding.",
    {
      id: { kind: "string", computed: true, description: "Same as `project_id`.", planModifiers: [useStateForUnknown()] },
      project_id: { kind: "string", required: true, description: "Id of the project whose branding this is. Changing it replaces the resource.", planModifiers: [requiresReplace()] },
      background_color: color(),
      button_color: color(),
      button_text_color: color(),
      title_color: color(),
      text_color: color(),
      image_background_color: color(),
      logo: color(),
      image: color(),
    },
    brandingInput,
  );
}
