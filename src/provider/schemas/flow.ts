import { flowConfigInput } from "../../model";
import { Attribute, requiresReplace, Schema, stringDefault, types, useStateForUnknown } from "../../plugin";
import { schemaFromModel } from "./describe";

const oc = { optional: true, computed: true } as const;
const str = (): Attribute => ({ kind: "string", ...oc });
const bool = (): Attribute => ({ kind: "bool", ...oc });
const num = (): Attribute => ({ kind: "number", ...oc });

/** Attributes of `smartenroll_project_flow` (architecture.md, steps 2–5 and the lifecycle), built once per process. */
export function flowSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  return schemaFromModel(
    "The onboarding flow of a SmartEnroll project (wizard steps 2 to 5) and the project's lifecycle: setting `status` to `active` activates the project once the flow is configured; destroying an active flow pauses it first. Sections left out of the configuration keep the values the API holds.",
    {
      id: { kind: "string", computed: true, description: "Id of the project flow, assigned by the API.", planModifiers: [useStateForUnknown()] },
      project_id: { kind: "string", required: true, description: "Id of the project this flow belongs to. Changing it replaces the flow.", planModifiers: [requiresReplace()] },
      type: { kind: "string", ...oc, default: stringDefault("onboarding") },
      target: { kind: "string", ...oc, default: stringDefault("personal") },
      status: {
        kind: "string",
        ...oc,
        default: stringDefault("draft"),
        description:
          "Lifecycle of the flow and its project: `draft`, `active` or `paused`. Default `draft`. `active` requires `integrations.redirect_url` and fully configured mandatory steps; the change is applied after the configuration.",
      },
      version: { kind: "number", computed: true, description: "Flow schema version reported by the API (`3` for v3 flows).", planModifiers: [useStateForUnknown()] },
      sign_up_form: {
        kind: "single_nested",
        ...oc,
        attributes: {
          full_name: bool(),
          full_name_style: str(),
          email: bool(),
          email_gateway: str(),
          phone: bool(),
          phone_gateway: str(),
          country_code: { kind: "string", optional: true },
          allow_additional_fields: bool(),
          additional_fields: {
            kind: "list_nested",
            ...oc,
            attributes: {
              name: { kind: "string", optional: true, description: "Field name (key in the submitted data)." },
              label: { kind: "string", optional: true, description: "Label shown to the enrollee." },
              type: { kind: "string", optional: true, description: "Input type, e.g. `text`." },
              required: { kind: "bool", optional: true, description: "Whether the enrollee must fill it in." },
            },
          },
          show_privacy_notice: bool(),
          show_terms_and_conditions: bool(),
        },
      },
      steps: { kind: "single_nested", ...oc, attributes: { document: str(), liveness: str() } },
      documents: {
        kind: "single_nested",
        ...oc,
        attributes: {
          attempt_limit: num(),
          verification_methods: { kind: "list", elementType: types.string, ...oc },
          document_types: {
            kind: "list_nested",
            ...oc,
            attributes: {
              country: { kind: "string", required: true },
              configurations: {
                kind: "list_nested",
                required: true,
                attributes: {
                  active: { kind: "bool", required: true },
                  document_category: { kind: "string", required: true },
                  document_templates: {
                    kind: "list_nested",
                    ...oc,
                    attributes: {
                      prompt_template: { kind: "string", required: true, description: "Id of an approved prompt template." },
                      required: { kind: "string", optional: true, description: "`mandatory` or `optional`." },
                    },
                  },
                },
              },
            },
          },
          screening: bool(),
          information_verification: bool(),
          criminal_history_verification: bool(),
        },
      },
      liveness: { kind: "single_nested", ...oc, attributes: { attempt_limit: num(), min_score: num(), search_min_score: num(), search_mode: str() } },
      integrations: {
        kind: "single_nested",
        ...oc,
        attributes: {
          redirect_url: str(),
          webhook: { kind: "string", optional: true },
          source: str(),
          strategy: str(),
          api_url: str(),
          api_test_type: str(),
          api_test_value: str(),
        },
      },
    },
    flowConfigInput,
  );
}
