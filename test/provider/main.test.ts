import { readFileSync } from "node:fs";
import path from "node:path";
import { version } from "../../package.json";
import { prepareAnswers } from "../../src/plugin/server/provider-runtime";
import { SmartEnrollProvider } from "../../src/provider/provider";
import { tfplugin6 } from "../../src/plugin/proto/messages";

const bundle = path.resolve(__dirname, "../../dist/provider.js");

describe("the bundled provider's prepared answers", () => {
  test("the schema the bundle serves without loading the provider is the live provider's, byte for byte", async () => {
    const live = await prepareAnswers(new SmartEnrollProvider(version, {}));
    const text = readFileSync(bundle, "utf8");
    expect(text).toContain(`GetProviderSchema:"${live.GetProviderSchema}"`);
    expect(text).toContain(`GetMetadata:"${live.GetMetadata}"`);
    const schema = tfplugin6.GetProviderSchema.Response.decode(Buffer.from(live.GetProviderSchema!, "base64"));
    expect(Object.keys(schema.resourceSchemas).sort()).toEqual(["smartenroll_project", "smartenroll_project_branding", "smartenroll_project_flow", "smartenroll_webhook"]);
  });
});
