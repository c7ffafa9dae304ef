import { AnnotationMetadataEntryType, Aspects } from "cdktf";
import type { IConstruct } from "constructs";

/**
 * Reports the problems `check` finds in `scope` when the app is synthesized, as error annotations without a
 * stack trace. `cdktf synth`, `diff` and `deploy` (cdktn's too) print each one as a line of its own,
 * `ERROR [kyc/NorthAmerica]: liveness.minScore must be …`, and stop before Terraform runs; a bare `app.synth()`
 * throws one error that lists them. (A `node.addValidation` failure instead ends the app with an uncaught error:
 * its stack trace, and cdktf-cli prints the app's output twice.) `check` runs once, at the first synth.
 */
export function reportErrorsAtSynth(scope: IConstruct, check: () => readonly string[]): void {
  let checked = false;
  Aspects.of(scope).add({
    visit(node) {
      if (node !== scope || checked) return;
      checked = true;
      for (const message of check()) scope.node.addMetadata(AnnotationMetadataEntryType.ERROR, message, { stackTrace: false });
    },
  });
}
