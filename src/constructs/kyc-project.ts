import { Construct } from "constructs";
import { Annotations, type ITerraformDependable, type TerraformProvider, type TerraformResource } from "cdktf";
import { Project } from "../../lib/project";
import { ProjectBranding } from "../../lib/project-branding";
import { ProjectFlow } from "../../lib/project-flow";
import type { Webhook } from "../../lib/webhook";
import { DataSmartenrollProject } from "../../lib/data-smartenroll-project";
import { FLOW_DEFAULTS } from "../model";
import type { KycProjectProps } from "./kyc-project-props";
import { kycWebhook } from "./kyc-webhook";
import { brandingConfig, flowSectionsConfig, projectConfig } from "./l1-config";
import { reportErrorsAtSynth } from "./synth-errors";
import { kycProjectWarnings, validateKycProjectProps } from "./validate-kyc-project-props";

const IS_KYC_PROJECT = Symbol.for("smartenroll/IKycProject");

/** `resource` as a `dependsOn` entry: its address as text, without the token (and stack trace) cdktf's `fqn` makes. */
const dependencyOn = (resource: TerraformResource): ITerraformDependable => ({
  get fqn() {
    return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
  },
});

/** A SmartEnroll KYC project, either defined in this app (`KycProject`) or referenced by id. */
export interface IKycProject {
  /**
   * The project's id.
   * @attribute
   */
  readonly projectId: string;
}

/** Ids of hand-made objects that `KycProject.importFrom` adopts. */
export interface KycProjectImport {
  /** Id of the existing project. */
  readonly projectId: string;
  /** Id of the project's existing onboarding flow (listed in the project's `projectFlows`). */
  readonly flowId: string;
  /**
   * Id of the existing webhook to adopt as the one the `webhook` prop creates.
   * @default - the webhook, if any, is created
   */
  readonly webhookId?: string;
}

/** A reference to a project that this app does not manage. */
class ImportedKycProject extends Construct implements IKycProject {
  readonly [IS_KYC_PROJECT] = true;
  constructor(
    scope: Construct,
    id: string,
    readonly projectId: string,
  ) {
    super(scope, id);
  }
}

/** A reference to a project found by name with the `smartenroll_project` data source. */
class LookedUpKycProject extends Construct implements IKycProject {
  readonly [IS_KYC_PROJECT] = true;
  readonly projectId: string;
  constructor(scope: Construct, id: string, name: string, provider?: TerraformProvider) {
    super(scope, id);
    this.projectId = new DataSmartenrollProject(this, "Lookup", { name, provider }).id;
  }
}

/**
 * A SmartEnroll KYC project with its flow (steps 2–5), branding (step 6) and lifecycle status.
 *
 * Creates a `smartenroll_project` (child id `Resource`), a `smartenroll_project_flow` (`Flow`), a
 * `smartenroll_project_branding` (`Branding`), and when `webhook` is an object, a `smartenroll_webhook` (`Webhook`)
 * that the flow references. The whole project is declared: every setting left out is planned at its default, so a
 * change made by hand shows in the next plan and deploy puts it back; the construct never sets what the props do not
 * say (a step is on only when `steps` says so). The flow depends on everything else, so an apply from nothing to
 * `active` sends the activation call last. Props are validated at synth time with the same model the provider and
 * the API use.
 */
export class KycProject extends Construct implements IKycProject {
  /** True when `x` is an IKycProject, even one made by another copy of this library. */
  static isKycProject(x: unknown): x is IKycProject {
    return typeof x === "object" && x !== null && IS_KYC_PROJECT in x;
  }

  /** References an existing project by id, without managing it. */
  static fromProjectId(scope: Construct, id: string, projectId: string): IKycProject {
    return new ImportedKycProject(scope, id, projectId);
  }

  /** References an existing project by its (unique) name, looked up with the `smartenroll_project` data source. */
  static fromProjectName(scope: Construct, id: string, name: string, provider?: TerraformProvider): IKycProject {
    return new LookedUpKycProject(scope, id, name, provider);
  }

  readonly [IS_KYC_PROJECT] = true;
  /** The `smartenroll_project` resource (step 1). */
  readonly project: Project;
  /** The `smartenroll_project_flow` resource (steps 2–5 and the lifecycle). */
  readonly flow: ProjectFlow;
  /** The `smartenroll_project_branding` resource (step 6): `branding`, or the default branding. */
  readonly branding: ProjectBranding;
  /** The `smartenroll_webhook` resource, when `webhook` asks for a new one. */
  readonly webhook?: Webhook;
  /**
   * The id of the flow's webhook (new or existing), when it has one.
   * @attribute
   */
  readonly webhookId?: string;
  /**
   * The project's id, assigned by the API.
   * @attribute
   */
  readonly projectId: string;
  /**
   * The lifecycle status the flow applied (`draft`, `active` or `paused`). Read from the flow, which activates the
   * project, rather than from the project, whose state is recorded before the activation.
   * @attribute
   */
  get status(): string {
    return this.flow.status;
  }
  /**
   * The id of the project's onboarding flow, assigned by the API.
   * @attribute
   */
  get flowId(): string {
    return this.flow.id;
  }

  constructor(scope: Construct, id: string, props: KycProjectProps) {
    super(scope, id);
    reportErrorsAtSynth(this, () => validateKycProjectProps(props));
    for (const warning of kycProjectWarnings(props)) Annotations.of(this).addWarning(warning);

    this.project = new Project(this, "Resource", projectConfig(props));

    // One reference token for all uses: cdktf records a full stack trace with every token it makes.
    this.projectId = this.project.id;
    this.branding = new ProjectBranding(this, "Branding", { projectId: this.projectId, ...brandingConfig(props) });

    const { webhook, webhookId } = kycWebhook(this, props);
    const sections = flowSectionsConfig(props);
    this.flow = new ProjectFlow(this, "Flow", {
      projectId: this.projectId,
      type: FLOW_DEFAULTS.type,
      target: props.target,
      status: props.status ?? FLOW_DEFAULTS.status,
      ...sections,
      integrations: sections.integrations || webhookId ? { ...sections.integrations, webhookId } : undefined,
      dependsOn: [dependencyOn(this.branding)],
    });

    this.webhook = webhook;
    this.webhookId = webhookId;
  }

  /**
   * Adopts a project made outside Terraform (for example by hand in the SmartEnroll UI): the next
   * `cdktf plan`/`deploy` imports it, its flow and its branding into state, then applies the props as an update
   * (settings the props leave out go to their defaults).
   */
  importFrom(ids: KycProjectImport): void {
    this.project.importFrom(ids.projectId);
    this.flow.importFrom(`${ids.projectId}/${ids.flowId}`);
    this.branding.importFrom(ids.projectId);
    if (ids.webhookId) this.webhook?.importFrom(ids.webhookId);
  }
}
