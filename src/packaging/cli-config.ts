import { homedir } from "node:os";
import path from "node:path";
import { PROVIDER_ADDRESS } from "./provider-files";

const BEGIN = "# smartenroll setup: begin (rewritten by `smartenroll setup`)";
const END = "# smartenroll setup: end";
const MANAGED = /^[ \t]*# smartenroll setup: begin[^\n]*\n[\s\S]*?^[ \t]*# smartenroll setup: end[^\n]*\n?/gm;

/** The CLI config file Terraform reads now: `TF_CLI_CONFIG_FILE`, else `~/.terraformrc`. */
export function defaultCliConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.TF_CLI_CONFIG_FILE ? path.resolve(env.TF_CLI_CONFIG_FILE) : path.join(homedir(), ".terraformrc");
}

function mirrorBlock(mirror: string, indent: string): string {
  return [
    `${indent}filesystem_mirror {`,
    `${indent}  path    = ${JSON.stringify(mirror)}`,
    `${indent}  include = [${JSON.stringify(PROVIDER_ADDRESS)}]`,
    `${indent}}`,
  ].join("\n");
}

/** Adds our address to the `exclude` of every `direct` block (so `init` never asks the registry for it). */
function excludeFromDirect(text: string): string {
  return text.replace(/^([ \t]*)direct[ \t]*\{([^}]*)\}/gm, (block, indent: string, body: string) => {
    if (body.includes(PROVIDER_ADDRESS)) return block;
    const list = /exclude[ \t]*=[ \t]*\[([^\]]*)\]/.exec(body);
    if (list) {
      const items = list[1].trim().replace(/,\s*$/, "");
      const merged = `exclude = [${items ? `${items}, ` : ""}${JSON.stringify(PROVIDER_ADDRESS)}]`;
      return `${indent}direct {${body.replace(list[0], merged)}}`;
    }
    const inner = body.trim();
    return `${indent}direct {\n${indent}  exclude = [${JSON.stringify(PROVIDER_ADDRESS)}]\n${inner ? `${indent}  ${inner}\n` : ""}${indent}}`;
  });
}

/**
 * A Terraform CLI config that installs smartenroll/smartenroll from `mirror` and never from the registry, merged
 * into `existing` without touching its other settings. Running it again replaces what it added before.
 */
export function mergeCliConfig(existing: string | undefined, mirror: string): string {
  const text = (existing ?? "").replace(MANAGED, "");
  const opening = /^([ \t]*)provider_installation[ \t]*\{[ \t]*\n/m.exec(text);
  if (!opening) {
    const block = [BEGIN, "provider_installation {", mirrorBlock(mirror, "  "), "  direct {", `    exclude = [${JSON.stringify(PROVIDER_ADDRESS)}]`, "  }", "}", END, ""].join("\n");
    return text.trim() ? `${text.replace(/\s*$/, "\n\n")}${block}` : block;
  }
  const indent = `${opening[1]}  `;
  const at = opening.index + opening[0].length;
  const managed = `${indent}${BEGIN}\n${mirrorBlock(mirror, indent)}\n${indent}${END}\n`;
  return excludeFromDirect(text.slice(0, at) + managed + text.slice(at));
}
