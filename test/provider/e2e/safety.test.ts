/**
 * No configuration mistake makes Terraform forget a project or create a second one. One apply of a project, its
 * flow and branding (plus both data sources); then plans and applies against broken endpoints (foreign servers,
 * a closed port, a second SmartEnroll server), another account's token, bad credentials and settings, each in a
 * fork holding a copy of the state: state stays byte-identical, nothing is created, and the diagnostics say what
 * happened. Last, a real out-of-band deletion is still planned for re-creation.
 */
import { SignJWT } from "jose";
import { dataSource, ref, resource } from "../../support/hcl";
import { diagnosticsOf, stateResources, type Diagnostic } from "../../support/plan";
import type { RunResult } from "../../support/run";
import { startRecorder, type Recorder } from "../../support/recorder";
import { startTestServer, writes, type TestServer } from "../../support/server";
import type { PlanJson, Workspace } from "../../support/terraform";
import { output, useE2E } from "./fixtures/e2e";
import { closedPortUrl, startForeign, type ForeignServer } from "./fixtures/foreign-servers";
import { COMPLETE_BRANDING, COMPLETE_FLOW, COMPLETE_PROJECT, mainTf, stackBlocks } from "./fixtures/seed";

const e = useE2E();
const NAME = "Safety Project";
const provider = (extra = "") => `provider "smartenroll" {\n  max_retries = 1\n${extra}}\n`;
const stack = (flowStatus: string) =>
  mainTf([
    ...stackBlocks("p", { project: { ...COMPLETE_PROJECT, name: NAME }, flow: { ...COMPLETE_FLOW, status: flowStatus }, branding: COMPLETE_BRANDING }),
    dataSource("smartenroll_project", "by_id", { id: ref("smartenroll_project.p.id") }),
    dataSource("smartenroll_projects", "all", { name_contains: "Safety" }),
  ]).text;
const CONFIG = stack("active") + provider();

let state0 = "";
let ids: { project: string; flow: string };

/** Runs terraform with `-json` in a fork holding a copy of the applied state. */
function forkWith(opts: { url?: string; token?: string; env?: Record<string, string>; config?: string; state?: boolean }): Workspace {
  return e.ws.fork({
    api: { url: opts.url ?? e.server.url, token: opts.token ?? e.server.token },
    env: opts.env,
    files: { "main.tf": opts.config ?? CONFIG, ...(opts.state === false ? {} : { "terraform.tfstate": state0 }) },
  });
}

const PLAN = ["plan", "-json", "-input=false"];
const REFRESH_ONLY = ["apply", "-refresh-only", "-auto-approve", "-json", "-input=false"];
const APPLY = ["apply", "-auto-approve", "-json", "-input=false"];

interface Step {
  run: RunResult;
  errors: Diagnostic[];
  state: string | undefined;
}

async function step(ws: Workspace, args: string[]): Promise<Step> {
  const run = await ws.tf(args);
  return { run, errors: diagnosticsOf(run.stdout).filter((d) => d.severity === "error"), state: ws.stateFile() };
}

/** Plan, refresh-only apply and apply in one fork, in that order. */
async function threeRuns(ws: Workspace): Promise<Step[]> {
  return [await step(ws, PLAN), await step(ws, REFRESH_ONLY), await step(ws, APPLY)];
}

const broken: { title: string; url: string; steps: Step[]; foreign?: ForeignServer; second?: TestServer }[] = [];
const other: Record<string, Step> = {};
let secondServer: TestServer;
let twinServer: TestServer;
let proxy: Recorder;
const TWIN = "a second SmartEnroll server that accepts the token but does not know the project";
/** Refresh-only runs for the recorded endpoint: state without `endpoint`, and the same server behind another URL. */
const refreshed: { filled?: Step; moved?: Step } = {};
const withoutEndpoint = () => state0.replace(/^\s*"endpoint": "[^"]*",\n/gm, "");
let imported: PlanJson;
let foreign: ForeignServer[] = [];

async function expiredToken(claims: { exp?: number; nbf?: number }): Promise<string> {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(e.server.user).setIssuedAt();
  if (claims.exp) jwt.setExpirationTime(claims.exp);
  if (claims.nbf) jwt.setNotBefore(claims.nbf);
  return jwt.sign(new TextEncoder().encode("a secret the provider never needs"));
}

const NOW = Math.floor(Date.now() / 1000);
const EXP = NOW - 3 * 86400;
const NBF = NOW + 2 * 86400 + 600;

