import type { Diagnostic } from "../framework/diagnostics";
import type { AttributePath } from "../framework/path";
import { tfplugin6 } from "../proto/messages";

/** Framework diagnostics as protocol Diagnostic messages. */
export function diagnosticsToProto(diags: Iterable<Diagnostic>): tfplugin6.IDiagnostic[] {
  const out: tfplugin6.IDiagnostic[] = [];
  for (const d of diags) {
    out.push({
      severity: d.severity === "error" ? tfplugin6.Diagnostic.Severity.ERROR : tfplugin6.Diagnostic.Severity.WARNING,
      summary: d.summary,
      detail: d.detail,
      attribute: d.path && !d.path.isEmpty() ? pathToProto(d.path) : undefined,
    });
  }
  return out;
}

/** An attribute path as the protocol's AttributePath message. */
export function pathToProto(path: AttributePath): tfplugin6.IAttributePath {
  return {
    steps: path.steps.map((s) =>
      "attr" in s ? { attributeName: s.attr } : "mapKey" in s ? { elementKeyString: s.mapKey } : { elementKeyInt: s.listIndex },
    ),
  };
}
