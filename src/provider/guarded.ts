import { countingWaits, noWaits, releaseWaits, type WaitStats } from "../client";
import { rateLimitsText } from "../model";
import type { DataSource, Diagnostics, ObjectValue, Resource, ResponseBase, Schema } from "../plugin";
import { useStateForUnknown } from "../plugin";
import { sourceName } from "./credentials";
import { currentEndpoint, deleteElsewhere, ENDPOINT, missingElsewhere } from "./endpoint-binding";
import type { ProviderData } from "./provider-data";

/** Waits for the rate limits longer than this in one operation are reported as a warning. */
export const PACING_WARNING_MS = 5000;

/**
 * A resource the guard wraps: it keeps the provider's data from `configure` (the guard reads it there) and says what
 * a state of it holds, for messages.
 */
export interface GuardableResource extends Resource {
  readonly providerData: ProviderData | undefined;
  /** The object `state` records, for messages: `project "Onboarding" (65f…)`. */
  describe(state: ObjectValue): string;
}

const ACCOUNT_ID = {
  kind: "string",
  computed: true,
  description:
    "Account the object belongs to: the `sub` claim of the API token that created or imported it. A plan with a token of another account fails before any read, so that the API's hiding of other accounts' objects is never taken for a deletion.",
  planModifiers: [useStateForUnknown()],
} as const;

/** Adds the account error when `state` was recorded for another account than the token's; true when it did. */
function foreignAccount(inner: GuardableResource, state: ObjectValue | null, diags: Diagnostics): boolean {
  const data = inner.providerData;
  const recorded = state?.account_id;
  const current = data?.tokenAccount;
  if (typeof recorded !== "string" || recorded === "" || current === undefined || recorded === current) return false;
  const source = data?.context.tokenSource;
  diags.addError(
    "API Token Is For Another Account",
    `${inner.describe(state!)} was created by account "${recorded}", but the token in use is for account "${current}". ` +
      `Nothing was read, changed or removed: the API hides other accounts' projects, so with this token the object would look deleted. ` +
      `Check that ${source ? sourceName(source) : "the token"} holds a token of account "${recorded}" (a pipeline may have picked up another account's secret). ` +
      `If the object really belongs to account "${current}" now, remove it from state with \`terraform state rm\` and import it again with this token.`,
  );
  return true;
}

/** A warning when the operation waited for the API's rate limits longer than {@link PACING_WARNING_MS}. */
export function reportWaits(stats: WaitStats, diags: Diagnostics): void {
  const total = stats.pacedMs + stats.rateLimitedMs;
  if (total < PACING_WARNING_MS) return;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const retried = stats.rateLimitedRetries ? ` and ${stats.rateLimitedRetries} retried after 429 Too Many Requests (${s(stats.rateLimitedMs)})` : "";
  diags.addWarning(
    "Requests Paced For The API's Rate Limit",
    `This operation waited ${s(total)} for the SmartEnroll API's rate limits: ${stats.pacedRequests} request(s) held back by the provider's pacing (${s(stats.pacedMs)})${retried}. ` +
      `The API allows ${rateLimitsText()}, so large applies take longer; nothing is wrong. TF_LOG=debug shows each wait.`,
  );
}

/**
 * Runs one operation with a signal of its own (aborted with Terraform's), so the rate-limit waits of the client calls
 * made with it are counted, then warns when it waited long for the rate limits.
 */
async function run<Q extends { signal: AbortSignal }>(q: Q, resp: ResponseBase, fn: (req: Q) => Promise<void> | void): Promise<void> {
  const stats = noWaits();
  const signal = countingWaits(stats, q.signal);
  try {
    await fn({ ...q, signal });
  } finally {
    releaseWaits(signal);
  }
  reportWaits(stats, resp.diagnostics);
}

/**
 * A resource with the provider's safety rules around it: computed `account_id` and `endpoint` recorded on create,
 * import and read (states written before they existed are filled in when Terraform upgrades stored state, so they
 * never show as changed outside Terraform), every operation on recorded state refused before any request when
 * the token is for another account, a read that finds the object missing at another endpoint than the recorded one
 * refused with state kept, a delete at another endpoint refused, and a warning when rate limits held the operation back.
 */
export function guardedResource(inner: GuardableResource): Resource {
  let schema: Schema | undefined;
  const stamp = (state: ObjectValue | null, prior: ObjectValue | null, at: "here" | "recorded") => {
    const data = inner.providerData;
    if (!state) return;
    state.account_id = (typeof prior?.account_id === "string" && prior.account_id) || data?.tokenAccount || null;
    const recorded = at === "recorded" && typeof prior?.endpoint === "string" && prior.endpoint ? prior.endpoint : undefined;
    state.endpoint = recorded ?? currentEndpoint(data) ?? null;
  };
  const g: Resource = {
    metadata: (req) => inner.metadata(req),
    schema: () => (schema ??= { ...inner.schema(), attributes: { ...inner.schema().attributes, account_id: ACCOUNT_ID, endpoint: ENDPOINT } }),
    configure: (req, resp) => inner.configure?.(req, resp),
    modifyPlan: async (req, resp) => {
      if (req.state && foreignAccount(inner, req.state, resp.diagnostics)) return;
      await inner.modifyPlan?.(req, resp);
    },
    create: (q, resp) => run(q, resp, async (req) => {
      await inner.create(req, resp);
      stamp(resp.state, null, "here");
    }),
    read: (q, resp) => run(q, resp, async (req) => {
      if (foreignAccount(inner, req.state, resp.diagnostics)) return;
      await inner.read(req, resp);
      if (resp.state === null && missingElsewhere(inner.describe(req.state), req.state, inner.providerData, resp.diagnostics)) {
        resp.state = req.state;
        return;
      }
      stamp(resp.state, req.state, "here");
    }),
    update: (q, resp) => run(q, resp, async (req) => {
      if (foreignAccount(inner, req.state, resp.diagnostics)) return;
      await inner.update(req, resp);
      stamp(resp.state, req.state, "recorded");
    }),
    delete: (q, resp) => run(q, resp, async (req) => {
      if (foreignAccount(inner, req.state, resp.diagnostics)) return;
      if (deleteElsewhere(inner.describe(req.state), req.state, inner.providerData, resp.diagnostics)) return;
      await inner.delete(req, resp);
    }),
  };
  if (inner.validateConfig) g.validateConfig = (req, resp) => inner.validateConfig!(req, resp);
  if (inner.importState)
    g.importState = (q, resp) => run(q, resp, async (req) => {
      await inner.importState!(req, resp);
      resp.state.endpoint = currentEndpoint(inner.providerData) ?? null;
    });
  if (inner.upgradeState) g.upgradeState = (req, resp) => inner.upgradeState!(req, resp);
  g.completeState = (state) => {
    const data = inner.providerData;
    if (!data || (typeof state.id !== "string" && typeof state.project_id !== "string")) return;
    if (typeof state.account_id !== "string" || !state.account_id) state.account_id = data.tokenAccount ?? null;
    if (typeof state.endpoint !== "string" || !state.endpoint) state.endpoint = currentEndpoint(data) ?? null;
  };
  return g;
}

/** A data source whose reads report long rate-limit waits. */
export function guardedDataSource(inner: DataSource): DataSource {
  const g: DataSource = {
    metadata: (req) => inner.metadata(req),
    schema: () => inner.schema(),
    configure: (req, resp) => inner.configure?.(req, resp),
    read: (q, resp) => run(q, resp, (req) => inner.read(req, resp)),
  };
  if (inner.validateConfig) g.validateConfig = (req, resp) => inner.validateConfig!(req, resp);
  return g;
}
