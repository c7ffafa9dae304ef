import { decodeMsgpack, encodeMsgpack } from "../../../../src/plugin/codec/msgpack";
import { isUnknown, knownValueValidator, ObjectValue, Provider, Resource, schemaType, unknown } from "../../../../src/plugin";
import { tfplugin6 } from "../../../../src/plugin/proto/messages";
import { providerRpcs } from "../../../../src/plugin/server/rpcs";
import { ProviderServer } from "../../../../src/plugin/server/provider-server";
import { noopResource, providerOf } from "../../fixtures/one-resource";

const schema = {
  attributes: {
    id: { kind: "string", computed: true },
    rules: {
      kind: "list_nested",
      optional: true,
      attributes: {
        name: {
          kind: "string",
          required: true,
          validators: [knownValueValidator("not empty", (v, path, d) => v === "" && d.addAttributeError(path, "Empty Name", "name must not be empty."))],
        },
      },
    },
  },
} as const;
const type = schemaType(schema as never);

function makeProvider(resource: Partial<Resource>): Provider {
  return providerOf([noopResource("r", schema as never, resource)], { configure: (_q, resp) => void (resp.providerData = "data") });
}

const dv = (v: ObjectValue | null) => ({ msgpack: encodeMsgpack(v, type) });

describe("tfplugin6 RPC adapters", () => {
  test("a read that removes the resource returns a null state", async () => {
    const rpcs = providerRpcs(new ProviderServer(makeProvider({ read: (_q, resp) => resp.removeResource() })));
    const res = await rpcs.ReadResource({ typeName: "p_r", currentState: dv({ id: "1", rules: null }) });
    expect(Buffer.from(res.newState!.msgpack!).toString("hex")).toBe("c0");
    expect(res.diagnostics).toEqual([]);
  });

  test("validators in nested attributes report the element's path", async () => {
    const rpcs = providerRpcs(new ProviderServer(makeProvider({})));
    const res = await rpcs.ValidateResourceConfig({ typeName: "p_r", config: dv({ id: null, rules: [{ name: "ok" }, { name: "" }] }) });
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics![0]).toMatchObject({
      summary: "Empty Name",
      attribute: { steps: [{ attributeName: "rules" }, { elementKeyInt: 1 }, { attributeName: "name" }] },
    });
  });

  test("a thrown error becomes an error diagnostic, not a gRPC failure", async () => {
    const rpcs = providerRpcs(new ProviderServer(makeProvider({ read: () => Promise.reject(new Error("boom")) })));
    const res = await rpcs.ReadResource({ typeName: "p_r", currentState: dv({ id: "1", rules: null }) });
    expect(res.diagnostics![0]).toMatchObject({ severity: tfplugin6.Diagnostic.Severity.ERROR, summary: "Unexpected Provider Error" });
    expect(res.diagnostics![0].detail).toMatch(/boom[\s\S]*bug in the provider/);
  });

  test("an unknown resource type is reported as a provider bug", async () => {
    const rpcs = providerRpcs(new ProviderServer(makeProvider({})));
    const res = await rpcs.ReadResource({ typeName: "p_nope", currentState: dv(null) });
    expect(res.diagnostics![0].summary).toBe("Unknown resource type");
  });

  test("resources receive the provider data after ConfigureProvider", async () => {
    let seen: unknown;
    const rpcs = providerRpcs(new ProviderServer(makeProvider({ configure: (q) => void (seen = q.providerData), read: () => undefined })));
    await rpcs.ConfigureProvider({ terraformVersion: "1.11.4", config: { msgpack: encodeMsgpack({}, schemaType({ attributes: {} })) } });
    await rpcs.ReadResource({ typeName: "p_r", currentState: dv({ id: "1", rules: null }) });
    expect(seen).toBe("data");
  });

  test("import starts from an all-null object and returns what importState set", async () => {
    const rpcs = providerRpcs(new ProviderServer(makeProvider({ importState: (q, resp) => void (resp.state.id = q.id) })));
    const res = await rpcs.ImportResourceState({ typeName: "p_r", id: "abc" });
    expect(decodeMsgpack(res.importedResources![0].state!.msgpack!, type)).toEqual({ id: "abc", rules: null });
  });

  describe("unchanged objects", () => {
    // Terraform's encoding of {id: "1", rules: [{name: "a"}]}, keys in Terraform's order, the nested object as it sent it.
    const terraformBytes = () => ({ msgpack: Buffer.from("82a26964a131a572756c65739181a46e616d65a161", "hex") });

    test("a plan whose proposed state is the prior one plans exactly the prior state, and still runs the resource's plan check", async () => {
      let checked = 0;
      const rpcs = providerRpcs(new ProviderServer(makeProvider({ modifyPlan: () => void checked++ })));
      const prior = terraformBytes();
      const res = await rpcs.PlanResourceChange({ typeName: "p_r", priorState: prior, proposedNewState: terraformBytes(), config: dv({ id: null, rules: [{ name: "a" }] }) });
      expect(res.plannedState).toBe(prior);
      expect(res.requiresReplace).toEqual([]);
      expect(checked).toBe(1);
    });

    test("a plan that changes a value is encoded from the planned value", async () => {
      const rpcs = providerRpcs(new ProviderServer(makeProvider({ modifyPlan: (_q, resp) => void (resp.plan = { ...resp.plan!, id: unknown }) })));
      const res = await rpcs.PlanResourceChange({ typeName: "p_r", priorState: terraformBytes(), proposedNewState: terraformBytes(), config: dv({ id: null, rules: [{ name: "a" }] }) });
      const planned = decodeMsgpack(res.plannedState!.msgpack!, type) as ObjectValue;
      expect(isUnknown(planned.id)).toBe(true);
      expect(planned.rules).toEqual([{ name: "a" }]);
    });
  });
});
