import http from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, normalizeBaseUrl, NotFoundError, ServerError, UnauthorizedError, UnrecognizedResponseError } from "../../src/client";

/** A loopback server answering every request with one raw reply. */
async function rawServer(status: number, contentType: string, body: string) {
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    paths.push(req.url!);
    res.writeHead(status, { "content-type": contentType });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, paths, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

const fast = { retry: { baseDelayMs: 1, maxDelayMs: 2 }, maxRetries: 1, pacing: false };
const ID = "0123456789abcdef01234567";

describe("only the SmartEnroll API's NotFound body proves a 404", () => {
  const cases: [string, number, string, string, new (...a: never[]) => Error][] = [
    ["v3 short NotFound envelope", 404, "application/json", JSON.stringify({ message: "Project not found", code: "NotFound" }), NotFoundError],
    ["v3 full NotFound envelope", 404, "application/json; charset=utf-8", JSON.stringify({ message: "Project not found", code: "NotFound", status: 404, timestamp: "2023-07-01T10:00:00.000Z" }), NotFoundError],
    ["v2 NotFound envelope", 404, "application/json", JSON.stringify({ message: "project_not_found", code: "NotFound" }), NotFoundError],
    ["v3 flow NotFound envelope", 404, "application/json", JSON.stringify({ message: "Project flow not found", code: "NotFound" }), NotFoundError],
    ["v2 record NotFound envelope", 404, "application/json", JSON.stringify({ code: "NotFound", message: "Record not found." }), NotFoundError],
    ["a router's bare NotFound (an unknown path, e.g. a wrong prefix)", 404, "application/json", JSON.stringify({ message: "Not found", code: "NotFound" }), UnrecognizedResponseError],
    ["an HTML 404 page", 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>", UnrecognizedResponseError],
    ["a foreign JSON 404", 404, "application/json", JSON.stringify({ error: "Not Found", message: "Cannot GET /api/v3/projects", statusCode: 404 }), UnrecognizedResponseError],
    ["a router's ResourceNotFound", 404, "application/json", JSON.stringify({ code: "ResourceNotFound", message: "/v3/v3/projects does not exist" }), UnrecognizedResponseError],
    ["NotFound with extra keys", 404, "application/json", JSON.stringify({ code: "NotFound", message: "Not found", path: "/x" }), UnrecognizedResponseError],
    ["NotFound body sent as text/plain", 404, "text/plain", JSON.stringify({ code: "NotFound", message: "Project not found" }), UnrecognizedResponseError],
    ["an empty 404", 404, "application/json", "", UnrecognizedResponseError],
    ["a foreign 200 JSON", 200, "application/json", JSON.stringify({ status: "ok", version: "1.2.3" }), UnrecognizedResponseError],
    ["a 200 HTML page", 200, "text/html", "<html>welcome</html>", UnrecognizedResponseError],
    ["a 200 document for another id", 200, "application/json", JSON.stringify({ data: { _id: "ffffffffffffffffffffffff", name: "x" } }), UnrecognizedResponseError],
    ["a 500 HTML page", 500, "text/html", "<html>Internal Server Error</html>", ServerError],
    ["a proxy's 401 page", 401, "text/html", "<html>401 Authorization Required</html>", UnrecognizedResponseError],
    ["a foreign JSON 403", 403, "application/json", JSON.stringify({ error: "forbidden" }), UnrecognizedResponseError],
    ["the API's 401", 401, "application/json", JSON.stringify({ message: "Access forbidden", code: "Forbidden", status: 401, timestamp: "2023-07-01T10:00:00.000Z" }), UnauthorizedError],
  ];

  test.each(cases)("%s", async (_title, status, type, body, want) => {
    const s = await rawServer(status, type, body);
    const c = createClient({ baseUrl: s.url, token: "t", ...fast });
    try {
      const err = await c.projects.get(ID).catch((e) => e);
      expect(err).toBeInstanceOf(want);
      if (want !== NotFoundError && want !== UnauthorizedError) expect(err.url).toBe(`${s.url}/v3/projects/${ID}`);
      if (want === UnrecognizedResponseError) expect(err.message).toContain(`GET ${s.url}/v3/projects/${ID}: `);
    } finally {
      await c.close();
      await s.close();
    }
  });

  test("an unrecognized answer names the URL, the status, the content type and the start of the body", async () => {
    const s = await rawServer(404, "text/html", "<html>\n  <body>nginx</body>\n</html>");
    const c = createClient({ baseUrl: s.url, token: "t", ...fast });
    try {
      const err = await c.projects.read(ID).catch((e) => e);
      expect(err.message).toBe(
        `GET ${s.url}/v3/projects/${ID}: 404 without the SmartEnroll API's NotFound error body, so nothing is known about the object: HTTP 404 text/html <html> <body>nginx</body> </html>`,
      );
    } finally {
      await c.close();
      await s.close();
    }
  });

  test("a foreign 200 list is not an empty list", async () => {
    const s = await rawServer(200, "application/json", JSON.stringify({ data: [] }));
    const c = createClient({ baseUrl: s.url, token: "t", ...fast });
    try {
      await expect(c.projects.list()).rejects.toBeInstanceOf(UnrecognizedResponseError);
    } finally {
      await c.close();
      await s.close();
    }
  });
});

describe("base URL", () => {
  test.each([
    ["https://api.verifik.co", "https://api.verifik.co"],
    ["https://api.verifik.co/", "https://api.verifik.co"],
    ["https://api.verifik.co/v3", "https://api.verifik.co"],
    ["https://api.verifik.co/v3/", "https://api.verifik.co"],
    ["http://127.0.0.1:8080/api/v3", "http://127.0.0.1:8080/api"],
    ["http://127.0.0.1:8080/api", "http://127.0.0.1:8080/api"],
  ])("%s is used as %s", (raw, want) => {
    expect(normalizeBaseUrl(raw)).toEqual({ url: want });
  });

  test.each([
    ["127.0.0.1:8080", 'must be an absolute http(s) URL such as "https://api.verifik.co", but "127.0.0.1:8080" was provided; did you mean "http://127.0.0.1:8080" (or https://)?'],
    ["localhost:8080", 'must be an absolute http(s) URL such as "https://api.verifik.co", but "localhost:8080" was provided; did you mean "http://localhost:8080" (or https://)?'],
    ["api.verifik.co", 'must be an absolute http(s) URL such as "https://api.verifik.co", but "api.verifik.co" was provided; did you mean "http://api.verifik.co" (or https://)?'],
    ["ftp://api.verifik.co", 'must be an http(s) URL such as "https://api.verifik.co", but "ftp://api.verifik.co" (scheme ftp:) was provided'],
    ["https://api.verifik.co/?x=1", 'must not contain a query or fragment, but "https://api.verifik.co/?x=1" was provided'],
  ])("%s is rejected with the fix", (raw, problem) => {
    expect(normalizeBaseUrl(raw)).toEqual({ problem });
  });

  test("a client never doubles /v3", async () => {
    const s = await rawServer(200, "application/json", JSON.stringify({ data: { _id: ID, name: "x" } }));
    const c = createClient({ baseUrl: `${s.url}/v3/`, token: "t", ...fast });
    try {
      await c.projects.get(ID);
      expect(s.paths).toEqual([`/v3/projects/${ID}`]);
    } finally {
      await c.close();
      await s.close();
    }
  });
});
