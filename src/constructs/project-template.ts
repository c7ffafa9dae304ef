import { Construct } from "constructs";
import { Token } from "cdktf";
import { KycProject } from "./kyc-project";
import type { KycProjectProps } from "./kyc-project-props";
import { reportErrorsAtSynth } from "./synth-errors";

/** Any part of KycProjectProps may be left out; lists are given whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Per-project settings laid over a template: objects merge key by key, lists and values replace. */
export type KycProjectOverrides = DeepPartial<KycProjectProps>;

/** A template for many similar projects, e.g. one per region. */
export interface ProjectTemplateProps {
  /** Settings every project of the template starts from. */
  readonly template: KycProjectOverrides;
  /**
   * Projects to create now, keyed by construct id, each with its overrides (typically `name` and `allowedCountries`).
   * @default - none; add them with `addProject`
   */
  readonly projects?: Record<string, KycProjectOverrides>;
}

/**
 * Merges `over` into `base`: plain objects merge recursively, anything else (lists, scalars, tokens) in `over`
 * replaces what `base` has; `undefined` leaves `base` as it is. The same rule as the API's partial update.
 */
export function mergeProps<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (over === undefined) return base;
  const isPlain = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v) && !Token.isUnresolved(v);
  if (!isPlain(base) || !isPlain(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = mergeProps(base[k], v);
  return out as T;
}

/**
 * The seed's template-based deployment: many KycProjects (for example one per region) built from one template,
 * each with its own overrides. Each project is a `KycProject` child whose id is its key; project names must be
 * unique, which synth checks across the template.
 */
export class ProjectTemplate extends Construct {
  private readonly template: KycProjectOverrides;
  private readonly byId = new Map<string, KycProject>();

  constructor(scope: Construct, id: string, props: ProjectTemplateProps) {
    super(scope, id);
    this.template = props.template;
    for (const [key, overrides] of Object.entries(props.projects ?? {})) this.addProject(key, overrides);
    reportErrorsAtSynth(this, () => this.duplicateNames());
  }

  /** The projects created so far, by id. */
  get projects(): Readonly<Record<string, KycProject>> {
    return Object.fromEntries(this.byId);
  }

  /** Creates one more project from the template with `overrides` laid over it. */
  addProject(id: string, overrides: KycProjectOverrides = {}): KycProject {
    const project = new KycProject(this, id, mergeProps(this.template, overrides) as KycProjectProps);
    this.byId.set(id, project);
    return project;
  }

  private duplicateNames(): string[] {
    const seen = new Map<string, string>();
    const errors: string[] = [];
    for (const [id, project] of this.byId) {
      const name = project.project.nameInput;
      if (typeof name !== "string" || Token.isUnresolved(name)) continue;
      const first = seen.get(name);
      if (first) errors.push(`projects.${id}.name must be unique within the template, but "${name}" is also used by projects.${first}`);
      else seen.set(name, id);
    }
    return errors;
  }
}
