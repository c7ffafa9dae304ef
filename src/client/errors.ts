/** A field-level problem reported by the API in an error's `details` array. */
export interface FieldDetail {
  field: string;
  message: string;
}

/** Where a failed call went; never carries headers or the token. */
export interface RequestInfo {
  method: string;
  path: string;
}

/** Base class of every error the client throws: HTTP status, API `code`, message and the request line. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly method: string;
  readonly path: string;
  readonly details: FieldDetail[];
  /** The API's own `message` (without the request line), for diagnostics. */
  readonly apiMessage: string;

  constructor(message: string, init: RequestInfo & { status?: number; code?: string; details?: FieldDetail[]; apiMessage?: string; cause?: unknown }) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status ?? 0;
    this.code = init.code ?? "";
    this.method = init.method;
    this.path = init.path;
    this.details = init.details ?? [];
    this.apiMessage = init.apiMessage ?? message;
  }
}

/** 400: malformed body or id. */
export class BadRequestError extends ApiError {}
/** 401/403: missing, expired or invalid token, or insufficient rights. */
export class UnauthorizedError extends ApiError {}
/** 404: unknown id, or one that belongs to another user. */
export class NotFoundError extends ApiError {
  /** True when an earlier attempt of the same call may already have done the work (e.g. a retried DELETE). */
  afterAmbiguousAttempt = false;
}
/** 409 with code `Conflict` (or any other non-validation 409): the request clashes with the resource's state. */
export class ConflictError extends ApiError {}
/** 422, or 409 `MissingParameter`: a field failed validation; `details` names the fields. */
export class ValidationError extends ApiError {}
/** 429: the category's rate limit is exhausted; `retryAfterMs` says when to try again. */
export class RateLimitedError extends ApiError {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: ConstructorParameters<typeof ApiError>[1] & { retryAfterMs?: number }) {
    super(message, init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
/** 5xx, or any other unexpected status. */
export class ServerError extends ApiError {}

/** Connection-level failure: refused, reset, closed socket, DNS, request timeout. */
export class NetworkError extends ApiError {
  /** True when the request surely never reached the server (connection refused, connect timeout). */
  readonly notSent: boolean;
  constructor(message: string, init: RequestInfo & { cause?: unknown; notSent?: boolean; code?: string }) {
    super(message, init);
    this.notSent = init.notSent ?? false;
  }
}

/**
 * A non-idempotent write (POST) whose outcome is unknown: the request may have reached the server
 * before the connection dropped or a 5xx came back. Look the object up (e.g. by name) before retrying.
 */
export class AmbiguousWriteError extends ApiError {
  constructor(init: RequestInfo & { cause: ApiError }) {
    super(`${init.method} ${init.path}: outcome unknown, the request may have been applied (${init.cause.message})`, {
      ...init,
      status: init.cause.status,
      code: init.cause.code,
      apiMessage: init.cause.apiMessage,
    });
  }
}

/** Aborted by the caller's AbortSignal (Terraform's StopProvider). */
export class AbortedError extends ApiError {}

interface ErrorBody {
  message?: unknown;
  code?: unknown;
  error?: unknown;
  details?: unknown;
}

function toDetails(v: unknown): FieldDetail[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null)
    .map((d) => ({ field: String(d.field ?? ""), message: String(d.message ?? "") }));
}

/** Maps a non-2xx answer to the matching typed error. */
export function errorFromResponse(status: number, body: unknown, req: RequestInfo, retryAfterMs?: number): ApiError {
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
