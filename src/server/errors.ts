import { API_NAMING, COUNTRY_NOT_SUPPORTED_MESSAGE, issueMessage, pathString, type ModelIssue } from "../model";

/** Most `details[]` entries an error body lists; past it the body adds `"truncated": true` and `detailsTotal`. */
export const MAX_DETAILS = 50;

/** An error answered with the API's error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: { field: string; message: string }[],
    /** Short envelope (`{message, code}`) as the list/get/delete pages show. */
    readonly short = false,
  ) {
    super(message);
  }

  /** The JSON body of this error. */
  body(): Record<string, unknown> {
    if (this.short) return { message: this.message, code: this.code };
    const b: Record<string, unknown> = { message: this.message, code: this.code, status: this.status, timestamp: new Date().toISOString() };
    if (!this.details) return b;
    b.details = this.details.slice(0, MAX_DETAILS);
    if (this.details.length > MAX_DETAILS) Object.assign(b, { truncated: true, detailsTotal: this.details.length });
    return b;
  }
}

export const notFound = (what: "Project" | "Project flow") => new ApiError(404, "NotFound", `${what} not found`, undefined, true);
export const badRequest = (message = "Invalid request body", details?: ApiError["details"]) => new ApiError(400, "BadRequest", message, details);
export const conflict = (message: string, details?: ApiError["details"]) => new ApiError(409, "Conflict", message, details);
export const forbidden = () => new ApiError(401, "Forbidden", "Access forbidden");

/** The API's message of an issue: the field's own name (`details[].field` holds its path). */
export const apiMessage = (issue: ModelIssue) => issueMessage(issue, API_NAMING);

const toDetails = (issues: ModelIssue[], prefix: (string | number)[]) => issues.map((i) => ({ field: pathString([...prefix, ...i.path]), message: apiMessage(i) }));

/**
 * The API error for model issues: any 400 issue → 400 BadRequest; else any 409 → 409 MissingParameter;
 * else 422 UnprocessableEntity. `details[]` names each failing field (prefixed with `prefix`).
 */
export function issuesError(issues: ModelIssue[], prefix: (string | number)[] = [], flowContext = false): ApiError {
  const pick = (s: number) => issues.filter((i) => i.status === s);
  const bad = pick(400);
  if (bad.length) return badRequest("Invalid request body", toDetails(bad, prefix));
  const format = pick(409);
  if (format.length) {
    const country = format.some((i) => i.path.includes("allowedCountries"));
    return new ApiError(409, "MissingParameter", country ? COUNTRY_NOT_SUPPORTED_MESSAGE : apiMessage(format[0]), toDetails(format, prefix));
  }
  const flowIssue = flowContext || issues.some((i) => [...prefix, ...i.path][0] === "projectFlow");
  return new ApiError(422, "UnprocessableEntity", flowIssue ? "Project flow validation failed" : "Validation failed", toDetails(issues, prefix));
}

/** The 409 for an activation that lacks a valid flow. */
export function flowRequired(issues: ModelIssue[], prefix: (string | number)[] = []): ApiError {
  return conflict("project_flow_required", toDetails(issues, prefix));
}
