import { startFake } from "./fake-server";

describe("flows module", () => {
  let fake: Awaited<ReturnType<typeof startFake>>;
  afterEach(() => fake?.close());

  test("create posts to /v3/project-flows and accepts a 200 {data}", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: { _id: "f1", project: "p1", type: "onboarding", status: "draft" } } }));
    const client = fake.client();
    const f = await client.flows.create({ project: "p1", type: "onboarding", name: "Onboarding" });
    expect(f).toMatchObject({ _id: "f1", project: "p1" });
    expect(fake.seen[0]).toMatchObject({ method: "POST", url: "/v3/project-flows" });
  });

  test("createInProject creates the flow through the project's upsert and answers its id", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: { _id: "p1", name: "P", status: "draft", projectFlows: "f1" } } }));
    await expect(fake.client().flows.createInProject("p1", { projectFlow: { target: "personal", type: "onboarding" }, projectFlowType: "onboarding" })).resolves.toMatchObject({ flowId: "f1", project: { _id: "p1" } });
    expect(fake.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["PUT /v3/projects/p1"]);
  });

  test("createInProject whose answer is lost after the retries adopts the flow now in its place, and only that", async () => {
    const flows = [{ _id: "f0", target: "business", type: "onboarding" }];
    fake = await startFake((req) => (req.method === "PUT" ? { status: 503, body: { message: "unavailable" } } : { status: 200, body: { data: { _id: "p1", name: "P", status: "draft", projectFlows: flows } } }));
    const client = fake.client({ retry: { baseDelayMs: 5, maxDelayMs: 10 }, maxRetries: 1 });
    const body = { projectFlow: { target: "personal" as const, type: "onboarding" as const }, projectFlowType: "onboarding" as const };
    await expect(client.flows.createInProject("p1", body)).rejects.toMatchObject({ status: 503 });
    flows.push({ _id: "f1", target: "personal", type: "onboarding" });
    await expect(client.flows.createInProject("p1", body)).resolves.toMatchObject({ flowId: "f1" });
  });

  test("a bare document without a data wrapper is accepted", async () => {
    fake = await startFake(() => ({ status: 200, body: { _id: "f1", status: "draft" } }));
    const client = fake.client();
    await expect(client.flows.get("f1")).resolves.toEqual({ _id: "f1", status: "draft" });
  });

  test("list reads the pagination{page, perPage, total} variant", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: [{ _id: "f1" }], pagination: { page: 2, perPage: 20, total: 41 } } }));
    const client = fake.client();
    const page = await client.flows.list({ page: 2, perPage: 20, status: "active" });
    expect(page).toEqual({ items: [{ _id: "f1" }], page: 2, limit: 20, total: 41, pages: 3 });
    expect(fake.seen[0].url).toBe("/v3/project-flows?page=2&perPage=20&status=active");
  });

  test("update and delete hit the flow's path", async () => {
    fake = await startFake((req) => ({ status: 200, body: { data: { _id: "f1", status: req.method === "DELETE" ? "deleted" : "paused" } } }));
    const client = fake.client();
    await expect(client.flows.update("f1", { status: "paused" })).resolves.toMatchObject({ status: "paused" });
    await expect(client.flows.delete("f1")).resolves.toMatchObject({ status: "deleted" });
    expect(fake.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["PUT /v3/project-flows/f1", "DELETE /v3/project-flows/f1"]);
  });
});