beforeAll(async () => {
  e.ws.write({ "main.tf": CONFIG });
  await e.ws.apply();
  state0 = e.ws.stateFile()!;
  const st = stateResources(await e.ws.stateJson());
  ids = { project: st.get("smartenroll_project.p")!.id as string, flow: st.get("smartenroll_project_flow.p")!.id as string };

  foreign = await Promise.all([
    startForeign(404, "text/html", "<html><body><h1>404 Not Found</h1><p>nginx</p></body></html>"),
    startForeign(404, "application/json", JSON.stringify({ error: "Not Found", message: "Cannot GET /v3/projects", statusCode: 404 })),
    startForeign(200, "application/json", JSON.stringify({ status: "ok", service: "billing", version: "2.4.1" })),
    startForeign(500, "text/html", "<html>Internal Server Error</html>"),
  ]);
  secondServer = await startTestServer();
  twinServer = await startTestServer({ jwtSecret: e.server.jwtSecret, user: e.server.user });
  proxy = await startRecorder(e.server.url);
  const targets = [
    { title: "404 with an HTML page", url: foreign[0].url, foreign: foreign[0] },
    { title: "404 with a foreign JSON body", url: `${foreign[1].url}/api`, foreign: foreign[1] },
    { title: "200 with a foreign JSON body", url: foreign[2].url, foreign: foreign[2] },
    { title: "500", url: foreign[3].url, foreign: foreign[3] },
    { title: "a closed port", url: await closedPortUrl() },
    { title: "a second SmartEnroll server that does not know the project", url: secondServer.url, second: secondServer },
    { title: TWIN, url: twinServer.url, second: twinServer },
    { title: "the SmartEnroll server under a wrong path prefix", url: `${e.server.url}/api` },
  ];
  const otherToken = await e.server.tokenFor("someone-else");
  const jobs: (() => Promise<void>)[] = [
    ...targets.map((t) => async () => {
      broken.push({ ...t, steps: await threeRuns(forkWith({ url: t.url })) });
    }),
    async () => {
      const ws = forkWith({});
      ws.write({ "terraform.tfstate": withoutEndpoint() });
      refreshed.filled = await step(ws, REFRESH_ONLY);
    },
    async () => void (refreshed.moved = await step(forkWith({ url: proxy.url }), REFRESH_ONLY)),
    async () => void (other.twinDestroy = await step(forkWith({ url: twinServer.url }), ["destroy", "-refresh=false", "-auto-approve", "-json", "-input=false"])),
    async () => void (other.account = await step(forkWith({ token: otherToken }), PLAN)),
    async () => void (other.accountApply = await step(forkWith({ token: otherToken }), APPLY)),
    async () => void (other.expired = await step(forkWith({ token: await expiredToken({ exp: EXP }) }), PLAN)),
    async () => void (other.notYet = await step(forkWith({ token: await expiredToken({ exp: NBF + 86400, nbf: NBF }) }), PLAN)),
    async () => void (other.badUrlEnv = await step(forkWith({ url: "127.0.0.1:8080" }), PLAN)),
    async () => void (other.badUrlAttr = await step(forkWith({ config: stack("active") + provider('  base_url = "localhost:8080"\n') }), PLAN)),
    async () => void (other.badEnv = await step(forkWith({ env: { SMARTENROLL_ENVIRONMENT: "prod" } }), PLAN)),
    async () => void (other.badEnvAttr = await step(forkWith({ config: stack("active") + provider('  environment = "prod"\n') }), PLAN)),
    async () => void (other.draft = await step(forkWith({ config: stack("draft") + provider() }), PLAN)),
    async () => void (other.clash = await step(forkWith({ state: false, config: mainTf(stackBlocks("dup", { project: { ...COMPLETE_PROJECT, name: NAME } })).text + provider() }), APPLY)),
    async () => {
      const two = mainTf([
        ...stackBlocks("two", { project: { ...COMPLETE_PROJECT, name: "Safety Two Flows" }, flow: COMPLETE_FLOW }),
        resource("smartenroll_project_flow", "second", { project_id: ref("smartenroll_project.two.id"), ...COMPLETE_FLOW, liveness: { ...(COMPLETE_FLOW.liveness as object), min_score: 0.7 } }),
      ]).text;
      other.twoFlows = await step(forkWith({ state: false, config: two + provider() }), APPLY);
    },
    async () => {
      const adopt = mainTf(stackBlocks("adopted", { project: { ...COMPLETE_PROJECT, name: NAME } })).text + `import {\n  to = smartenroll_project.adopted\n  id = "${ids.project}"\n}\n`;
      imported = await forkWith({ state: false, config: adopt + provider() }).planJson();
    },
    async () => {
      const bad = mainTf(stackBlocks("typo", { project: { ...COMPLETE_PROJECT, name: "Safety Typo", allowed_countries: ["Untied States"] } })).text;
      other.country = await step(forkWith({ state: false, config: bad + provider() }), PLAN);
    },
  ];
  for (let i = 0; i < jobs.length; i += 4) await Promise.all(jobs.slice(i, i + 4).map((j) => j()));
  // 429 until the retries run out: faults are server-wide, so this one runs alone.
  await e.server.fault({ method: "POST", path: "/v3/projects", times: 20, status: 429 });
  try {
    other.rateLimited = await step(
      forkWith({ state: false, config: mainTf(stackBlocks("limited", { project: { ...COMPLETE_PROJECT, name: "Safety Rate Limited" } })).text + provider("  max_retries = 2\n").replace("  max_retries = 1\n", "") }),
      APPLY,
    );
  } finally {
    await e.server.clearFaults();
  }
}, 400_000);

