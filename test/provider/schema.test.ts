import { AttributePath, type Attribute } from "../../src/plugin";
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

  test("declared is enforced: no optional attribute takes the API's value when unset (optional+computed ones have a default)", () => {
    const undefaulted = (attrs: Readonly<Record<string, Attribute>>, base: string): string[] =>
      Object.entries(attrs).flatMap(([n, a]) => [
        ...(a.optional && a.computed && !a.default ? [`${base}${n}`] : []),
        ...("attributes" in a && a.attributes ? undefaulted(a.attributes, `${base}${n}.`) : []),
      ]);
    expect(resources.flatMap((r) => undefaulted(r.schema().attributes, `${name(r)}.`))).toEqual([]);
  });

  test("a section left out plans as the object of its settings' defaults; descriptions say what unset plans to", () => {
    const flow = resources[1].schema().attributes;
    const liveness = flow.liveness as Extract<Attribute, { attributes: unknown }>;
    expect(liveness.default?.defaultValue({ path: AttributePath.root("liveness") })).toEqual({ attempt_limit: 3, min_score: 0.65, search_min_score: 0.8, search_mode: "FAST" });
    expect(liveness.attributes.min_score.description).toMatch(/When unset, planned as `0\.65` \(recommended\)\.$/);
    expect(flow.steps.description).toMatch(/When left out, every setting is planned at its default\.$/);
    expect(resources[0].schema().attributes.id.default).toBeUndefined();
  });

  test("the token is sensitive; target and project_id replace", () => {
    expect(provider.schema().attributes.token.sensitive).toBe(true);
    expect(resources[0].schema().attributes.target.planModifiers?.length).toBeGreaterThan(0);
    expect(resources[1].schema().attributes.project_id.planModifiers?.length).toBeGreaterThan(0);
  });
});
