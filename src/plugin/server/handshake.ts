/** The magic cookie Terraform sets when it launches a provider. */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

/** go-plugin's core protocol version and the Terraform plugin protocol we speak. */
export const CORE_PROTOCOL_VERSION = 1;
export const PLUGIN_PROTOCOL_VERSION = 6;

/** The line printed on stdout once the server is listening: `1|6|unix|/path|grpc|CERT` (base64 DER without padding). */
export function handshakeLine(socketPath: string, certDer?: Buffer): string {
  const cert = certDer ? certDer.toString("base64").replace(/=+$/, "") : "";
  return `${CORE_PROTOCOL_VERSION}|${PLUGIN_PROTOCOL_VERSION}|unix|${socketPath}|grpc|${cert}`;
}

/** Why the executable cannot serve in this environment, or undefined when Terraform launched it properly. */
export function launchProblem(env: NodeJS.ProcessEnv): string | undefined {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    return [
      "This binary is a plugin. These are not meant to be executed directly.",
      "Please execute the program that consumes these plugins, which will",
      "load any plugins automatically.",
      "",
      "It is a Terraform provider: add it to a configuration's required_providers and run `terraform init`,",
      "or start it with --debug to attach Terraform to it through TF_REATTACH_PROVIDERS.",
    ].join("\n");
  }
  const versions = (env.PLUGIN_PROTOCOL_VERSIONS ?? String(PLUGIN_PROTOCOL_VERSION)).split(",").map((v) => v.trim());
  if (!versions.includes(String(PLUGIN_PROTOCOL_VERSION))) {
    return `This provider speaks plugin protocol ${PLUGIN_PROTOCOL_VERSION}, but Terraform offered ${versions.join(", ")}: use Terraform 1.0 or newer.`;
  }
  return undefined;
}

/** The value of TF_REATTACH_PROVIDERS for a provider served in debug mode. */
export function reattachValue(address: string, socketPath: string, pid: number): string {
  return JSON.stringify({
    [address]: { Protocol: "grpc", ProtocolVersion: PLUGIN_PROTOCOL_VERSION, Pid: pid, Test: true, Addr: { Network: "unix", String: socketPath } },
  });
}
