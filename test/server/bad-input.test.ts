/** Bad input never yields a 5xx or a half-written record: a generated corpus of bad bodies against every write. */
import path from "node:path";
import Database from "better-sqlite3";
import { harness, minimalProject, readyFlow, tempDir, type Harness } from "./support";

let h: Harness;
let tmp: ReturnType<typeof tempDir>;
let dbFile: string;
let project: string;
let flow: string;

beforeAll(async () => {
  tmp = tempDir();
  dbFile = path.join(tmp.dir, "api.db");
  h = await harness({ dbFile });
  const created = await h.call("POST", "/v3/projects", { ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() });
  project = created.body.data._id;
  flow = created.body.data.projectFlows;
});
afterAll(async () => {
  await h.close();
  tmp.cleanup();
});

function dump(): unknown {
  const db = new Database(dbFile, { readonly: true });
  try {
    return { p: db.prepare("SELECT * FROM projects ORDER BY id").all(), f: db.prepare("SELECT * FROM flows ORDER BY id").all() };
  } finally {
    db.close();
  }
}

/** Values that are wrong for a leaf of the given sample value. */
function wrongValues(sample: unknown): unknown[] {
  if (typeof sample === "string") return [123, true, [], {}];
  if (typeof sample === "number") return ["3", false, [], -1e9, 1e9, 0.5];
  if (typeof sample === "boolean") return ["yes", 1, {}];
  if (Array.isArray(sample)) return ["x", 5, { a: 1 }, [123]];
  if (sample && typeof sample === "object") return ["x", 5, [1]];
  return [];
}

function leaves(v: unknown, p: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.length ? [p, ...v.flatMap((x, i) => leaves(x, [...p, i]))] : [p];
  if (v && typeof v === "object") return [p, ...Object.entries(v).flatMap(([k, x]) => leaves(x, [...p, k]))].filter((x) => x.length);
  return [p];
}

function setAt(obj: unknown, p: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(obj) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[p[p.length - 1]] = value;
  return copy;
}
const getAt = (obj: unknown, p: (string | number)[]) => p.reduce<any>((o, k) => o?.[k], obj);

/** Every request of the corpus: [method, path, raw body]. */
function corpus(): [string, string, string][] {
  const out: [string, string, string][] = [];
  const full = { ...minimalProject("Another"), projectFlowType: "onboarding", projectFlow: { ...readyFlow(), liveness: { attemptLimit: 3, minScore: 0.6, searchMinScore: 0.8, searchMode: "FAST" } } };
  for (const p of leaves(full)) {
    if (p.includes("documentTemplates")) continue;
    for (const bad of wrongValues(getAt(full, p))) out.push(["POST", "/v3/projects", JSON.stringify(setAt(full, p, bad))]);
  }
  const update = { name: "Renamed", allowedCountries: ["Canada"], dataProtection: { city: "Lima", postalCode: "15001" }, branding: { backgroundColor: "#ffffff", logo: "https://example.com/l.png" }, projectFlow: { liveness: { minScore: 0.7 }, integrations: { source: "NONE" } } };
  for (const p of leaves(update)) for (const bad of wrongValues(getAt(update, p))) out.push(["PUT", `/v3/projects/${project}`, JSON.stringify(setAt(update, p, bad))]);
  const flowUpdate = { documents: { attemptLimit: 2 }, liveness: { searchMinScore: 0.9 }, signUpForm: { email: true }, steps: { liveness: "optional" } };
  for (const p of leaves(flowUpdate)) for (const bad of wrongValues(getAt(flowUpdate, p))) out.push(["PUT", `/v3/project-flows/${flow}`, JSON.stringify(setAt(flowUpdate, p, bad))]);
  const semantic: unknown[] = [
    { allowedCountries: ["Narnia"] }, { contactEmail: "a@" }, { privacyUrl: "javascript:alert(1)" }, { name: "" }, { name: "n".repeat(61) },
    { dataProtection: { postalCode: "!!" } }, { branding: { backgroundColor: "blue" } }, { branding: { imageBackgroundColor: "notacolour" } },
    { status: "archived" }, { status: "draft" }, { demoOTP: "12ab" }, { currentStep: 7 },
    { projectFlow: { steps: { document: "mandatory" }, documents: { verificationMethods: [] } } },
    { projectFlow: { documents: { documentTypes: [{ country: "Canada", configurations: [{ active: false, documentCategory: "passport" }] }] }, steps: { document: "optional" } } },
    { projectFlow: { integrations: { source: "API" } } }, { projectFlow: { liveness: { minScore: 0.51 } } }, { projectFlow: { liveness: { searchMinScore: 0.96 } } },
    { projectFlow: { documents: { attemptLimit: 6 } } }, { projectFlow: { documents: { verificationMethods: ["FAX"] } } }, { projectFlow: { integrations: { redirectUrl: "" } }, status: "active" },
  ];
  for (const b of semantic) out.push(["PUT", `/v3/projects/${project}`, JSON.stringify(b)]);
  const raw = ["{", "nul", "[]", "[1,2]", '"text"', "42", "true", "null", '{"name": }', "\u0000\u0001", '{"a":1}{"b":2}', "{'single': 1}", "\xff\xfe"];
  for (const [m, p] of [["POST", "/v3/projects"], ["PUT", `/v3/projects/${project}`], ["POST", "/v3/project-flows"], ["PUT", `/v3/project-flows/${flow}`]]) for (const r of raw) out.push([m, p, r]);
  for (const b of [{}, { project: "zz", type: "onboarding", name: "x" }, { project: 5, type: "onboarding", name: "x" }, { project, type: "signup", name: "x" }, { project, name: "x" }, { project: "0123456789abcdef01234567", type: "onboarding", name: "x" }])
    out.push(["POST", "/v3/project-flows", JSON.stringify(b)]);
  for (const id of ["1", "zzzzzzzzzzzzzzzzzzzzzzzz", "0123456789abcdef01234567", "%E0%A4%A", "..%2F..%2Fetc"]) {
    out.push(["PUT", `/v3/projects/${id}`, "{}"], ["DELETE", `/v3/projects/${id}`, ""], ["PUT", `/v3/project-flows/${id}`, "{}"], ["DELETE", `/v3/project-flows/${id}`, ""]);
  }
  out.push(["DELETE", `/v3/projects/${project}/extra`, ""], ["PATCH", `/v3/projects/${project}`, "{}"], ["POST", `/v3/projects/${project}`, "{}"]);
  return out;
}

