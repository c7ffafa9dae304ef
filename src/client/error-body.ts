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

/** A 404 proves the object gone only with the API's `NotFound` body, sent as JSON, whose message says so. */
function provesNotFound(body: unknown, contentType: string): boolean {
  return /json/i.test(contentType) && isSmartEnrollError(body, "NotFound", 404) && /not[ _]?found/i.test(String((body as ErrorBody).message));
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
