import type { PreparedAnswers } from "./rpc-names";

/** How `serve` runs the provider. */
export interface ServeOptions {
  /** Full source address, e.g. "registry.terraform.io/example-corp/example" (used by debug mode). */
  readonly address: string;
  /** Run in debug mode (print TF_REATTACH_PROVIDERS and keep serving); defaults to `--debug` in argv. */
  readonly debug?: boolean;
  /** Encoded answers to serve without loading the provider; defaults to those the bundler embedded (none from source). */
  readonly prepared?: PreparedAnswers;
}
