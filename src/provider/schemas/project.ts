import { projectCreateInput } from "../../model";
import { requiresReplace, Schema, stringDefault, types, useStateForUnknown } from "../../plugin";
import { schemaFromModel } from "./describe";
import { keepPrior } from "./keep-prior";

const keep = [useStateForUnknown()];

/** Attributes of `smartenroll_project` (architecture.md, step 1: basic setup), built once per process. */
export function projectSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  return schemaFromModel(
    "A SmartEnroll KYC project: name, countries, contact and legal URLs, and the data protection contact (wizard step 1). Its lifecycle status lives on `smartenroll_project_flow.status` (which activates and pauses it); the `smartenroll_project` data source reads the live status.",
    {
      id: { kind: "string", computed: true, description: "Id of the project (24 hexadecimal characters), assigned by the API.", planModifiers: keep },
      name: { kind: "string", required: true },
      allowed_countries: { kind: "list", elementType: types.string, required: true },
      contact_email: { kind: "string", required: true },
      privacy_url: { kind: "string", required: true },
      terms_and_conditions_url: { kind: "string", required: true },
      target: { kind: "string", optional: true, computed: true, default: stringDefault("personal"), planModifiers: [requiresReplace()] },
      default_language: { kind: "string", optional: true, computed: true, planModifiers: keep },
      data_protection: {
        kind: "single_nested",
        required: true,
        attributes: {
          name: { kind: "string", required: true },
          email: { kind: "string", required: true },
          address: { kind: "string", required: true },
          address2: { kind: "string", optional: true },
          city: { kind: "string", required: true },
          country: { kind: "string", required: true },
          postal_code: { kind: "string", required: true },
        },
      },
      identifier: { kind: "string", computed: true, description: "Slug identifying the project, set by the API (null until assigned).", planModifiers: [keepPrior()] },
      created_at: { kind: "string", computed: true, description: "Creation time (RFC 3339), set by the API.", planModifiers: keep },
    },
    projectCreateInput,
  );
}
