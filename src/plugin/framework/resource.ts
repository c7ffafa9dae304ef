import type { Awaitable } from "./awaitable";
import type { AttributePath } from "./path";
import type { ConfigureRequest, ConfigureResponse, RequestBase, ResponseBase, ValidateConfigRequest, ValidateConfigResponse } from "./requests";
import type { Schema } from "./schema";
import type { ObjectValue } from "./values";

/** Input of a resource's or data source's `metadata`. */
export interface MetadataRequest {
  /** The provider's type name, to prefix the resource type ("example" → "example_thing"). */
  readonly providerTypeName: string;
}

/** A resource's or data source's name. */
export interface TypeMetadata {
  /** The full type name used in configurations ("example_thing"). */
  readonly typeName: string;
}

/**
 * PlanResourceChange input for `modifyPlan`, after the framework applied defaults, computed-unknowns and
 * attribute plan modifiers. On destroy (Terraform ≥ 1.3 with plan_destroy) `config` and `plan` are null.
 */
export interface ModifyPlanRequest extends RequestBase {
  readonly config: ObjectValue | null;
  /** Prior state; null on create. */
  readonly state: ObjectValue | null;
  readonly plan: ObjectValue | null;
}

/** PlanResourceChange output of `modifyPlan`. */
export interface ModifyPlanResponse extends ResponseBase {
  /** Starts as the framework's plan. Non-computed attributes must keep their config values. */
  plan: ObjectValue | null;
  /** Attributes whose change replaces the resource (appended to those found by plan modifiers). */
  readonly requiresReplace: AttributePath[];
}

export interface CreateRequest extends RequestBase {
  readonly config: ObjectValue;
  /** The planned state: unknown values are the computed attributes to fill in. */
  readonly plan: ObjectValue;
}

export interface CreateResponse extends ResponseBase {
  /**
   * Starts as a copy of the plan. Fill in every unknown; the framework rejects a state left with unknowns.
   * On failure: leave it untouched (or set null) if nothing was created; once a remote object exists set its
   * state here (at least the id) so Terraform keeps tracking it (marked tainted). Unknowns left on failure become null.
   */
  state: ObjectValue | null;
}

export interface ReadRequest extends RequestBase {
  /** The stored state (after any upgrade). */
  readonly state: ObjectValue;
}

export interface ReadResponse extends ResponseBase {
  /** Starts as the prior state. Setting null (or calling removeResource) means the object is gone. */
  state: ObjectValue | null;
  /** The remote object no longer exists: Terraform drops it from state and plans to create it again. */
  removeResource(): void;
}

export interface UpdateRequest extends RequestBase {
  readonly config: ObjectValue;
  readonly plan: ObjectValue;
  /** The prior state. */
  readonly state: ObjectValue;
}

export interface UpdateResponse extends ResponseBase {
  /**
   * Starts as a copy of the plan. On failure: leave it untouched when nothing changed remotely (the prior
   * state is kept), otherwise set the state reached so far; unknowns left on failure take their prior values.
   */
  state: ObjectValue | null;
}

export interface DeleteRequest extends RequestBase {
  readonly state: ObjectValue;
}

/** The framework removes the state when delete reports no error; on error the prior state stays. */
export type DeleteResponse = ResponseBase;

export interface ImportStateRequest extends RequestBase {
  /** The id the practitioner gave (`terraform import ADDR ID` or an `import {}` block). */
  readonly id: string;
}

export interface ImportStateResponse extends ResponseBase {
  /** Starts with every attribute null; set enough (usually the id) for `read` to fetch the rest. */
  state: ObjectValue;
}

export interface UpgradeStateRequest extends RequestBase {
  /** The schema version the stored state was written with (lower than the current one). */
  readonly version: number;
  /** The stored JSON state, parsed without losing number precision (numbers are NumberValue). */
  readonly rawState: ObjectValue;
}

export interface UpgradeStateResponse extends ResponseBase {
  /** Must be set to a value matching the current schema (missing attributes become null). */
  state: ObjectValue | null;
}

/**
 * A managed resource. Required methods: metadata, schema, create, read, update, delete. The framework
 * enforces the protocol's rules around them (plans conform to config, computed attributes become unknown,
 * no unknown after apply, state removed after delete).
 */
export interface Resource {
  metadata(req: MetadataRequest): TypeMetadata;
  schema(): Schema;
  /** Receives the provider's data; called before every operation except config validation. */
  configure?(req: ConfigureRequest, resp: ConfigureResponse): Awaitable<void>;
  /** Checks across attributes beyond per-attribute validators; values may be unknown. */
  validateConfig?(req: ValidateConfigRequest, resp: ValidateConfigResponse): Awaitable<void>;
  /** Last say on the plan (and on destroy plans). */
  modifyPlan?(req: ModifyPlanRequest, resp: ModifyPlanResponse): Awaitable<void>;
  create(req: CreateRequest, resp: CreateResponse): Awaitable<void>;
  read(req: ReadRequest, resp: ReadResponse): Awaitable<void>;
  update(req: UpdateRequest, resp: UpdateResponse): Awaitable<void>;
  delete(req: DeleteRequest, resp: DeleteResponse): Awaitable<void>;
  /** Enables `terraform import` and `import {}` blocks. */
  importState?(req: ImportStateRequest, resp: ImportStateResponse): Awaitable<void>;
  /**
   * Converts state written under an older schema version. Without it, older state is read as if the current
   * schema wrote it (attributes it no longer has are dropped, new ones start null).
   */
  upgradeState?(req: UpgradeStateRequest, resp: UpgradeStateResponse): Awaitable<void>;
  /**
   * Fills values the provider records itself (computed bookkeeping) into stored state of any version, after
   * `upgradeState`, on every UpgradeResourceState. Terraform runs that after ConfigureProvider and keeps its answer
   * as the previous run's state, so a value filled here never shows as "changed outside of Terraform" at the
   * refresh that follows. Leave values the API owns to `read`.
   */
  completeState?(state: ObjectValue): void;
}

/** `importState` that copies the import id into one attribute (usually "id"). */
export function importStatePassthroughId(attribute = "id"): NonNullable<Resource["importState"]> {
  return (req, resp) => {
    resp.state[attribute] = req.id;
  };
}
