/** A field-level problem reported by the API in an error's `details` array. */
export interface FieldDetail {
  field: string;
  message: string;
}

/** Where a failed call went; never carries headers or the token. */
export interface RequestInfo {
  method: string;
  path: string;
  /** The full URL (base URL + path), for messages. */
  url?: string;
  /** The answer's `Server` header, when it had one (the local server names itself there). */
  server?: string;
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
  /** The full URL of the failed call, when known. */
  readonly url: string | undefined;
  /** The answer's `Server` header, when there was an answer that had one. */
  readonly server: string | undefined;
  /** Attempts made for this call (set by the retry wrapper). */
  attempts = 1;
  /** Time spent waiting between attempts, in ms (set by the retry wrapper). */
  waitedMs = 0;

  constructor(message: string, init: RequestInfo & { status?: number; code?: string; details?: FieldDetail[]; apiMessage?: string; cause?: unknown }) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status ?? 0;
    this.code = init.code ?? "";
    this.method = init.method;
    this.path = init.path;
    this.details = init.details ?? [];
    this.apiMessage = init.apiMessage ?? message;
    this.url = init.url;
    this.server = init.server;
  }
}

/** 400: malformed body or id. */
export class BadRequestError extends ApiError {}
/** 401/403: missing, expired or invalid token, or insufficient rights. */
export class UnauthorizedError extends ApiError {}
/**
 * 404 with the SmartEnroll `NotFound` error body: the id is unknown to this API, or belongs to another user.
 * A 404 without that body is an {@link UnrecognizedResponseError}, never this.
 */
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

/**
 * A create whose answer was lost, where objects of that name exist that the request cannot be proven to have made
 * (created before it, or holding other fields): nothing was adopted, and the create was not sent again.
 */
export class UnprovenCreateError extends ApiError {
  /** Ids of the objects with the name. */
  readonly candidates: readonly string[];
  constructor(init: { cause: AmbiguousWriteError; what: string; name: string; candidates: readonly string[] }) {
    const { cause, what, name, candidates } = init;
    super(
      `The answer to creating ${what} "${name}" was lost (${cause.message}), and ${candidates.length} ${what}(s) with that name exist (${candidates.join(", ")}) that this request cannot be proven to have created. Nothing was adopted.`,
      { method: cause.method, path: cause.path, url: cause.url, status: cause.status, code: cause.code, apiMessage: cause.apiMessage, cause },
    );
    this.candidates = candidates;
  }
}

/**
 * An answer that is not recognisably the SmartEnroll API's (another server behind the base URL, a proxy page,
 * a foreign error body or envelope): nothing can be concluded from it, least of all that an object is gone.
 */
export class UnrecognizedResponseError extends ApiError {
  /** The answer's content type, or "" when it had none. */
  readonly contentType: string;
  /** The start of the answer's body, whitespace collapsed. */
  readonly excerpt: string;
  constructor(init: RequestInfo & { status: number; contentType?: string; body: unknown; why: string }) {
    const contentType = init.contentType ?? "";
    const excerpt = excerptOf(init.body);
    super(`${init.method} ${init.url ?? init.path}: ${init.why}: HTTP ${init.status}${contentType ? ` ${contentType}` : ""}${excerpt ? ` ${excerpt}` : " (empty body)"}`, {
      ...init,
      apiMessage: init.why,
    });
    this.contentType = contentType;
    this.excerpt = excerpt;
  }
}

/** The first 160 characters of a body, for messages. */
export function excerptOf(body: unknown): string {
  const text = (typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body)).replace(/\s+/g, " ").trim();
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Aborted by the caller's AbortSignal (Terraform's StopProvider). */
export class AbortedError extends ApiError {}
