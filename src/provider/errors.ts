import { AbortedError, ApiError, ConflictError, NotFoundError, ValidationError } from "../client";
import { endpointErrorDetail } from "./error-hints";
import { Attribute, AttributePath, Diagnostics } from "../plugin";
import type { ConnectionFacts } from "./provider-data";
import { pathFromModel } from "./schemas/from-model";

type Attrs = Readonly<Record<string, Attribute>>;

/** True when `path` names an attribute of `attributes` (list indexes step into list elements). */
export function hasAttribute(attributes: Attrs, path: AttributePath): boolean {
  let attrs: Attrs | undefined = attributes;
  let current: Attribute | undefined;
  for (const step of path.steps) {
    if ("listIndex" in step) {
      if (!current || (current.kind !== "list_nested" && current.kind !== "list")) return false;
      continue;
    }
    if (!("attr" in step) || !attrs) return false;
    current = attrs[step.attr];
    if (!current) return false;
    attrs = "attributes" in current ? current.attributes : undefined;
  }
  return current !== undefined;
}

/** An API `details[].field` (`projectFlow.documents.documentTypes.1.country`) as an attribute path, after removing `prefix`. */
export function pathFromApiField(field: string, prefix?: string, attributes?: Attrs): AttributePath {
  let parts = field.split(".").filter((p) => p !== "");
  if (prefix && parts[0] === prefix) parts = parts.slice(1);
  return pathFromModel(parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), attributes);
}

/** Where an API error's diagnostics point and what they quote. */
export interface ApiErrorContext {
  /** The provider's connection (endpoint, token source), quoted by hints about the endpoint or the credentials. */
  readonly connection: ConnectionFacts | undefined;
  /** The resource's attributes: 409/422 details land on the attribute they name. */
  readonly attributes?: Attrs;
  /** The API field prefix of a nested body (`projectFlow`, `branding`), removed from details' paths. */
  readonly fieldPrefix?: string;
}

/**
 * Turns a failed API call into diagnostics. 409/422 answers go on the attributes their `details` name
 * (camelCase paths become attribute paths, `fieldPrefix` removed), each naming the attribute and quoting the
 * API's own words; failures of the connection, endpoint or credentials get a hint quoting `connection`; other
 * failures get a summary and the API's message. Never includes request headers.
 */
export function addApiError(diags: Diagnostics, err: unknown, summary: string, opts: ApiErrorContext): void {
  if (!(err instanceof ApiError)) {
    diags.addError(summary, err instanceof Error ? err.message : String(err));
    return;
  }
  if (err instanceof AbortedError) {
    diags.addError(summary, `The operation was cancelled: ${err.message}`);
    return;
  }
  const endpointDetail = endpointErrorDetail(err, opts.connection);
  if (endpointDetail) {
    diags.addError(summary, endpointDetail);
    return;
  }
  if ((err instanceof ValidationError || err instanceof ConflictError) && err.details.length && opts.attributes) {
    for (const d of err.details) {
      const path = pathFromApiField(d.field, opts.fieldPrefix, opts.attributes);
      const known = !path.isEmpty() && hasAttribute(opts.attributes, path);
      const detail = `The API refused ${known ? path.toString() : d.field}: ${d.message}\n\nThe API answered: ${err.message}`;
      if (known) diags.addAttributeError(path, summary, detail);
      else diags.addError(summary, detail);
    }
    return;
  }
  diags.addError(summary, err.message);
}

/** True for the API's 404 with its NotFound body: the only proof that an object is gone. */
export function isNotFound(err: unknown): boolean {
  return err instanceof NotFoundError;
}

/** True for a 409 Conflict (state conflicts such as deleting an active project). */
export function isConflict(err: unknown): boolean {
  return err instanceof ConflictError;
}
