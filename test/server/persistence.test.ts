/** Storage: a restart on the same file keeps every committed write; memory mode keeps nothing. */
import path from "node:path";
import { harness, minimalProject, readyFlow, tempDir } from "./support";
import { signToken, startServer } from "../../src/server";
import { request } from "undici";

test("restart on the same file: projects, flows and updates are still there", async () => {
  const tmp = tempDir();
  try {
    const dbFile = path.join(tmp.dir, "data.db");
    const a = await harness({ dbFile });
    const d = (await a.call("POST", "/v3/projects", { ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() })).body.data;
    await a.call("PUT", `/v3/projects/${d._id}`, { branding: { backgroundColor: "#123456" }, status: "active", projectFlow: { status: "active" } });
    await a.call("POST", "/v3/projects", minimalProject("Second"));
    const before = (await a.call("GET", "/v3/projects")).body;
    await a.close();

    const b = await startServer({ port: 0, jwtSecret: a.secret, dbFile, rateLimits: false });
    try {
      const r = await request(`${b.url}/v3/projects`, { headers: { authorization: `Bearer ${await signToken({ secret: a.secret, user: "alice" })}` } });
      const after = (await r.body.json()) as any;
      expect(after).toEqual(before);
      expect(after.data.find((p: any) => p._id === d._id)).toMatchObject({ status: "active", branding: { backgroundColor: "#123456" }, projectFlows: [{ status: "active" }] });
    } finally {
      await b.close();
    }
  } finally {
    tmp.cleanup();
  }
});

test("without a file the store is in memory and starts empty", async () => {
  const a = await harness();
  await a.call("POST", "/v3/projects", minimalProject());
  await a.close();
  const b = await harness();
  expect((await b.call("GET", "/v3/projects")).body.total).toBe(0);
  await b.close();
});
