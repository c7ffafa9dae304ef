import { findFlow, projectFlows } from "../../src/client/project-flows";

describe("projectFlows in every shape", () => {
  test.each([
    ["an id string", "f1", ["f1"]],
    ["null", null, []],
    ["an array of objects", [{ _id: "f1", target: "personal" }, { _id: "f2" }], ["f1", "f2"]],
    ["an array of ids", ["f1"], ["f1"]],
    ["one object", { _id: "f9" }, ["f9"]],
  ])("%s", (_, raw, ids) => {
    expect(projectFlows({ projectFlows: raw as never }).map((f) => f._id)).toEqual(ids);
  });

  test("finds a flow by target and type when no id is given (the API's defaults when either is left out)", () => {
    const p = { projectFlows: [{ _id: "b", target: "business", type: "onboarding" }, { _id: "p", target: "personal", type: "onboarding" }] } as never;
    expect(findFlow(p, { target: "personal", type: "onboarding" })?._id).toBe("p");
    expect(findFlow(p, {})?._id).toBe("p");
    expect(findFlow(p, { id: "b" })?._id).toBe("b");
  });
});
