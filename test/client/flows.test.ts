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
