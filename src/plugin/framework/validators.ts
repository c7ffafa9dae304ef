import type { Diagnostics } from "./diagnostics";
import type { AttributePath } from "./path";
import { isKnownValue, ObjectValue, Value } from "./values";

/** What a validator sees: the attribute's config value and the whole config. */
export interface ValidateAttributeRequest {
  readonly path: AttributePath;
  /** The config value; may be null or unknown. */
  readonly value: Value;
  /** The whole configuration object (for rules across attributes). */
  readonly config: ObjectValue;
}

/** Where a validator reports. */
export interface ValidateAttributeResponse {
  readonly diagnostics: Diagnostics;
}

/**
 * A check of a config value, run by the framework at ValidateResourceConfig / ValidateDataResourceConfig /
 * ValidateProviderConfig. It is called for null and unknown values too; most validators skip them
 * (use {@link knownValueValidator}).
 */
export interface Validator {
  /** One plain sentence for the docs ("value must be one of: a, b"). */
  readonly description: string;
  readonly markdownDescription?: string;
  validate(req: ValidateAttributeRequest, resp: ValidateAttributeResponse): void;
}

/** A validator that runs `check` only on known, non-null values. */
export function knownValueValidator(
  description: string,
  check: (value: Exclude<Value, null>, path: AttributePath, diagnostics: Diagnostics, config: ObjectValue) => void,
): Validator {
  return {
    description,
    validate(req, resp) {
      if (isKnownValue(req.value)) check(req.value as Exclude<Value, null>, req.path, resp.diagnostics, req.config);
    },
  };
}
