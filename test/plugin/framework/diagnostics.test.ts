import { AttributePath, Diagnostics } from "../../../src/plugin";
import { diagnosticsToProto } from "../../../src/plugin/codec/diagnostics-proto";
import { tfplugin6 } from "../../../src/plugin/proto/messages";

describe("diagnostics", () => {
  test("collects errors and warnings, drops duplicates, reports hasError", () => {
    const d = new Diagnostics();
    d.addWarning("Heads Up", "Something to know.");
    expect(d.hasError()).toBe(false);
    d.addAttributeError(AttributePath.root("name"), "Invalid Name", "name must be lower case.");
    d.addAttributeError(AttributePath.root("name"), "Invalid Name", "name must be lower case.");
    expect(d.length).toBe(2);
    expect(d.hasError()).toBe(true);
    expect(d.errors().map((x) => x.path?.toString())).toEqual(["name"]);
    const other = new Diagnostics();
    other.append(d, { severity: "error", summary: "Other", detail: "" });
    expect(other.length).toBe(3);
  });

  test("encode to protocol messages with attribute steps", () => {
    const d = new Diagnostics();
    d.addAttributeError(AttributePath.root("rules").listIndex(1).attr("name"), "Bad", "detail");
    d.addAttributeWarning(AttributePath.root("envs").mapKey("K"), "Warn", "");
    d.addError("Plain", "no path");
    const [a, b, c] = diagnosticsToProto(d);
    expect(a).toEqual({
      severity: tfplugin6.Diagnostic.Severity.ERROR,
      summary: "Bad",
      detail: "detail",
      attribute: { steps: [{ attributeName: "rules" }, { elementKeyInt: 1 }, { attributeName: "name" }] },
    });
    expect(b.severity).toBe(tfplugin6.Diagnostic.Severity.WARNING);
    expect(b.attribute).toEqual({ steps: [{ attributeName: "envs" }, { elementKeyString: "K" }] });
    expect(c.attribute).toBeUndefined();
    const wire = tfplugin6.Diagnostic.decode(tfplugin6.Diagnostic.encode(a).finish());
    expect(wire.attribute?.steps?.[1].elementKeyInt).toBe(1);
  });
});
