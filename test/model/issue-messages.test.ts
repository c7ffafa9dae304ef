import { API_NAMING, fieldName, fieldPath, issueMessage, PROP_NAMING, validateFlow, type IssueNaming } from "../../src/model";

const snake = (p: readonly (string | number)[]) => fieldPath(p.map((k) => (typeof k === "string" ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k)));
/** A naming like the provider's (attribute paths in snake_case). */
const SNAKE: IssueNaming = { subject: snake, ref: snake };

describe("issues are data, each surface names the fields", () => {
  const flow = {
    steps: { document: "mandatory" },
    documents: { verificationMethods: [], documentTypes: [{ country: "Canada", configurations: [{ active: false, documentCategory: "passport" }] }] },
    liveness: { minScore: 0.95 },
  };
  const issues = validateFlow(flow);

  test("an issue holds a code, the field's path and the parameters of its message", () => {
    expect(issues).toEqual([
      { code: "not_accepted", path: ["liveness", "minScore"], status: 422, params: { expect: "between 0.52 and 0.9", received: 0.95 } },
    ]);
    const rules = validateFlow({ steps: flow.steps, documents: flow.documents });
    expect(rules.map((i) => [i.code, i.path])).toEqual([
      ["required_when", ["documents", "verificationMethods"]],
      ["no_active_configuration", ["documents", "documentTypes", 0, "configurations"]],
    ]);
    expect(rules[0].params).toEqual({ when: { field: ["steps", "document"] }, is: "mandatory", received: [], hint: "give at least one method" });
  });

  test.each([
    ["the API", API_NAMING, ['verificationMethods is required when steps.document is "mandatory": give at least one method, but an empty list was provided', 'documentTypes[0].configurations (Canada) needs at least one active configuration when steps.document is "mandatory", but none is active']],
    ["props", PROP_NAMING, ['documents.verificationMethods is required when steps.document is "mandatory": give at least one method, but an empty list was provided', 'documents.documentTypes[0].configurations (Canada) needs at least one active configuration when steps.document is "mandatory", but none is active']],
    ["attributes", SNAKE, ['documents.verification_methods is required when steps.document is "mandatory": give at least one method, but an empty list was provided', 'documents.document_types[0].configurations (Canada) needs at least one active configuration when steps.document is "mandatory", but none is active']],
  ])("%s: every message names the field its own way", (_, naming, want) => {
    expect(validateFlow({ steps: flow.steps, documents: flow.documents }).map((i) => issueMessage(i, naming))).toEqual(want);
  });

  test("fields an issue mentions are spelled by the surface too", () => {
    const [i] = validateFlow({ integrations: { source: "API", apiUrl: "" } });
    expect(issueMessage(i, SNAKE)).toBe('integrations.api_url is required when integrations.source is "API", but "" was provided');
  });
});

test.each([
  [["liveness", "minScore"], "minScore"],
  [["allowedCountries", 1], "allowedCountries[1]"],
  [["documents", "documentTypes", 1, "configurations"], "documentTypes[1].configurations"],
  [["projectFlow", "documents", "documentTypes", 0, "configurations", 2, "active"], "documentTypes[0].configurations[2].active"],
  [[], "value"],
])("the API names %j %s", (path, name) => {
  expect(fieldName(path)).toBe(name);
});
