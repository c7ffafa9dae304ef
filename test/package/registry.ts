/**
 * Terraform's provider registry protocol (service discovery, versions, download) over a `pack-provider` release, as
 * a private registry such as HCP Terraform's serves a published provider: documents built from the release's own
 * files (`<version>.json`, the registry manifest, SHA256SUMS and its signature, the public key), read at each request.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { JsonRoute } from "./static-https";

/** The provider a registry serves, and the key id it announces with the public key. */
export interface RegistryRelease {
  readonly providerDir: string;
  readonly namespace: string;
  readonly type: string;
  readonly keyId: string;
}

/** The registry's JSON documents; release files are served from `base()` + their name (the static file server). */
export function registryRoutes(release: RegistryRelease, base: () => string): JsonRoute {
  const read = (name: string) => readFileSync(path.join(release.providerDir, name), "utf8");
  const prefix = `/v1/providers/${release.namespace}/${release.type}/`;
  return (p) => {
    if (p === "/.well-known/terraform.json") return { "providers.v1": "/v1/providers/" };
    if (!p.startsWith(prefix)) return undefined;
    const protocols = (JSON.parse(read("terraform-registry-manifest.json")) as { metadata: { protocol_versions: string[] } }).metadata.protocol_versions;
    const versions = Object.keys((JSON.parse(read("index.json")) as { versions: Record<string, unknown> }).versions);
    const archives = (version: string) => (JSON.parse(read(`${version}.json`)) as { archives: Record<string, { url: string }> }).archives;
    const rest = p.slice(prefix.length).split("/");
    if (rest.length === 1 && rest[0] === "versions") {
      const platforms = (v: string) => Object.keys(archives(v)).map((t) => ({ os: t.split("_")[0], arch: t.split("_")[1] }));
      return { versions: versions.map((version) => ({ version, protocols, platforms: platforms(version) })) };
    }
    const [version, download, os, arch] = rest;
    const archive = versions.includes(version) && download === "download" ? archives(version)[`${os}_${arch}`] : undefined;
    if (!archive) return undefined;
    const sums = read("SHA256SUMS");
    const shasum = sums.split("\n").find((l) => l.endsWith(`  ${archive.url}`))?.split(" ")[0];
    return {
      protocols,
      os,
      arch,
      filename: archive.url,
      download_url: `${base()}${archive.url}`,
      shasums_url: `${base()}SHA256SUMS`,
      shasums_signature_url: `${base()}SHA256SUMS.sig`,
      shasum,
      signing_keys: { gpg_public_keys: [{ key_id: release.keyId, ascii_armor: read("signing-key.asc") }] },
    };
  };
}
