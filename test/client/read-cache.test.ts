import { NotFoundError } from "../../src/client";
import { project, startFake } from "./fake-server";

/** A fake account holding `n` projects, answering GET by id and paged lists. */
async function account(n: number) {
  const projects = new Map<string, ReturnType<typeof project>>(Array.from({ length: n }, (_, i) => [`id${i}`, project(`id${i}`)]));
  const fake = await startFake((req) => {
    const u = new URL(req.url, "http://x");
    const one = /^\/v3\/projects\/([^/]+)$/.exec(u.pathname);
    if (req.method === "PUT" && one) {
      const p = { ...projects.get(one[1])!, ...(req.body as object) };
      projects.set(one[1], p);
      return { status: 200, body: { data: p, status: "completed" } };
    }
    if (one) {
      const p = projects.get(one[1]);
      return p ? { status: 200, body: { data: p } } : { status: 404, body: { message: "Project not found", code: "NotFound" } };
    }
    const page = Number(u.searchParams.get("page") ?? 1);
    const limit = Number(u.searchParams.get("limit") ?? 10);
    const all = [...projects.values()];
    return { status: 200, body: { data: all.slice((page - 1) * limit, page * limit), total: all.length, limit, page, pages: Math.ceil(all.length / limit) } };
  });
  return { fake, projects };
}

/** Reads every id with at most `parallel` reads in flight, the way Terraform refreshes. */
async function refresh(read: (id: string) => Promise<unknown>, ids: string[], parallel = 10) {
  const queue = [...ids];
  const out: unknown[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) out.push(await read(id));
    }),
  );
  return out;
}

describe("projects.read cache", () => {
  let acct: Awaited<ReturnType<typeof account>>;
  afterEach(() => acct?.fake.close());

  test("one read costs one GET", async () => {
    acct = await account(5);
    await expect(acct.fake.client().projects.read("id3")).resolves.toMatchObject({ _id: "id3" });
    expect(acct.fake.seen.map((s) => s.url)).toEqual(["/v3/projects/id3"]);
  });

  test("one read in an account of 1,000 still costs one GET", async () => {
    acct = await account(1000);
    await acct.fake.client().projects.read("id999");
    expect(acct.fake.seen).toHaveLength(1);
  });

  test("250 reads over 250 projects cost at most 2 GETs plus 3 list pages", async () => {
    acct = await account(250);
    const ids = [...acct.projects.keys()];
    const client = acct.fake.client();
    const got = (await refresh((id) => client.projects.read(id), ids)) as { _id: string }[];
    expect(got.map((p) => p._id).sort()).toEqual([...ids].sort());
    expect(acct.fake.seen.length).toBeLessThanOrEqual(5);
    expect(acct.fake.seen.filter((s) => s.url.startsWith("/v3/projects?")).map((s) => s.url).sort()).toEqual(
      [1, 2, 3].map((p) => `/v3/projects?page=${p}&limit=100`),
    );
  });

  test.each([1, 100, 500])("a refresh of %i project(s) costs at most ceil(N/100) + 3 requests", async (n) => {
    acct = await account(n);
    const client = acct.fake.client();
    await refresh((id) => client.projects.read(id), [...acct.projects.keys()]);
    expect(acct.fake.seen.length).toBeLessThanOrEqual(Math.ceil(n / 100) + 3);
  });

  test("3 reads in an account of 1,000 do not list all 10 pages", async () => {
    acct = await account(1000);
    const client = acct.fake.client();
    await refresh((id) => client.projects.read(id), ["id500", "id600", "id700"]);
    expect(acct.fake.seen.length).toBeLessThanOrEqual(4);
  });

  test("reads share one cache per client", async () => {
    acct = await account(250);
    const client = acct.fake.client();
    await refresh((id) => client.projects.read(id), [...acct.projects.keys()]);
    const before = acct.fake.seen.length;
    await refresh((id) => client.projects.read(id), [...acct.projects.keys()]);
    expect(acct.fake.seen.length).toBe(before);
  });

  test("an id missing from the listing is confirmed with one GET, then NotFoundError", async () => {
    acct = await account(120);
    const client = acct.fake.client();
    await refresh((id) => client.projects.read(id), ["id1", "id2", "id3", "id4"]);
    const before = acct.fake.seen.length;
    await expect(client.projects.read("gone")).rejects.toBeInstanceOf(NotFoundError);
    expect(acct.fake.seen.slice(before).map((s) => s.url)).toEqual(["/v3/projects/gone"]);
  });

  test("a read after a write in the same process sees the write", async () => {
    acct = await account(150);
    const client = acct.fake.client();
    await refresh((id) => client.projects.read(id), [...acct.projects.keys()]);
    await client.projects.update("id7", { name: "renamed" });
    await expect(client.projects.read("id7")).resolves.toMatchObject({ name: "renamed" });
    await expect(client.projects.read("id8")).resolves.toMatchObject({ name: "p-id8" });
  });

  test("flow writes invalidate the project that embeds the flow", async () => {
    acct = await account(3);
    acct.projects.set("id0", project("id0", { projectFlows: [{ _id: "f0", status: "draft" }] }));
    const client = acct.fake.client();
    await refresh((id) => client.projects.read(id), ["id0", "id1", "id2"]);
    acct.projects.set("id0", project("id0", { projectFlows: [{ _id: "f0", status: "active" }] }));
    await client.flows.update("f0", { status: "active" }).catch(() => undefined);
    await expect(client.projects.read("id0")).resolves.toMatchObject({ projectFlows: [{ status: "active" }] });
  });

  test("flows.read is served from the parent project's cached read", async () => {
    acct = await account(3);
    acct.projects.set("id1", project("id1", { projectFlows: [{ _id: "f1", status: "active" }] }));
    const client = acct.fake.client();
    await expect(client.flows.read("f1", { projectId: "id1" })).resolves.toEqual({ _id: "f1", status: "active", project: "id1" });
    await expect(client.projects.read("id1")).resolves.toMatchObject({ _id: "id1" });
    expect(acct.fake.seen.map((s) => s.url)).toEqual(["/v3/projects/id1"]);
    await expect(client.flows.read("f1", { projectId: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });

  test("callers get copies: mutating a result does not change the cache", async () => {
    acct = await account(1);
    const client = acct.fake.client();
    const a = await client.projects.read("id0");
    a.name = "mutated";
    await expect(client.projects.read("id0")).resolves.toMatchObject({ name: "p-id0" });
  });
});
