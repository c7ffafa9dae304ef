import type { Provider } from "../framework/provider";
import type { ServeOptions } from "./serve-options";

/**
 * Serves `provider` to Terraform over plugin protocol v6: checks the magic cookie, binds a unix socket
 * with mTLS, prints the handshake line and answers until Terraform shuts the process down.
 * In debug mode prints the `TF_REATTACH_PROVIDERS` value and keeps serving.
 */
export function serve(providerFactory: () => Provider, options: ServeOptions): void {
  void providerFactory;
  void options;
  throw new Error("serve: not implemented yet");
}