test("at least 200 bad requests: no 5xx, only 4xx, and the store is unchanged", async () => {
  await h.call("PUT", `/v3/projects/${project}`, { status: "active", projectFlow: { status: "active" } });
  const before = dump();
  const cases = corpus();
  expect(cases.length).toBeGreaterThanOrEqual(200);
  const bad: string[] = [];
  for (const [method, p, body] of cases) {
    const r = await h.call(method, p, undefined, { raw: body === "" ? undefined : body });
    if (r.status < 400 || r.status >= 500) bad.push(`${method} ${p} ${body.slice(0, 120)} → ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
  }
  expect(bad).toEqual([]);
  expect(dump()).toEqual(before);
});

test("malformed JSON → 400 BadRequest; wrong types → 400 naming the field", async () => {
  const r = await h.call("POST", "/v3/projects", undefined, { raw: "{not json" });
  expect([r.status, r.body.code, r.body.message]).toEqual([400, "BadRequest", "Invalid request body"]);
  const t = await h.call("PUT", `/v3/projects/${project}`, { allowedCountries: "Canada" });
  expect([t.status, t.body.details]).toEqual([400, [{ field: "allowedCountries", message: 'allowedCountries must be a list, but the string "Canada" was provided' }]]);
});

test("an ISO country code → 409 MissingParameter, the detail suggesting the country's name", async () => {
  const r = await h.call("POST", "/v3/projects", { ...minimalProject("Coded"), allowedCountries: ["CA", "usa"] });
  expect([r.status, r.body.code, r.body.message]).toEqual([409, "MissingParameter", "Country not supported. contact support to help you include your country to our list."]);
  expect(r.body.details).toEqual([
    { field: "allowedCountries.0", message: 'allowedCountries[0] must be a supported country name (for example "United States") or "All", but "CA" was provided; did you mean "Canada"?' },
    { field: "allowedCountries.1", message: 'allowedCountries[1] must be a supported country name (for example "United States") or "All", but "usa" was provided; did you mean "United States"?' },
  ]);
});

test("bodies over 1 MiB → 413, and the server keeps serving", async () => {
  const big = JSON.stringify({ ...minimalProject("Big"), identifier: "x".repeat(1024 * 1024) });
  const r = await h.call("POST", "/v3/projects", undefined, { raw: big });
  expect(r.status).toBe(413);
  const justUnder = JSON.stringify({ ...minimalProject("Fits"), identifier: "x".repeat(1024 * 1024 - 400) });
  expect(Buffer.byteLength(justUnder)).toBeLessThanOrEqual(1024 * 1024);
  expect((await h.call("POST", "/v3/projects", undefined, { raw: justUnder })).status).toBe(201);
});
