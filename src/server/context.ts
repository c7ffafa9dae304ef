import type { FlowStore } from "./flow-store";
import type { ProjectStore } from "./project-store";
import type { WebhookStore } from "./webhook-store";

/** What a handler receives: the authenticated user, path params, query, parsed body and the stores. */
export interface Ctx {
  user: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  projects: ProjectStore;
  flows: FlowStore;
  webhooks: WebhookStore;
  now: string;
}

/** A handler's answer. */
export interface Result {
  status: number;
  body: unknown;
}

/** A route handler; runs inside one SQLite transaction for writes. */
export type Handler = (ctx: Ctx) => Result;
