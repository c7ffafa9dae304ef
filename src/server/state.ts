import { clearDb, type Db } from "./db";
import { Faults } from "./faults";
import { FlowStore } from "./flow-store";
import { ProjectStore } from "./project-store";
import { RateLimiter } from "./rate-limiter";
import type { LoggedRequest } from "./request-log";

/** Everything one running server holds: database, stores, limiter, faults and the request log. */
export class ServerState {
  readonly projects: ProjectStore;
  readonly flows: FlowStore;
  readonly limiter: RateLimiter;
  readonly faults = new Faults();
  readonly log: LoggedRequest[] = [];

  constructor(
    readonly db: Db,
    readonly jwtKey: Uint8Array,
    readonly adminToken: string,
    public rateLimits: boolean,
    rateWindowMs: number,
  ) {
    this.projects = new ProjectStore(db);
    this.flows = new FlowStore(db);
    this.limiter = new RateLimiter(rateWindowMs);
  }

  /** Empties all data, the request log, the faults and the rate-limit windows. */
  reset(): void {
    clearDb(this.db);
    this.log.length = 0;
    this.faults.clear();
    this.limiter.clear();
  }

  settings(): { rateLimits: boolean; rateWindowMs: number } {
    return { rateLimits: this.rateLimits, rateWindowMs: this.limiter.windowMs };
  }
}
