/** The client's `/v2/webhooks` module against a fake server. */
import { NotFoundError, ValidationError } from "../../src/client";
import { startFake } from "./fake-server";

describe("webhooks module", () => {
  let fake: Awaited<ReturnType<typeof startFake>>;
  afterEach(() => fake?.close());

  test("create, get, update and delete use /v2/webhooks and unwrap {data}", async () => {
    fake = await startFake((req) => ({ status: 200, body: { data: { _id: "w1", name: "R", isActive: req.method !== "PUT" } } }));
    const client = fake.client();
    await expect(client.webhooks.create({ name: "R", url: "https://r.example.com", isActive: true })).resolves.toMatchObject({ _id: "w1" });
    await expect(client.webhooks.get("w1")).resolves.toMatchObject({ name: "R" });
    await expect(client.webhooks.update("w1", { isActive: false })).resolves.toMatchObject({ isActive: false });
    await client.webhooks.delete("w1");
    expect(fake.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /v2/webhooks", "GET /v2/webhooks/w1", "PUT /v2/webhooks/w1", "DELETE /v2/webhooks/w1"]);
    expect(fake.seen[2].body).toEqual({ isActive: false });
  });

  test("a create whose answer is lost adopts the one webhook with its URL and name made since, instead of sending it again", async () => {
    const body = { name: "R", url: "https://r.example.com", isActive: true };
    fake = await startFake((req) => {
      if (req.method === "POST") return "drop";
      const data = [{ _id: "old", ...body, createdAt: "2020-01-01T00:00:00.000Z" }, { _id: "w1", ...body, createdAt: new Date().toISOString() }, { _id: "w2", ...body, name: "S", createdAt: new Date().toISOString() }];
      return { status: 200, body: { data, pagination: { page: 1, perPage: 100, total: 3, pages: 1 } } };
    });
    await expect(fake.client({ retry: { baseDelayMs: 5 } }).webhooks.create(body)).resolves.toMatchObject({ _id: "w1" });
    expect(fake.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /v2/webhooks", "GET /v2/webhooks?where_url=https%3A%2F%2Fr.example.com&page=1&perPage=100"]);
  });

  test("list sends the GitBook query names and reads pagination", async () => {
    fake = await startFake(() => ({ status: 200, body: { data: [{ _id: "w1" }], pagination: { page: 1, perPage: 100, total: 1, pages: 1 } } }));
    const all = [];
    for await (const w of fake.client().webhooks.listAll({ like_name: "R" })) all.push(w);
    expect(all).toEqual([{ _id: "w1" }]);
    expect(fake.seen[0].url).toBe("/v2/webhooks?like_name=R&page=1&perPage=100");
  });

  test("v2 errors: 404 Record not found, 409 MissingParameter as a validation error", async () => {
    fake = await startFake((req) => (req.method === "GET" ? { status: 404, body: { code: "NotFound", message: "Record not found." } } : { status: 409, body: { code: "MissingParameter", message: "missing url\n" } }));
    const client = fake.client();
    await expect(client.webhooks.get("w9")).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.webhooks.create({ name: "R", isActive: true } as never)).rejects.toMatchObject({ constructor: ValidationError, apiMessage: "missing url\n" });
  });
});
