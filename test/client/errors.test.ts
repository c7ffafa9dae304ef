import {
  ApiError,
  BadRequestError,
  ConflictError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from "../../src/client";
import { startFake, type Reply } from "./fake-server";

describe("typed errors", () => {
  let fake: Awaited<ReturnType<typeof startFake>>;
  afterEach(() => fake?.close());

  const cases: [string, Reply, new (...a: never[]) => ApiError, Partial<ApiError>][] = [
    ["404 → NotFoundError", { status: 404, body: { message: "Project not found", code: "NotFound" } }, NotFoundError, { status: 404, code: "NotFound", apiMessage: "Project not found" }],
    ["401 → UnauthorizedError", { status: 401, body: { message: "Access forbidden", code: "Forbidden", status: 401 } }, UnauthorizedError, { status: 401, code: "Forbidden" }],
    ["403 → UnauthorizedError", { status: 403, body: { message: "Access forbidden", code: "Forbidden" } }, UnauthorizedError, { status: 403 }],
    [
      "409 Conflict → ConflictError",
      { status: 409, body: { message: "Cannot delete project with active flows", code: "Conflict" } },
      ConflictError,
      { status: 409, code: "Conflict", apiMessage: "Cannot delete project with active flows" },
    ],
    [
      "409 MissingParameter → ValidationError",
      { status: 409, body: { message: "Country not supported.", code: "MissingParameter" } },
      ValidationError,
      { status: 409, code: "MissingParameter", apiMessage: "Country not supported." },
    ],
    [
      "422 → ValidationError with details",
      {
        status: 422,
        body: {
          message: "Project flow validation failed",
          code: "UnprocessableEntity",
          status: 422,
          details: [{ field: "documents.verificationMethods", message: "verificationMethods is required" }],
        },
      },
      ValidationError,
      { status: 422, details: [{ field: "documents.verificationMethods", message: "verificationMethods is required" }] },
    ],
    ["400 → BadRequestError", { status: 400, body: { message: "Invalid project ID format", code: "InvalidParameter" } }, BadRequestError, { code: "InvalidParameter" }],
    ["501 → ServerError", { status: 501, body: "not implemented" }, ServerError, { status: 501 }],
  ];

  test.each(cases)("%s", async (_name, reply, type, fields) => {
    fake = await startFake(() => reply);
    const err = await fake.client({ maxRetries: 0 }).projects.get("abc").catch((e) => e);
    expect(err).toBeInstanceOf(type);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ ...fields, method: "GET", path: "/v3/projects/abc" });
    expect(err.message).toContain("GET /v3/projects/abc");
    expect(JSON.stringify(err)).not.toContain("tok");
  });

  test("429 → RateLimitedError with retryAfterMs once retries are exhausted", async () => {
    fake = await startFake(() => ({ status: 429, body: { message: "Too many requests", code: "TooManyRequests" }, headers: { "retry-after": "0" } }));
    const err = await fake.client({ maxRetries: 0 }).projects.get("abc").catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err).toMatchObject({ status: 429, retryAfterMs: 0 });
  });

  test("connection refused → NetworkError marked as never sent", async () => {
    fake = await startFake(() => ({ status: 200 }));
    const url = fake.url;
    await fake.close();
    const c = fake.client({ baseUrl: url, maxRetries: 0 });
    const err = await c.projects.get("abc").catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).toMatchObject({ notSent: true, code: "ECONNREFUSED", method: "GET", path: "/v3/projects/abc" });
    await c.close();
  });

  test("errors never carry the token", async () => {
    fake = await startFake(() => ({ status: 401, body: { message: "Access forbidden", code: "Forbidden" } }));
    const err = await fake.client({ token: "super-secret-token", maxRetries: 0 }).projects.get("x").catch((e) => e);
    expect(`${err.message} ${err.stack} ${JSON.stringify(err)}`).not.toContain("super-secret-token");
  });
});
