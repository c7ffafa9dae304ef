import { z } from "zod";
import { snakeCase } from "../../src/provider/normalize/case";
import { pathFromModel } from "../../src/provider/schemas/from-model";

// Moved from the plugin layer's tests with pathFromZod: the provider, not src/plugin, maps model paths to attributes.
describe("model paths as attribute paths", () => {
  test("a zod issue path becomes the snake_case attribute path", () => {
    const schema = z.object({ documents: z.object({ documentTypes: z.array(z.object({ country: z.string().min(2) })) }) });
    const result = schema.safeParse({ documents: { documentTypes: [{ country: "x" }] } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(pathFromModel(issue.path as (string | number)[]).toString()).toBe("documents.document_types[0].country");
    expect(pathFromModel(["a", 2, "bC"]).toString()).toBe("a[2].b_c");
  });

  test("snake_case conversion", () => {
    expect(snakeCase("termsAndConditionsUrl")).toBe("terms_and_conditions_url");
    expect(snakeCase("apiURLValue")).toBe("api_url_value");
    expect(snakeCase("name")).toBe("name");
  });
});
