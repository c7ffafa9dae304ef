import { block, ref, renderHcl, resource } from "./hcl";

describe("renderHcl", () => {
  const r = renderHcl([
    { kind: "terraform", body: { required_providers: block({ smartenroll: { source: "smartenroll/smartenroll" } }) } },
    resource("smartenroll_project_flow", "main", {
      project_id: ref("smartenroll_project.main.id"),
      skipped: undefined,
      note: 'a ${b} %{c} "q"',
      documents: { verification_methods: ["scan", "upload"], document_types: [{ country: "US", configurations: [{ active: true }] }] },
    }),
  ]);

  test("writes references raw, escapes template sequences in strings and leaves out undefined", () => {
    expect(r.text).toContain("project_id = smartenroll_project.main.id\n");
    expect(r.text).toContain('note = "a $${b} %%{c} \\"q\\""\n');
    expect(r.text).not.toContain("skipped");
    expect(r.text).toContain("required_providers {\n");
  });

  test("records the line of every attribute, nested ones included", () => {
    const lines = r.text.split("\n");
    for (const [path, want] of [
      ["smartenroll_project_flow.main.project_id", "project_id ="],
      ["smartenroll_project_flow.main.documents.verification_methods", "verification_methods ="],
      ["smartenroll_project_flow.main.documents.document_types[0].country", "country ="],
      ["smartenroll_project_flow.main.documents.document_types[0].configurations[0].active", "active ="],
    ] as const) {
      const n = r.lines.get(path);
      expect(n).toBeDefined();
      expect(lines[(n as number) - 1].trim().startsWith(want)).toBe(true);
    }
  });
});
