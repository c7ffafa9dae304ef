import "cdktf/lib/testing/adapters/jest";
import { Project } from "../../lib/project";
import { ProjectFlow } from "../../lib/project-flow";
import { TerraformStack, Testing } from "cdktf";
import { ProjectTemplate, mergeProps } from "../../src/constructs";
import { SmartenrollProvider } from "../../lib/provider";
import { seedProps } from "../support/seed";
import { synthErrors } from "../support/synth";

Testing.setupJest();

const { name, allowedCountries, ...shared } = seedProps();

function stackWithProvider(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new SmartenrollProvider(stack, "smartenroll");
  return stack;
}

describe("ProjectTemplate", () => {
  test("creates one project per entry, each with its overrides laid over the template", () => {
    const out = Testing.synthScope((scope) => {
      new ProjectTemplate(scope, "Regional", {
        template: shared,
        projects: {
          us: { name: "Onboarding - US", allowedCountries: ["United States"] },
          eu: { name: "Onboarding - EU", allowedCountries: ["France", "Germany"], liveness: { searchMode: "ACCURATE" }, status: "draft" },
        },
      });
    });
    expect(out).toHaveResourceWithProperties(Project, { name: "Onboarding - US", allowed_countries: ["United States"] });
    expect(out).toHaveResourceWithProperties(Project, { name: "Onboarding - EU", allowed_countries: ["France", "Germany"] });
    // Objects merge key by key: the EU flow keeps the template's scores and changes only the search mode.
    expect(out).toHaveResourceWithProperties(ProjectFlow, {
      status: "draft",
      liveness: { attempt_limit: 3, min_score: 0.65, search_min_score: 0.8, search_mode: "ACCURATE" },
    });
    expect(out).toHaveResourceWithProperties(ProjectFlow, { status: "active", liveness: expect.objectContaining({ search_mode: "FAST" }) });
  });

  test("addProject returns the KycProject it creates", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const template = new ProjectTemplate(stack, "Regional", { template: shared });
    const mx = template.addProject("mx", { name: "Onboarding - MX", allowedCountries: ["Mexico"] });
    expect(template.projects).toEqual({ mx });
    expect(mx.node.path).toBe("test/Regional/mx");
  });

  test("lists replace rather than merge", () => {
    expect(mergeProps({ a: [1, 2], o: { x: 1, y: 2 } }, { a: [3], o: { y: 5 } })).toEqual({ a: [3], o: { x: 1, y: 5 } });
  });

  test("fails when two projects share a name", () => {
    const stack = stackWithProvider();
    new ProjectTemplate(stack, "Regional", {
      template: { ...shared, name: "Onboarding" },
      projects: { us: { allowedCountries: ["United States"] }, ca: { allowedCountries: ["Canada"] } },
    });
    expect(synthErrors(stack)).toEqual(['[test/Regional] projects.ca.name must be unique within the template, but "Onboarding" is also used by projects.us']);
  });

  test("fails when a project misses a required setting, naming the project", () => {
    const stack = stackWithProvider();
    new ProjectTemplate(stack, "Regional", { template: shared, projects: { us: { name: "Onboarding - US" } } });
    expect(synthErrors(stack)).toEqual(["[test/Regional/us] allowedCountries is required"]);
  });
});
