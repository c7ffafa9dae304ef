import { Token } from "cdktf";
import type { ProjectConfig } from "../../lib/project";
import type { ProjectBrandingConfig } from "../../lib/project-branding";
import type { ProjectFlowConfig, ProjectFlowDocuments } from "../../lib/project-flow";
import { KYC_PROJECT_FLOW_PROPS, KYC_PROJECT_L1_NAMES, KYC_PROJECT_RESOURCE_PROPS } from "../../lib/constructs/kyc-project-props";
import { withActiveDefault } from "./document-defaults";
import type { KycProjectProps } from "./kyc-project-props";

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/**
 * A prop's value as the L1 bindings take it: keys renamed where the binding names the setting otherwise (the
 * generated `KYC_PROJECT_L1_NAMES`, by prop path); tokens and plain values as they are.
 */
function l1Value(value: unknown, path: readonly string[]): unknown {
  if (Token.isUnresolved(value)) return value;
  if (Array.isArray(value)) return value.map((v) => l1Value(v, path));
  if (!isPlain(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [KYC_PROJECT_L1_NAMES[[...path, k].join(".")] ?? k, l1Value(v, [...path, k])]));
}

/** The props `keys` as the L1 bindings take them (typed as the props: the bindings differ only in the names renamed). */
function pick<T extends object, K extends keyof T & string>(props: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, l1Value(props[k], [k])])) as Pick<T, K>;
}

/** The `smartenroll_project` settings of the props: every prop the generated list names, as the L1 `Project` takes it. */
export const projectConfig = (props: KycProjectProps): ProjectConfig => pick(props, KYC_PROJECT_RESOURCE_PROPS);

/**
 * The flow's sections of the props, as the L1 `ProjectFlow` takes them: each section the generated list names
 * (document categories accepted unless `active` says not).
 */
export const flowSectionsConfig = (props: KycProjectProps): Pick<ProjectFlowConfig, (typeof KYC_PROJECT_FLOW_PROPS)[number]> =>
  pick({ ...props, documents: withActiveDefault(props.documents) as ProjectFlowDocuments | undefined }, KYC_PROJECT_FLOW_PROPS);

/** The branding settings of the props, as the L1 `ProjectBranding` takes them. */
export const brandingConfig = (props: KycProjectProps) => l1Value(props.branding, ["branding"]) as Omit<ProjectBrandingConfig, "projectId"> | undefined;
