import {
  ApiError,
  BadRequestError,
  ConflictError,
  type FieldDetail,
  NotFoundError,
  RateLimitedError,
  type RequestInfo,
  ServerError,
  UnauthorizedError,
  UnrecognizedResponseError,
  ValidationError,
} from "./errors";

interface ErrorBody {
  message?: unknown;
  code?: unknown;
  error?: unknown;
  details?: unknown;
}

/** Keys of the API's error envelopes (api-contract.md §2.2: short `{message, code}`, full v3 with status/timestamp/details). */
const ERROR_KEYS = new Set(["message", "code", "status", "timestamp", "details"]);

/**
 * True when `body` is the SmartEnroll error envelope naming `code`: a JSON object with a string `message`, the
 * string `code`, a numeric `status` equal to the HTTP status when present, and no keys outside the envelope's.
 */
export function isSmartEnrollError(body: unknown, code: string, status?: number): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  if (b.code !== code || typeof b.message !== "string") return false;
  if (b.status !== undefined && b.status !== status) return false;
  return Object.keys(b).every((k) => ERROR_KEYS.has(k));
}

/** True when `body` is one of the API's error envelopes, whatever its code. */
function isErrorEnvelope(body: unknown, status: number): boolean {
  const code = typeof body === "object" && body !== null ? (body as ErrorBody).code : undefined;
  return typeof code === "string" && code !== "" && isSmartEnrollError(body, code, status);
}

/** Client errors whose body must be the API's envelope to be taken as the API's verdict. */
const ENVELOPED = new Set([400, 401, 403, 409, 422]);

/** The API's not-found messages name the object ("Project not found", "project_not_found", "Record not found."); a bare "Not found" is a router's. */
const OBJECT_NOT_FOUND = /\b(project|project[ _]flow|flow|record|webhook)[ _]not[ _]?found\b/i;

/** A 404 proves the object gone only with the API's `NotFound` body, sent as JSON, whose message names the object. */
function provesNotFound(body: unknown, contentType: string): boolean {
  return /json/i.test(contentType) && isSmartEnrollError(body, "NotFound", 404) && OBJECT_NOT_FOUND.test(String((body as ErrorBody).message));
}

function toDetails(v: unknown): FieldDetail[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null)
    .map((d) => ({ field: String(d.field ?? ""), message: String(d.message ?? "") }));
}

/** Maps a non-2xx answer to the matching typed error; a 404 without the API's NotFound body is not a NotFoundError. */
export function errorFromResponse(status: number, body: unknown, req: RequestInfo, retryAfterMs?: number, contentType = "application/json"): ApiError {
  if (status === 404 && !provesNotFound(body, contentType)) {
    return new UnrecognizedResponseError({ ...req, status, contentType, body, why: "404 without the SmartEnroll API's NotFound error body, so nothing is known about the object" });
  }
  if (ENVELOPED.has(status) && !isErrorEnvelope(body, status)) {
    return new UnrecognizedResponseError({ ...req, status, contentType, body, why: `${status} without the SmartEnroll API's error body` });
  }
  const b: ErrorBody = typeof body === "object" && body !== null ? (body as ErrorBody) : {};
  const code = typeof b.code === "string" ? b.code : "";
  const apiMessage =
    typeof b.message === "string" ? b.message : typeof b.error === "string" ? b.error : typeof body === "string" && body ? body.slice(0, 200) : `HTTP ${status}`;
  const message = `${req.method} ${req.path}: ${status}${code ? ` ${code}` : ""}: ${apiMessage}`;
  const init = { ...req, status, code, apiMessage, details: toDetails(b.details) };
  if (status === 404) return new NotFoundError(message, init);
  if (status === 401 || status === 403) return new UnauthorizedError(message, init);
  if (status === 422 || (status === 409 && code === "MissingParameter")) return new ValidationError(message, init);
  if (status === 409) return new ConflictError(message, init);
  if (status === 429) return new RateLimitedError(message, { ...init, retryAfterMs });
  if (status === 400) return new BadRequestError(message, init);
  return new ServerError(message, init);
}
