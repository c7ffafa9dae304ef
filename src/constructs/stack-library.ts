import { TerraformStack } from "cdktf";
import type { Construct, IConstruct } from "constructs";
import { ENTRY_POINT } from "./library-check";

const JSII_RTTI = Symbol.for("jsii.rtti");

/** The CDK library a class comes from, read from its jsii type info (`cdktf.TerraformStack` → `cdktf`). */
function libraryOf(cls: unknown): string | undefined {
  return (cls as { [JSII_RTTI]?: { fqn?: string } } | undefined)?.[JSII_RTTI]?.fqn?.split(".")[0];
}

/**
 * Throws when `scope`'s TerraformStack comes from another CDK library than the one this build of the package uses (a
 * cdktn app importing `smartenroll-iac`, or a cdktf app importing `smartenroll-iac/cdktn`). Mixed, the app would
 * construct, then fail in synth with a TypeError from inside the stack.
 */
export function assertStackLibrary(scope: Construct, what: string): void {
  const stack: IConstruct = TerraformStack.of(scope);
  if (stack instanceof TerraformStack) return;
  const ours = libraryOf(TerraformStack) ?? "cdktf";
  const theirs = libraryOf(stack.constructor) ?? "another CDK library's";
  const fix = ENTRY_POINT[theirs] ? `: import it from "${ENTRY_POINT[theirs]}" instead` : "";
  throw new Error(
    `${what} "${scope.node.path}" comes from "${ENTRY_POINT[ours]}", which is built for ${ours}, but its stack "${stack.node.path}" is a ${theirs} TerraformStack${fix}.`,
  );
}
