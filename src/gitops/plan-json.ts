/** The parts of `terraform show -json` (plans and state) that review and drift read. */

/** One resource instance's change in a plan (`resource_changes[]` or `resource_drift[]`). */
export interface ResourceChangeJson {
  address: string;
  module_address?: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  index?: string | number;
  change: {
    actions: string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    after_unknown?: Record<string, unknown>;
    replace_paths?: unknown[][];
    importing?: { id?: string } | null;
  };
}

/** A module's configuration: resource expressions and nested module calls. */
export interface ModuleConfigJson {
  resources?: { address: string; expressions?: Record<string, unknown> }[];
  module_calls?: Record<string, { module?: ModuleConfigJson }>;
}

/** A resource instance in a state or a plan's prior state. */
export interface StateResourceJson {
  address: string;
  mode: string;
  type: string;
  name: string;
  values: Record<string, unknown>;
}

/** A module of a state (`values.root_module`). */
export interface StateModuleJson {
  resources?: StateResourceJson[];
  child_modules?: StateModuleJson[];
}

/** `terraform show -json PLANFILE`. */
export interface PlanJson {
  format_version: string;
  resource_changes?: ResourceChangeJson[];
  resource_drift?: ResourceChangeJson[];
  prior_state?: { values?: { root_module?: StateModuleJson } };
  configuration?: { root_module?: ModuleConfigJson };
}

/** Parses `terraform show -json` output of a plan, with a clear error when it is not one. */
export function parsePlanJson(text: string, source: string): PlanJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source} is not JSON (${(e as Error).message}); pass the output of \`terraform show -json PLANFILE\``);
  }
  const plan = json as PlanJson;
  if (typeof json !== "object" || json === null || typeof plan.format_version !== "string" || !("resource_changes" in plan || "planned_values" in plan))
    throw new Error(`${source} is not a Terraform plan in JSON; pass the output of \`terraform show -json PLANFILE\``);
  return plan;
}

/** Every resource of a state module and its children. */
export function stateResources(mod: StateModuleJson | undefined): StateResourceJson[] {
  if (!mod) return [];
  return [...(mod.resources ?? []), ...(mod.child_modules ?? []).flatMap(stateResources)];
}
