import type { z } from "zod";
import { documentsInput, flowConfigInput, integrationsInput, livenessInput, signUpFormInput, stepsInput } from "./flow";
import { fieldDefaults } from "./meta";
import { projectCreateInput } from "./project";

type Section<S extends z.ZodType> = { readonly [K in keyof z.output<S>]-?: NonNullable<z.output<S>[K]> };

/**
 * Server defaults of a flow's sections (api-contract.md §13), applied on create and when a key is cleared
 * with null: read from each field's `default` in the model.
 */
export const FLOW_SECTION_DEFAULTS = {
  signUpForm: fieldDefaults(signUpFormInput) as Section<typeof signUpFormInput>,
  documents: fieldDefaults(documentsInput) as Section<typeof documentsInput>,
  liveness: fieldDefaults(livenessInput) as Section<typeof livenessInput>,
  steps: fieldDefaults(stepsInput) as Section<typeof stepsInput>,
  integrations: fieldDefaults(integrationsInput) as Section<typeof integrationsInput>,
};

/** Names of the flow's configurable sections. */
export const FLOW_SECTIONS = ["signUpForm", "steps", "documents", "liveness", "integrations"] as const;
export type FlowSection = (typeof FLOW_SECTIONS)[number];

const flowTop = fieldDefaults(flowConfigInput);
for (const s of FLOW_SECTIONS) delete flowTop[s];

/** Flow top-level defaults (`target`, `type`, `status`, `version`). */
export const FLOW_DEFAULTS = flowTop as { readonly target: string; readonly type: string; readonly status: string; readonly version: number };

/** Project defaults filled by the server on create (§13), read from the model. */
export const PROJECT_DEFAULTS = fieldDefaults(projectCreateInput) as Readonly<Record<string, unknown>> & {
  readonly status: string;
  readonly target: string;
  readonly defaultLanguage: string;
};

/** The `version` the server stamps on project documents (a response-only field). */
export const PROJECT_DOC_VERSION = 2;
