import type { Attribute } from "../../src/plugin";
import { SmartEnrollProvider } from "../../src/provider/provider";

const provider = new SmartEnrollProvider("0.0.0-test", {});

function undocumented(attrs: Readonly<Record<string, Attribute>>, base = ""): string[] {
  return Object.entries(attrs).flatMap(([name, a]) => {
    const p = base ? `${base}.${name}` : name;
    const own = a.description && a.description.trim().length > 10 ? [] : [p];
    return "attributes" in a && a.attributes ? [...own, ...undocumented(a.attributes, p)] : own;
  });
}

describe("schema", () => {
  const resources = provider.resources().map((f) => f());
  const dataSources = provider.dataSources().map((f) => f());
  const name = (x: { metadata(r: { providerTypeName: string }): { typeName: string } }) => x.metadata({ providerTypeName: "smartenroll" }).typeName;

  test("offers the resource and data source names of architecture.md", () => {
    expect(resources.map(name)).toEqual(["smartenroll_project", "smartenroll_project_flow", "smartenroll_project_branding", "smartenroll_webhook"]);
    expect(dataSources.map(name)).toEqual(["smartenroll_project", "smartenroll_projects", "smartenroll_webhook"]);
  });

  test("every attribute has a description", () => {
    expect(undocumented(provider.schema().attributes)).toEqual([]);
    for (const r of [...resources, ...dataSources]) expect({ [name(r)]: undocumented(r.schema().attributes) }).toEqual({ [name(r)]: [] });
  });

  test("descriptions come from the model where it has one", () => {
    const flow = resources[1].schema().attributes;
    const liveness = flow.liveness as Extract<Attribute, { attributes: unknown }>;
    expect(liveness.attributes.min_score.description).toMatch(/0\.52/);
  });

  test("the token is sensitive; target and project_id replace", () => {
    expect(provider.schema().attributes.token.sensitive).toBe(true);
    expect(resources[0].schema().attributes.target.planModifiers?.length).toBeGreaterThan(0);
    expect(resources[1].schema().attributes.project_id.planModifiers?.length).toBeGreaterThan(0);
  });
});
