import { z } from "zod";
import { FLOW_SECTIONS, flowSectionsShape, flowTopShape, type FlowConfigInput, type FlowSections } from "./flow";
import { fieldDefaults } from "./meta";
import { projectCreateInput } from "./project";

/**
 * Server defaults of a flow's sections (api-contract.md §13), applied on create and when a key is cleared
 * with null: read from each field's `default` in the model.
 */
export const FLOW_SECTION_DEFAULTS = Object.fromEntries(FLOW_SECTIONS.map((s) => [s, fieldDefaults(flowSectionsShape[s])])) as {
  readonly [S in keyof FlowSections]: Readonly<FlowSections[S]>;
};

type Defaulted = "target" | "type" | "status" | "version";

/** Flow top-level defaults (`target`, `type`, `status`, `version`), read from the model. */
export const FLOW_DEFAULTS = fieldDefaults(z.object(flowTopShape)) as { readonly [K in Defaulted]: NonNullable<FlowConfigInput[K]> };

/** Project defaults filled by the server on create (§13), read from the model. */
export const PROJECT_DEFAULTS = fieldDefaults(projectCreateInput) as Readonly<Record<string, unknown>> & {
  readonly status: string;
  readonly target: string;
  readonly defaultLanguage: string;
};

/** The `version` the server stamps on project documents (a response-only field). */
export const PROJECT_DOC_VERSION = 2;
