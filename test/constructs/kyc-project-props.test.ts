import path from "node:path";
import { z } from "zod";
import { brandingV3Shape, fieldAt, fieldMeta, fieldRange, flowConfigInput, projectCreateInput } from "../../src/model";
import { propDocs, type PropDoc } from "../support/prop-docs";

const FILE = path.join(__dirname, "../../src/constructs/kyc-project-props.ts");

/** The model field behind a prop path (list items stepped through), or undefined for the construct's own props. */
function modelField(propPath: string): z.ZodType | undefined {
  const [head, ...rest] = propPath.split(".");
  if (head === "branding") return rest.length ? fieldAt(z.object(brandingV3Shape), rest) : undefined;
  if (head === "webhook" || head === "status") return undefined;
  return fieldAt(projectCreateInput, [head, ...rest]) ?? fieldAt(flowConfigInput, [head, ...rest]);
}

/** Defaults KycProject fills in itself, which the model does not have. */
const CONSTRUCT_DEFAULTS: Record<string, unknown> = { "documents.documentTypes.configurations.active": true };

describe("KycProjectProps as an editor shows them", () => {
  const docs: PropDoc[] = propDocs(FILE, "KycProjectProps");
  const byPath = new Map(docs.map((d) => [d.path, d]));

  test("cover the project's settings, the flow's sections, their nested settings and the construct's own props", () => {
    expect(docs.map((d) => d.path)).toEqual(
      expect.arrayContaining([
        "name",
        "dataProtection.postalCode",
        "signUpForm.additionalFields.label",
        "steps.document",
        "documents.documentTypes.configurations.documentTemplates.promptTemplate",
        "liveness.minScore",
        "integrations.redirectUrl",
        "branding.logo",
        "webhook.url",
        "status",
      ]),
    );
  });

  test("every prop has a summary, and every optional one an @default", () => {
    expect(docs.filter((d) => d.summary.trim() === "").map((d) => d.path)).toEqual([]);
    expect(docs.filter((d) => d.optional && d.tags.default === undefined).map((d) => d.path)).toEqual([]);
    expect(docs.filter((d) => !d.optional && d.tags.default !== undefined).map((d) => d.path)).toEqual([]);
  });

  test("a prop is required exactly when the model requires its field (except defaults the construct fills in)", () => {
    const required = docs.filter((d) => modelField(d.path) && !d.optional).map((d) => d.path);
    const modelRequired = docs.filter((d) => modelField(d.path)?.safeParse(undefined).success === false && !(d.path in CONSTRUCT_DEFAULTS)).map((d) => d.path);
    expect(required).toEqual(modelRequired);
  });

  test("literal defaults are the model's (or the construct's own)", () => {
    for (const d of docs) {
      const def = d.tags.default;
      const field = modelField(d.path);
      if (def === undefined || def.startsWith("-") || !field) continue;
      const expected = d.path in CONSTRUCT_DEFAULTS ? CONSTRUCT_DEFAULTS[d.path] : fieldMeta(field).default;
      expect({ [d.path]: JSON.parse(def) }).toEqual({ [d.path]: expected });
    }
  });

  test("every bounded number and length states its bounds", () => {
    const unstated = docs.flatMap((d) => {
      const field = modelField(d.path);
      const range = field ? fieldRange(field) : {};
      return [range.min, range.max].filter((b) => b !== undefined && !d.summary.includes(String(b))).map((b) => `${d.path}: ${b}`);
    });
    expect(unstated).toEqual([]);
    expect(byPath.get("liveness.minScore")).toMatchObject({ summary: expect.stringContaining("from 0.52 to 0.9"), tags: { default: "0.65" } });
  });

  test("the construct's notes and own props read as written", () => {
    expect(byPath.get("steps.document")?.summary).toContain("Only this turns the step on");
    expect(byPath.get("documents.documentTypes.configurations.active")).toMatchObject({ optional: true, tags: { default: "true" } });
    expect(byPath.get("webhook")?.summary).toContain("creates one");
    expect(byPath.get("status")?.tags.default).toBe('"draft"');
  });
});
