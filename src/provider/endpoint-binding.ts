import type { Diagnostics, ObjectValue } from "../plugin";
import { useStateForUnknown } from "../plugin";
import type { ProviderData } from "./provider-data";

/** The computed `endpoint` attribute of every guarded resource. */
export const ENDPOINT = {
  kind: "string",
  computed: true,
  description:
    "API base URL the object was created at, imported from or last read at (normalised, without credentials). When the object is missing at another base URL, the read fails and state is kept, so that a server which does not know the object is never taken for a deletion.",
  planModifiers: [useStateForUnknown()],
} as const;

/** The normalised base URL the provider talks to, when configured. */
export function currentEndpoint(data: ProviderData | undefined): string | undefined {
  return data?.context.endpoint?.url;
}

/** The recorded and current endpoints when `prior` was recorded at another base URL than the provider now uses. */
function movedFrom(prior: ObjectValue, data: ProviderData | undefined) {
  const recorded = prior.endpoint;
  const current = data?.context.endpoint;
  if (typeof recorded !== "string" || recorded === "" || current === undefined || recorded === current.url) return undefined;
  return { recorded, current };
}

/**
 * Adds the error for an object that a read found missing at another base URL than the one recorded in `prior`;
 * true when it did (the caller then keeps the prior state).
 */
export function missingElsewhere(what: string, prior: ObjectValue, data: ProviderData | undefined, diags: Diagnostics): boolean {
  const moved = movedFrom(prior, data);
  if (!moved) return false;
  const { recorded, current } = moved;
  diags.addError(
    "Object Not Found At Another Endpoint",
    `${what} was recorded at ${recorded}, but the provider now uses ${current.url} (set by ${current.setBy}), where the API says it does not exist. ` +
      `Nothing was removed from state and nothing was created: an object missing from another server is not proof that it was deleted. ` +
      `Set base_url, SMARTENROLL_BASE_URL or the environment back to ${recorded} and plan again. ` +
      `If the object really moved to ${current.url} or was deleted, remove it from state with \`terraform state rm\` and import it again (or let the next apply create it).`,
  );
  return true;
}

/**
 * Adds the error for a delete of an object recorded at another base URL than the current one (a destroy with
 * `-refresh=false` pointed at another server, whose "not found" would otherwise end Terraform's tracking of the
 * object); true when it did. A refreshing destroy never gets here for a moved object: its read records the new URL.
 */
export function deleteElsewhere(what: string, prior: ObjectValue, data: ProviderData | undefined, diags: Diagnostics): boolean {
  const moved = movedFrom(prior, data);
  if (!moved) return false;
  const { recorded, current } = moved;
  diags.addError(
    "Object Recorded At Another Endpoint",
    `${what} was recorded at ${recorded}, but the provider now uses ${current.url} (set by ${current.setBy}). ` +
      `Nothing was deleted and nothing was removed from state. ` +
      `Set base_url, SMARTENROLL_BASE_URL or the environment back to ${recorded}, or run the destroy with refresh (the default) so the provider can confirm the object at ${current.url} first.`,
  );
  return true;
}
