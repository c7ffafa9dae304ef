/**
 * The diagnostics channel on which a provider bundle names the code paths a process runs (the RPCs it answers), for
 * the launcher's code cache to learn which compiled code it holds. Only a string: both sides import it.
 */
export const CODE_PATHS_CHANNEL = "terraform-plugin-node:code-path";
