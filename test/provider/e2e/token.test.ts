/**
 * The API token never leaks: not in `TF_LOG=trace` output (terraform's and the provider's), not in the state
 * file, not in plan output or the saved plan. Checked with the token from `SMARTENROLL_TOKEN` and from the
 * provider block (a sensitive variable).
 */
import type { RunResult } from "../../support/run";
import type { Workspace } from "../../support/terraform";
import { output, useE2E } from "./fixtures/e2e";
import { COMPLETE_STACK, mainTf, stackBlocks } from "./fixtures/seed";

const e = useE2E();
const STACK = mainTf(stackBlocks("main", { ...COMPLETE_STACK, flow: { ...(COMPLETE_STACK.flow as object), status: "active" } })).text;

/** Pieces of a JWT that must never appear: the whole token and its signature. */
function secrets(token: string): string[] {
  return [token, token.split(".")[2]];
}

function leaks(text: string, token: string): string[] {
  return secrets(token)
    .filter((s) => text.includes(s))
    .map((s) => {
      const at = text.indexOf(s);
      return `…${text.slice(Math.max(0, at - 200), at)}<TOKEN>…`;
    });
}

/** Apply, plan and show (and with `full`, destroy) under `trace`; returns every output and the state files. */
async function everyOutput(ws: Workspace, trace: Record<string, string>, full: boolean): Promise<{ name: string; text: string; run?: RunResult }[]> {
  const outs: { name: string; text: string; run?: RunResult }[] = [];
  const add = (name: string, r: RunResult) => outs.push({ name, text: r.stdout + r.stderr, run: r });
  const apply = await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"], { env: trace });
  add("apply (TF_LOG=trace)", apply);
  if (apply.code !== 0) throw new Error(`apply failed:\n${output(apply)}`);
  outs.push({ name: "state file", text: ws.stateFile() ?? "" });
  ws.write({ "main.tf": ws.read("main.tf")!.replace('"#2563eb"', '"#ff0000"') });
  add("plan (TF_LOG=trace)", await ws.tf(["plan", "-input=false", "-no-color", "-out=tfplan"], { env: trace }));
  // Terraform itself prints root-module variable values (sensitive ones too) under `variables` of a saved plan;
  // that is the CLI's documented behaviour, outside the provider. Everything else must be clean.
  const shown = await ws.tf(["show", "-json", "tfplan"]);
  const { variables: _variables, ...plan } = JSON.parse(shown.stdout) as Record<string, unknown>;
  outs.push({ name: "show -json tfplan (without root variables)", text: JSON.stringify(plan) + shown.stderr, run: shown });
  if (!full) return outs;
  add("plan -json", await ws.tf(["plan", "-json", "-input=false"]));
  add("destroy (TF_LOG=trace)", await ws.tf(["destroy", "-auto-approve", "-input=false", "-no-color"], { env: trace }));
  outs.push({ name: "state file after destroy", text: ws.stateFile() ?? "" });
  outs.push({ name: "state backup", text: ws.read("terraform.tfstate.backup") ?? "" });
  return outs;
}

test("token from SMARTENROLL_TOKEN: absent from trace logs, state and plans", async () => {
  const ws = e.ws.fork({ api: { url: e.server.url, token: e.server.token }, files: { "main.tf": STACK } });
  try {
    const outs = await everyOutput(ws, { TF_LOG: "trace" }, true);
    // The trace really is a trace of the provider's API calls (otherwise the check would prove nothing).
    expect(outs[0].text).toMatch(/\/v3\/projects/);
    // The provider's own request log reaches Terraform (the plugin process writes it to stderr).
    expect(outs[0].text).toMatch(/smartenroll: POST \/v3\/projects 201 \d+ms attempt=1/);
    const found = outs.flatMap((o) => leaks(o.text, e.server.token).map((l) => `${o.name}: ${l}`));
    expect(found).toEqual([]);
  } finally {
    ws.remove();
  }
}, 300_000);

test("token from the provider block (sensitive variable): absent from trace logs, state and plans", async () => {
  const user = "provider-block-user";
  const token = await e.server.tokenFor(user);
  const config = STACK.replace(
    /\n$/,
    `\nvariable "api_token" {\n  type      = string\n  sensitive = true\n}\n\nprovider "smartenroll" {\n  token    = var.api_token\n  base_url = ${JSON.stringify(e.server.url)}\n}\n`,
  );
  const ws = e.ws.fork({ files: { "main.tf": config }, env: { TF_VAR_api_token: token } });
  try {
    const outs = await everyOutput(ws, { TF_LOG: "trace" }, false);
    expect((await e.server.requests(user)).length).toBeGreaterThan(0);
    const found = outs.flatMap((o) => leaks(o.text, token).map((l) => `${o.name}: ${l}`));
    expect(found).toEqual([]);
  } finally {
    ws.remove();
  }
}, 300_000);
