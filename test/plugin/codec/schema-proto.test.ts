import { schemaToProto } from "../../../src/plugin/codec/schema-proto";
import { Schema, stringDefault, types } from "../../../src/plugin";
import { tfplugin6 } from "../../../src/plugin/proto/messages";

const schema: Schema = {
  version: 2,
  markdownDescription: "A **thing**.",
  attributes: {
    name: { kind: "string", required: true, description: "The name." },
    token: { kind: "string", optional: true, sensitive: true, deprecationMessage: "Use name." },
    mode: { kind: "string", optional: true, computed: true, default: stringDefault("a") },
    tags: { kind: "map", elementType: types.string, optional: true },
    settings: { kind: "single_nested", optional: true, attributes: { color: { kind: "string", required: true } } },
    rules: { kind: "list_nested", optional: true, attributes: { n: { kind: "number", optional: true } } },
  },
};

describe("schema encoding", () => {
  const proto = tfplugin6.Schema.decode(tfplugin6.Schema.encode(schemaToProto(schema)).finish());
  const attr = (name: string) => proto.block!.attributes!.find((a) => a.name === name)!;
  const type = (name: string) => JSON.parse(Buffer.from(attr(name).type!).toString());

  test("carries version and block description in markdown", () => {
    expect(proto.version).toBe(2);
    expect(proto.block!.description).toBe("A **thing**.");
    expect(proto.block!.descriptionKind).toBe(tfplugin6.StringKind.MARKDOWN);
  });

  test("sorts attributes and encodes flags", () => {
    expect(proto.block!.attributes!.map((a) => a.name)).toEqual(["mode", "name", "rules", "settings", "tags", "token"]);
    expect(attr("name")).toMatchObject({ required: true, optional: false, description: "The name.", descriptionKind: tfplugin6.StringKind.PLAIN });
    expect(attr("token")).toMatchObject({ optional: true, sensitive: true, deprecated: true });
    expect(attr("mode")).toMatchObject({ optional: true, computed: true });
  });

  test("encodes types as JSON and nested attributes as nested_type", () => {
    expect(type("name")).toBe("string");
    expect(type("tags")).toEqual(["map", "string"]);
    expect(attr("settings").type?.length ?? 0).toBe(0);
    expect(attr("settings").nestedType!.nesting).toBe(tfplugin6.Schema.NestedObject.NestingMode.SINGLE);
    expect(attr("rules").nestedType!.nesting).toBe(tfplugin6.Schema.NestedObject.NestingMode.LIST);
    expect(attr("rules").nestedType!.attributes![0]).toMatchObject({ name: "n", optional: true });
  });
});
