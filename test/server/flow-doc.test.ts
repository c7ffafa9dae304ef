import { FLOW_DEFAULTS, FLOW_SECTION_DEFAULTS, FLOW_SECTIONS } from "../../src/model";
import { applyFlowPatch, newFlow } from "../../src/server/flow-doc";

const NOW = "2024-01-01T00:00:00.000Z";

test("a new flow holds every section of the model with its defaults", () => {
  const f = newFlow("64a1b2c3d4e5f67890123456", NOW);
  expect(f).toMatchObject({ project: "64a1b2c3d4e5f67890123456", ...FLOW_DEFAULTS, createdAt: NOW, updatedAt: NOW });
  for (const s of FLOW_SECTIONS) expect(f[s]).toEqual(FLOW_SECTION_DEFAULTS[s]);
  f.liveness.searchMode = "ACCURATE";
  expect(FLOW_SECTION_DEFAULTS.liveness.searchMode).toBe("FAST");
});

test("a patch merges sections key by key; null restores a default or drops a field without one", () => {
  const f = applyFlowPatch(newFlow("p", NOW), { name: "Onboarding", liveness: { minScore: 0.8 }, documents: { documentTypes: [{ country: "Canada", configurations: [{ active: true, documentCategory: "passport" }] }] } });
  expect(f.liveness).toEqual({ ...FLOW_SECTION_DEFAULTS.liveness, minScore: 0.8 });
  expect(f.documents.documentTypes).toEqual([{ country: "Canada", configurations: [{ active: true, documentCategory: "passport", documentTemplates: [] }] }]);
  const cleared = applyFlowPatch(f, { name: null, type: null, liveness: { minScore: null } });
  expect(cleared).not.toHaveProperty("name");
  expect([cleared.type, cleared.liveness.minScore]).toEqual([FLOW_DEFAULTS.type, FLOW_SECTION_DEFAULTS.liveness.minScore]);
});
