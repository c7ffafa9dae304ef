import { createClient, UnprovenCreateError } from "../../src/client";
import { ENVIRONMENT_HOSTS } from "../../src/model";
import { project, startFake, newProject } from "./fake-server";

describe("projects module", () => {
  let fake: Awaited<ReturnType<typeof startFake>>;
  afterEach(() => fake?.close());

  describe("a create whose answer is lost is looked up by name before anything is sent again", () => {
    const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 } };
    const now = () => new Date().toISOString();
    /** The POST is dropped; the listing answers `listed`; a second POST would create `p2`. */
    const lost = (listed: () => unknown[]) =>
      startFake((req, n) => {
        if (req.method === "GET") return { status: 200, body: { data: listed(), total: listed().length, limit: 100, page: 1, pages: 1 } };
        return n === 1 ? "drop" : { status: 201, body: { data: project("p2", newProject("x")) } };
      });
    const calls = () => fake.seen.map((s) => `${s.method} ${s.url}`);

    test("the project it made (same name, made since, same fields) is adopted: no second POST", async () => {
      fake = await lost(() => [project("other", { ...newProject("x"), name: "x copy" }), project("p1", { ...newProject("x"), createdAt: now() })]);
      await expect(fake.client(fast).projects.create(newProject("x"))).resolves.toMatchObject({ _id: "p1" });
      expect(calls()).toEqual(["POST /v3/projects", "GET /v3/projects?like_name=x&page=1&limit=100"]);
    });

    test("no project has the name: the create is sent again", async () => {
      fake = await lost(() => []);
      await expect(fake.client(fast).projects.create(newProject("x"))).resolves.toMatchObject({ _id: "p2" });
      expect(calls()).toEqual(["POST /v3/projects", "GET /v3/projects?like_name=x&page=1&limit=100", "POST /v3/projects"]);
    });

    test("fails without adopting or sending again when a project of that name cannot be this request's (older, or other fields)", async () => {
      fake = await lost(() => [project("old", { ...newProject("x"), createdAt: "2020-01-01T00:00:00.000Z" }), project("mine?", { ...newProject("x"), contactEmail: "y@example.com", createdAt: now() })]);
      const err = await fake.client(fast).projects.create(newProject("x")).catch((e) => e);
      expect(err).toBeInstanceOf(UnprovenCreateError);
      expect(err.candidates).toEqual(["old", "mine?"]);
      expect(err.message).toMatch(/^The answer to creating project "x" was lost \(POST \/v3\/projects: outcome unknown.*\), and 2 project\(s\) with that name exist \(old, mine\?\) that this request cannot be proven to have created\. Nothing was adopted\.$/);
      expect(calls()).toEqual(["POST /v3/projects", "GET /v3/projects?like_name=x&page=1&limit=100"]);
    });
  });

  test("create unwraps the 201 {data} envelope and sends the bearer token as JSON", async () => {
    fake = await startFake(() => ({ status: 201, body: { data: project("a1", { name: "KYC" }) } }));
    const client = fake.client({ token: "tok-123" });
    const p = await client.projects.create(newProject("KYC"));
    expect(p).toMatchObject({ _id: "a1", name: "KYC" });
    expect(fake.seen[0]).toMatchObject({ method: "POST", url: "/v3/projects", body: newProject("KYC") });
    expect(fake.seen[0].headers.authorization).toBe("Bearer tok-123");
    expect(fake.seen[0].headers["content-type"]).toBe("application/json");
  });

  test("update reads the project from data, not the top-level request status", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: project("a1", { status: "active" }), status: "completed" } }));
    const client = fake.client();
    const p = await client.projects.update("a1", { status: "active" });
    expect(p.status).toBe("active");
    expect(fake.seen[0]).toMatchObject({ method: "PUT", url: "/v3/projects/a1", body: { status: "active" } });
  });

  test("list reads top-level pagination and sends filters, in_status as an array", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: [project("a1")], total: 31, limit: 10, page: 2, pages: 4 } }));
    const client = fake.client();
    const page = await client.projects.list({ page: 2, limit: 10, like_name: "kyc co", where_target: "personal", in_status: ["active", "paused"] });
    expect(page).toEqual({ items: [project("a1")], page: 2, limit: 10, total: 31, pages: 4 });
    expect(fake.seen[0].url).toBe("/v3/projects?page=2&limit=10&like_name=kyc%20co&where_target=personal&in_status[]=active&in_status[]=paused");
  });

  test("listAll walks every page until pages is reached", async () => {
    fake = await startFake((req) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      const items = page < 3 ? [project(`p${page}a`), project(`p${page}b`)] : [project("p3a")];
      return { status: 200, body: { data: items, total: 5, limit: 100, page, pages: 3 } };
    });
    const client = fake.client();
    const ids: string[] = [];
    for await (const p of client.projects.listAll({ where_status: "draft" })) ids.push(p._id);
    expect(ids).toEqual(["p1a", "p1b", "p2a", "p2b", "p3a"]);
    expect(fake.seen.map((s) => s.url)).toEqual([1, 2, 3].map((n) => `/v3/projects?where_status=draft&page=${n}&limit=100`));
  });

  test("delete unwraps the deleted project", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: { _id: "a1", name: "x", status: "deleted" } } }));
    const client = fake.client();
    await expect(client.projects.delete("a1")).resolves.toEqual({ _id: "a1", name: "x", status: "deleted" });
    expect(fake.seen[0].method).toBe("DELETE");
  });

  test("a base URL with a path prefix is kept", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: project("a1") } }));
    const client = fake.client({ baseUrl: `${fake.url}/api/` });
    await client.projects.get("a1");
    expect(fake.seen[0].url).toBe("/api/v3/projects/a1");
  });

  test("environments map to the seed's hosts; base_url overrides them", () => {
    expect(createClient({ token: "t" }).baseUrl).toBe("https://api.verifik.co");
    expect(createClient({ token: "t", environment: "staging" }).baseUrl).toBe(ENVIRONMENT_HOSTS.staging);
    expect(createClient({ token: "t", environment: "development" }).baseUrl).toBe("https://dev-api.verifik.co");
    expect(createClient({ token: "t", environment: "staging", baseUrl: "http://127.0.0.1:1/" }).baseUrl).toBe("http://127.0.0.1:1");
  });

  test("fails without a token or with an unknown environment", () => {
    expect(() => createClient({ token: "" })).toThrow(/token is required/);
    expect(() => createClient({ token: "t", environment: "qa" as never })).toThrow(/unknown environment "qa"/);
  });
});
