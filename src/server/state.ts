import { clearDb, type Db } from "./db";
import { Faults } from "./faults";
import { FlowStore } from "./flow-store";
import { ProjectStore } from "./project-store";
import { RateLimiter } from "./rate-limiter";
import { RequestLog } from "./request-log";
import { WebhookDeliveries } from "./webhook-delivery";
import { WebhookStore } from "./webhook-store";

/** Everything one running server holds: database, stores, limiter, faults and the request log. */
export class ServerState {
  readonly projects: ProjectStore;
  readonly flows: FlowStore;
  readonly webhooks: WebhookStore;
  readonly limiter: RateLimiter;
  readonly faults = new Faults();
  readonly log: RequestLog;
  readonly deliveries: WebhookDeliveries;

  constructor(
    readonly db: Db,
    readonly jwtKey: Uint8Array,
    readonly adminToken: string,
    public rateLimits: boolean,
    rateWindowMs: number,
    requestLogSize?: number,
  ) {
    this.log = new RequestLog(requestLogSize);
    this.projects = new ProjectStore(db);
    this.flows = new FlowStore(db);
    this.webhooks = new WebhookStore(db);
    this.deliveries = new WebhookDeliveries(this.log, (user, id, ok, time) => this.webhooks.recordDelivery(user, id, ok, time));
    this.limiter = new RateLimiter(rateWindowMs);
  }

  /** Empties all data, the request log, the faults and the rate-limit windows; abandons webhook deliveries. */
  reset(): void {
    this.deliveries.cancelAll();
    clearDb(this.db);
    this.log.clear();
    this.faults.clear();
    this.limiter.clear();
  }

  settings(): { rateLimits: boolean; rateWindowMs: number } {
    return { rateLimits: this.rateLimits, rateWindowMs: this.limiter.windowMs };
  }
}