afterAll(async () => {
  await Promise.all(foreign.map((f) => f.close()));
  await secondServer?.close();
  await twinServer?.close();
  await proxy?.close();
});

const details = (s: Step) => s.errors.map((d) => `${d.summary}: ${d.detail ?? ""}`).join("\n");

describe.each([
  "404 with an HTML page",
  "404 with a foreign JSON body",
  "200 with a foreign JSON body",
  "500",
  "a closed port",
  "a second SmartEnroll server that does not know the project",
  TWIN,
  "the SmartEnroll server under a wrong path prefix",
])(
  "base URL pointing at %s",
  (title) => {
    const target = () => broken.find((b) => b.title === title)!;

    test.each([
      ["plan", 0],
      ["apply -refresh-only", 1],
      ["apply", 2],
    ])("%s fails, leaves state byte-identical and names the URL", (_name, i) => {
      const s = target().steps[i as number];
      expect({ code: s.run.code, stateUnchanged: s.state === state0 }).toEqual({ code: 1, stateUnchanged: true });
      expect(s.errors.length).toBeGreaterThan(0);
      for (const d of s.errors) expect(`${d.summary}: ${d.detail}`).toContain(target().url);
    });

    test("nothing was written anywhere: no request but reads reached the wrong server, and the real one holds one project", async () => {
      const t = target();
      if (t.foreign) expect(t.foreign.requests.filter((r) => r.method !== "GET")).toEqual([]);
      if (t.second) {
        expect(writes(await t.second.requests())).toEqual([]);
        expect(await t.second.listProjects()).toEqual([]);
      }
      expect((await e.server.listProjects()).filter((p) => p.name === NAME).map((p) => p._id)).toEqual([ids.project]);
    });
  },
);

test("a foreign answer is described: URL, status, content type and the start of the body", () => {
  const html = broken.find((b) => b.title === "404 with an HTML page")!;
  expect(html.steps[0].errors.map((d) => d.detail)).toContainEqual(
    `GET ${html.url}/v3/projects/${ids.project}: 404 without the SmartEnroll API's NotFound error body, so nothing is known about the object: HTTP 404 text/html <html><body><h1>404 Not Found</h1><p>nginx</p></body></html>\n\n` +
      `The server at ${html.url} (set by SMARTENROLL_BASE_URL) does not answer like the SmartEnroll API, so the provider cannot tell whether the object exists. Nothing was created or removed, and state is unchanged. ` +
      "Check the base URL: it is the API's host (e.g. https://api.verifik.co; a trailing /v3 is fine), or the prefix under which a proxy serves /v3/projects.",
  );
});

