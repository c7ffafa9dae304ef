/**
 * Synthesizing a stack in tests the way `cdktf synth` sees it: the Terraform JSON, and the error annotations the
 * CLI prints (`ERROR [path]: message`) and stops on, here as `[path] message`, one per problem.
 */
import { AnnotationMetadataEntryType, Testing, type TerraformStack } from "cdktf";

/** Synthesizes `stack` (aspects, then validations) and returns its JSON and its error annotations. */
export function synthStack(stack: TerraformStack): { json: Record<string, any>; errors: string[] } {
  const json = JSON.parse(Testing.synth(stack, true)) as Record<string, any>;
  const errors = stack.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.ERROR).map((m) => `[${c.node.path}] ${String(m.data)}`));
  return { json, errors };
}

/** The stack's Terraform JSON; fails the test, listing them, when synth reports errors. */
export function synthJson(stack: TerraformStack): Record<string, any> {
  const { json, errors } = synthStack(stack);
  if (errors.length) throw new Error(`synth reported errors:\n${errors.join("\n")}`);
  return json;
}

/** The errors synth reports for `stack`; fails the test when there are none. */
export function synthErrors(stack: TerraformStack): string[] {
  const { errors } = synthStack(stack);
  if (!errors.length) throw new Error("synth succeeded");
  return errors;
}
