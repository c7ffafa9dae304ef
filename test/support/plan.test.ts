import { diagnosticsOf, diffPaths, summarize } from "./plan";

describe("diffPaths", () => {
  test("names the changed leaves, indexes included, and a resized list as a whole", () => {
    const a = { name: "x", dp: { city: "NY", zip: "1" }, list: [1, 2], rows: [{ c: "US" }] };
    const b = { name: "x", dp: { city: "LA", zip: "1" }, list: [1, 2, 3], rows: [{ c: "CA" }] };
    expect(diffPaths(a, b)).toEqual(["dp.city", "list", "rows[0].c"]);
    expect(diffPaths(a, a)).toEqual([]);
  });
});

describe("summarize", () => {
  test("separates known changes from values known after apply", () => {
    const s = summarize({
      address: "smartenroll_project.main",
      mode: "managed",
      type: "smartenroll_project",
      name: "main",
      change: {
        actions: ["update"],
        before: { name: "a", updated_at: "t1", dp: { city: "NY" } },
        after: { name: "b", dp: { city: "NY" } },
        after_unknown: { updated_at: true, dp: {} },
        replace_paths: [["target"]],
      },
    });
    expect(s).toMatchObject({ actions: ["update"], changed: ["name"], unknown: ["updated_at"], replacePaths: ["target"], importing: false });
  });
});

describe("diagnosticsOf", () => {
  test("reads validate -json documents and -json UI streams", () => {
    const diag = { severity: "error", summary: "Invalid Attribute Value", detail: "x" };
    expect(diagnosticsOf(JSON.stringify({ valid: false, diagnostics: [diag] }))).toEqual([diag]);
    const stream = [JSON.stringify({ type: "version" }), JSON.stringify({ type: "diagnostic", diagnostic: diag }), "not json"].join("\n");
    expect(diagnosticsOf(stream)).toEqual([diag]);
  });
});