test("a closed port says connection refused and what to check", () => {
  const closed = broken.find((b) => b.title === "a closed port")!;
  const detail = closed.steps[0].errors.map((d) => d.detail!).find((d) => d.includes(`/v3/projects/${ids.project}:`));
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  expect(detail).toMatch(
    new RegExp(
      `^${esc(`Could not connect to ${closed.url}/v3/projects/${ids.project}: connection refused, nothing listens there (2 attempts over `)}\\d+\\.\\d s\\)\\. ` +
        esc(`Check ${closed.url} (set by SMARTENROLL_BASE_URL): its host and port, and that the API server is running. Nothing was created or removed, and state is unchanged.`) +
        "$",
    ),
  );
});

test("a local SmartEnroll server started with another JWT secret: 401 with the token's claims, pointing at the secret", () => {
  const second = broken.find((b) => b.title === "a second SmartEnroll server that does not know the project")!;
  const detail = second.steps[0].errors.map((d) => d.detail!).find((d) => d.includes(`/v3/projects/${ids.project} `))!;
  expect(detail).toMatch(
    new RegExp(
      `^${second.url}/v3/projects/${ids.project} answered 401 Forbidden: Access forbidden\\. The local SmartEnroll server at ${second.url} \\(set by SMARTENROLL_BASE_URL\\) did not accept the token in SMARTENROLL_TOKEN\\. ` +
        `The token's own claims are in order \\(sub "${e.server.user}", exp \\S+ \\(not expired\\)\\), so the server rejected its signature: the token was probably signed with another JWT secret than the one the server was started with \\(SMARTENROLL_JWT_SECRET or --jwt-secret\\)\\. ` +
        `Sign a new token with the server's secret and put it into SMARTENROLL_TOKEN: SMARTENROLL_JWT_SECRET=<the server's secret> npx smartenroll token --user <id>\\. Nothing was created or removed, and state is unchanged\\.$`,
    ),
  );
  expect(detail).not.toContain(e.server.token.split(".")[2]);
});

test("a second server that accepts the token but lacks the project: the read is refused naming both URLs, nothing removed", () => {
  const twin = broken.find((b) => b.title === TWIN)!;
  const p = `project "${NAME}" (${ids.project})`;
  const expected = (what: string) =>
    `Object Not Found At Another Endpoint: ${what} was recorded at ${e.server.url}, but the provider now uses ${twin.url} (set by SMARTENROLL_BASE_URL), where the API says it does not exist. ` +
    "Nothing was removed from state and nothing was created: an object missing from another server is not proof that it was deleted. " +
    `Set base_url, SMARTENROLL_BASE_URL or the environment back to ${e.server.url} and plan again. ` +
    `If the object really moved to ${twin.url} or was deleted, remove it from state with \`terraform state rm\` and import it again (or let the next apply create it).`;
  // Terraform skips the flow's and branding's refresh once their project's refresh failed.
  for (const s of twin.steps) expect(s.errors.map((d) => `${d.summary}: ${d.detail}`)).toEqual([expected(p)]);
});

test("a destroy without refresh at that second server deletes nothing and keeps every managed object in state", async () => {
  const s = other.twinDestroy;
  const managed = (state: string | undefined) =>
    (JSON.parse(state ?? "{}") as { resources?: { mode: string }[] }).resources?.filter((r) => r.mode === "managed");
  expect(s.run.code).toBe(1);
  expect(managed(s.state)).toEqual(managed(state0));
  expect(s.errors.length).toBeGreaterThan(0);
  for (const d of s.errors) {
    expect(d.summary).toBe("Object Recorded At Another Endpoint");
    expect(d.detail).toContain(`was recorded at ${e.server.url}, but the provider now uses ${twinServer.url} (set by SMARTENROLL_BASE_URL). Nothing was deleted and nothing was removed from state.`);
  }
  expect(writes(await twinServer.requests())).toEqual([]);
});

test("the state records the endpoint on every managed object; an older state gets it on the next refresh, and a new URL of the same server replaces it", () => {
  const endpoints = (state: string | undefined) => {
    const raw = JSON.parse(state ?? "{}") as { resources?: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] };
    const managed = (raw.resources ?? []).filter((r) => r.mode === "managed");
    return Object.fromEntries(managed.map((r) => [`${r.type}.${r.name}`, r.instances[0]?.attributes.endpoint]));
  };
  const all = (url: string) => ({ "smartenroll_project.p": url, "smartenroll_project_flow.p": url, "smartenroll_project_branding.p": url });
  expect(endpoints(state0)).toEqual(all(e.server.url));
  expect(withoutEndpoint().includes('"endpoint"')).toBe(false);
  for (const [s, url] of [[refreshed.filled!, e.server.url], [refreshed.moved!, proxy.url]] as const) {
    expect({ code: s.run.code, errors: s.errors }).toEqual({ code: 0, errors: [] });
    expect(endpoints(s.state)).toEqual(all(url));
  }
});

