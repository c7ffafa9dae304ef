import { AttributePath } from "../../../src/plugin";

describe("attribute paths", () => {
  test("builds immutable paths and prints them like Terraform", () => {
    const base = AttributePath.root("documents");
    const p = base.attr("document_types").listIndex(0).attr("country");
    expect(p.toString()).toBe("documents.document_types[0].country");
    expect(base.toString()).toBe("documents");
    expect(AttributePath.root("envs").mapKey("FOO").attr("value").toString()).toBe('envs["FOO"].value');
    expect(p.parent().toString()).toBe("documents.document_types[0]");
    expect(p.equals(AttributePath.root("documents").attr("document_types").listIndex(0).attr("country"))).toBe(true);
  });
});
