import { warmUp } from "../../../src/plugin/server/warm-up";
import { TestProvider } from "../fixtures/test-provider/provider";

/** The test provider, noting which of its parts the warm-up asked for. */
class NotingProvider extends TestProvider {
  readonly asked: string[] = [];
  override schema() {
    this.asked.push("provider schema");
    return super.schema();
  }
  override resources() {
    this.asked.push("resources");
    return super.resources();
  }
  override dataSources() {
    this.asked.push("data sources");
    return super.dataSources();
  }
}

describe("warmUp (what a startup snapshot holds)", () => {
  test("makes the provider once and answers its first RPCs: metadata and the whole schema", async () => {
    const made: NotingProvider[] = [];
    await warmUp(() => {
      made.push(new NotingProvider());
      return made[0];
    });
    expect(made).toHaveLength(1);
    expect(new Set(made[0].asked)).toEqual(new Set(["provider schema", "resources", "data sources"]));
  });

  test("fails when the provider cannot be made (the snapshot build then fails, not a start)", async () => {
    await expect(warmUp(() => Promise.reject(new Error("no provider")))).rejects.toThrow("no provider");
  });
});