test("another account's token: plan fails naming both accounts, before any read of the project; state unchanged, nothing created", async () => {
  for (const s of [other.account, other.accountApply]) {
    expect({ code: s.run.code, stateUnchanged: s.state === state0 }).toEqual({ code: 1, stateUnchanged: true });
    expect(s.errors.length).toBeGreaterThan(0);
    expect(new Set(s.errors.map((d) => d.summary))).toEqual(new Set(["API Token Is For Another Account"]));
  }
  expect(other.account.errors.map((d) => d.detail)).toContainEqual(
    `project "${NAME}" (${ids.project}) was created by account "${e.server.user}", but the token in use is for account "someone-else". ` +
      "Nothing was read, changed or removed: the API hides other accounts' projects, so with this token the object would look deleted. " +
      `Check that SMARTENROLL_TOKEN holds a token of account "${e.server.user}" (a pipeline may have picked up another account's secret). ` +
      `If the object really belongs to account "someone-else" now, remove it from state with \`terraform state rm\` and import it again with this token.`,
  );
  const theirs = await e.server.requests("someone-else");
  expect(theirs.filter((r) => r.path.includes(ids.project) || r.method !== "GET")).toEqual([]);
  expect(await e.server.listProjects(await e.server.tokenFor("someone-else"))).toEqual([]);
});

test("the state records the account on every managed object", async () => {
  const st = stateResources(await e.ws.stateJson());
  for (const a of ["smartenroll_project.p", "smartenroll_project_flow.p", "smartenroll_project_branding.p"]) expect({ a, account: st.get(a)?.account_id }).toEqual({ a, account: e.server.user });
});

test("import records the account", () => {
  const change = imported.resource_changes?.find((c) => c.address === "smartenroll_project.adopted");
  expect({ importing: change?.change.importing, account: (change?.change.after as Record<string, unknown>)?.account_id }).toEqual({ importing: { id: ids.project }, account: e.server.user });
});

test("an expired or not yet valid token fails the plan with its time, without printing the token", () => {
  expect(other.expired.run.code).toBe(1);
  expect(other.expired.errors.map((d) => `${d.summary}: ${d.detail}`)).toEqual([
    `API Token Expired: The API token in SMARTENROLL_TOKEN expired at ${new Date(EXP * 1000).toISOString()} (3 days ago), so the API would refuse every request. ` +
      "Nothing was read or changed. Get a new token (SmartEnroll tokens are valid for 30 days; a still-valid one can be renewed) and set it in SMARTENROLL_TOKEN.",
  ]);
  expect(other.notYet.errors.map((d) => `${d.summary}: ${d.detail}`)).toEqual([
    `API Token Not Yet Valid: The API token in SMARTENROLL_TOKEN is valid only from ${new Date(NBF * 1000).toISOString()} (in 2 days; its nbf claim), so the API would refuse every request. ` +
      "Nothing was read or changed. Check this machine's clock, or use a token that is already valid.",
  ]);
  expect(other.expired.state).toBe(state0);
});

test("a malformed base URL or environment fails naming the setting", () => {
  const msgs = (s: Step) => s.errors.map((d) => `${d.summary}: ${d.detail}`);
  expect(msgs(other.badUrlEnv)).toEqual([
    'Invalid Base URL: SMARTENROLL_BASE_URL must be an absolute http(s) URL such as "https://api.verifik.co", but "127.0.0.1:8080" was provided; did you mean "http://127.0.0.1:8080" (or https://)?',
  ]);
  expect(msgs(other.badUrlAttr)).toEqual([
    'Invalid Attribute Value: base_url must be an absolute http(s) URL such as "https://api.verifik.co", but "localhost:8080" was provided; did you mean "http://localhost:8080" (or https://)?',
  ]);
  expect(msgs(other.badEnv)).toEqual(['Invalid Environment: SMARTENROLL_ENVIRONMENT must be one of "production", "staging", "development", but "prod" was provided']);
  expect(msgs(other.badEnvAttr)).toEqual(['Invalid Attribute Value: environment must be one of "production", "staging", "development", but "prod" was provided']);
  for (const s of [other.badUrlEnv, other.badUrlAttr, other.badEnv, other.badEnvAttr]) expect(s.state).toBe(state0);
});

test("active → draft is a plan error on status", () => {
  expect(other.draft.run.code).toBe(1);
  expect(other.draft.errors.map((d) => ({ summary: d.summary, detail: d.detail, address: d.address }))).toEqual([
    {
      summary: "Status Cannot Return To Draft",
      detail:
        'status cannot go back to "draft": this flow is "active", and the API moves a project from draft to active and between active and paused, never back to draft. Set status = "paused" to keep the project closed to enrollees.',
      address: "smartenroll_project_flow.p",
    },
  ]);
});

