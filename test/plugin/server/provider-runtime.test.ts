import { tfplugin6 } from "../../../src/plugin/proto/messages";
import { prepareAnswers, providerRuntime } from "../../../src/plugin/server/provider-runtime";
import { PREPARED_RPCS } from "../../../src/plugin/server/rpc-names";
import { noopResource, providerOf } from "../fixtures/one-resource";

const thing = noopResource("thing", { attributes: { id: { kind: "string", computed: true }, name: { kind: "string", required: true } } });
const provider = providerOf([thing], { schema: () => ({ attributes: { region: { kind: "string", optional: true } } }) });

describe("the provider runtime (protobuf in, protobuf out)", () => {
  test("prepared answers are exactly what the RPCs answer, encoded", async () => {
    const prepared = await prepareAnswers(provider);
    expect(Object.keys(prepared).sort()).toEqual([...PREPARED_RPCS].sort());
    const rt = providerRuntime(provider);
    for (const name of PREPARED_RPCS) expect(Buffer.from(await rt.call(name, new Uint8Array())).toString("base64")).toBe(prepared[name]);
    const schema = tfplugin6.GetProviderSchema.Response.decode(Buffer.from(prepared.GetProviderSchema!, "base64"));
    expect(Object.keys(schema.resourceSchemas)).toEqual(["p_thing"]);
    expect(schema.provider?.block?.attributes?.map((a) => a.name)).toEqual(["region"]);
  });

  test("a request that is not protobuf is refused, not answered", async () => {
    await expect(providerRuntime(provider).call("ValidateResourceConfig", new Uint8Array([0xff, 0xff, 0xff]))).rejects.toThrow();
  });
});
