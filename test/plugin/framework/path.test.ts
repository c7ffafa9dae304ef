import { z } from "zod";
import { AttributePath, pathFromZod, snakeCase } from "../../../src/plugin";

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

  test("turns a zod issue path into an attribute path with a name mapper", () => {
    const schema = z.object({ documents: z.object({ documentTypes: z.array(z.object({ country: z.string().min(2) })) }) });
    const result = schema.safeParse({ documents: { documentTypes: [{ country: "x" }] } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(pathFromZod(issue.path, snakeCase).toString()).toBe("documents.document_types[0].country");
  });

  test("maps keys of map attributes as map keys when the mapper says so", () => {
    const p = pathFromZod(["envs", "FOO_BAR", "value"], (key, parent) => (parent.toString() === "envs" ? { mapKey: key } : key));
    expect(p.steps).toEqual([{ attr: "envs" }, { mapKey: "FOO_BAR" }, { attr: "value" }]);
  });

  test("identity mapping by default", () => {
    expect(pathFromZod(["a", 2, "bC"]).toString()).toBe("a[2].bC");
  });

  test("snake_case conversion", () => {
    expect(snakeCase("termsAndConditionsUrl")).toBe("terms_and_conditions_url");
    expect(snakeCase("apiURLValue")).toBe("api_url_value");
    expect(snakeCase("name")).toBe("name");
  });
});