test("a name clash says how to adopt the existing project, with its id", () => {
  expect(other.clash.run.code).toBe(1);
  expect(other.clash.errors.map((d) => `${d.summary}: ${d.detail}`)).toEqual([
    `Project Name Already Taken: a project named "${NAME}" already exists (id ${ids.project}) and this resource does not manage it; adopt it with \`terraform import <address> ${ids.project}\` or an \`import {}\` block:\n\n` +
      `  import {\n    to = <address>   # e.g. smartenroll_project.main\n    id = "${ids.project}"\n  }\n\n` +
      "then plan again; or give this project another name. Nothing was created.",
  ]);
});

test("429 until the retries run out: attempts, time waited and the knobs", async () => {
  expect(other.rateLimited.run.code).toBe(1);
  const [d] = other.rateLimited.errors;
  expect(`${d.summary}: ${d.detail}`).toMatch(
    new RegExp(
      `^Error Creating Project: The SmartEnroll API kept answering 429 Too Many Requests to POST ${e.server.url}/v3/projects: the provider gave up after 3 attempts and \\d+\\.\\d s of waiting\\. ` +
        "The API's rate limits \\(100 project and 50 flow requests per minute per account\\) are shared by everything using this account\\. " +
        "Try again later, raise max_retries in the provider block \\(now 2, at most 10\\), or run terraform with a lower -parallelism \\(default 10\\)\\.$",
    ),
  );
  expect((await e.server.listProjects()).filter((p) => p.name === "Safety Rate Limited")).toEqual([]);
});

test("two flows on one project: the second fails naming the first and how to import it; the server holds one flow", async () => {
  expect(other.twoFlows.run.code).toBe(1);
  const project = (await e.server.listProjects()).find((p) => p.name === "Safety Two Flows");
  expect(project?.projectFlows).toHaveLength(1);
  const flow = project.projectFlows[0];
  expect(other.twoFlows.errors.map((d) => `${d.summary}: ${d.detail}`)).toEqual([
    `Project Already Has A Flow: project ${project._id} already has a personal onboarding flow (${flow._id}, status "draft"), and the API keeps one flow per target and type: ` +
      "a second smartenroll_project_flow would silently share it and the two would overwrite each other's settings. " +
      `If this configuration should manage that flow, adopt it with \`terraform import <address> ${project._id}/${flow._id}\` or an \`import {}\` block with id = "${project._id}/${flow._id}"; ` +
      "otherwise remove the duplicate resource. Nothing was changed.",
  ]);
});

test("an unknown country gets a did-you-mean", () => {
  expect(other.country.errors.map((d) => d.detail)).toContainEqual(
    'allowed_countries[0] must be a supported country name (for example "United States") or "All", but "Untied States" was provided; did you mean "United States"?',
  );
});

test("a project really deleted out of band is planned for re-creation with its flow and branding; the data sources see it gone", async () => {
  const put = await e.server.api("PUT", `/v3/projects/${ids.project}`, { status: "paused", projectFlow: { status: "paused" } });
  const del = await e.server.api("DELETE", `/v3/projects/${ids.project}`);
  expect([put.status, del.status]).toEqual([200, 200]);
  const plan = await e.ws.planJson();
  const actions = Object.fromEntries((plan.resource_changes ?? []).filter((c) => c.mode === "managed").map((c) => [c.address, c.change.actions]));
  expect(actions).toEqual({ "smartenroll_project.p": ["create"], "smartenroll_project_flow.p": ["create"], "smartenroll_project_branding.p": ["create"] });
  const listed = plan.prior_state?.values?.root_module?.resources?.find((r) => r.address === "data.smartenroll_projects.all");
  const twoFlows = (await e.server.listProjects()).find((p) => p.name === "Safety Two Flows")._id;
  expect({ listsOthers: (listed?.values.ids as string[]).includes(twoFlows), listsDeleted: (listed?.values.ids as string[]).includes(ids.project) }).toEqual({ listsOthers: true, listsDeleted: false });
  const byId = await forkWith({ state: false, config: mainTf([dataSource("smartenroll_project", "gone", { id: ids.project })]).text + provider() }).tf(PLAN);
  const errors = diagnosticsOf(byId.stdout).filter((d) => d.severity === "error");
  expect(errors.map((d) => `${d.summary}: ${d.detail}`)).toEqual([`Error Reading Project: GET /v3/projects/${ids.project}: 404 NotFound: Project not found`]);
}, 120_000);
