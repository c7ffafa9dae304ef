import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import type { EnrollmentEvent } from "./enrollment-events";
import type { LoggedRequest } from "./request-log";

/** Bounds of simulated deliveries: they run beside the API and never hold up its requests. */
export const DELIVERY_LIMITS = { maxEnrollmentsInFlight: 8, maxEventsPerEnrollment: 32, defaultTimeoutMs: 2_000, maxTimeoutMs: 10_000 } as const;

/** A webhook delivery in the request log (`kind: "webhook"`), next to the API requests. */
export interface DeliveryLogEntry extends LoggedRequest {
  kind: "webhook";
  url: string;
  event: string;
  enrollment: string;
  webhook: string;
  delivery: "delivered" | "failed";
  /** Why a delivery failed without an HTTP answer (e.g. `ECONNREFUSED`, `timeout after 2000 ms`). */
  error?: string;
}

/** One enrollment's events for one webhook URL, delivered in order. */
export interface DeliveryJob {
  user: string;
  webhook: string;
  url: string;
  enrollment: string;
  events: EnrollmentEvent[];
  timeoutMs: number;
}

function reason(e: unknown, timeoutMs: number, timedOut: boolean): string {
  if (timedOut) return `timeout after ${timeoutMs} ms`;
  const err = e as { code?: string; cause?: { code?: string }; message?: string };
  return err.code ?? err.cause?.code ?? err.message ?? String(e);
}

/** Delivers simulated onboarding events to loopback receivers, one enrollment at a time per job, bounded. */
export class WebhookDeliveries {
  private inFlight = 0;
  private stopper = new AbortController();
  private readonly agent = new Agent({ keepAliveTimeout: 1_000, connections: 4 });

  constructor(
    private readonly log: { push(entry: LoggedRequest): void },
    private readonly recorded: (user: string, webhook: string, ok: boolean, time: string) => void,
  ) {}

  /** Starts delivering `job` in the background; false when {@link DELIVERY_LIMITS.maxEnrollmentsInFlight} are already running. */
  start(job: DeliveryJob): boolean {
    if (this.inFlight >= DELIVERY_LIMITS.maxEnrollmentsInFlight) return false;
    this.inFlight++;
    const stop = this.stopper.signal;
    void this.run(job, stop).finally(() => this.inFlight--);
    return true;
  }

  /** Abandons every delivery in flight (emulator reset); nothing more is logged for them. */
  cancelAll(): void {
    this.stopper.abort();
    this.stopper = new AbortController();
  }

  /** Cancels deliveries and closes the connection pool (server shutdown). */
  async close(): Promise<void> {
    this.cancelAll();
    await this.agent.destroy();
  }

  private async run(job: DeliveryJob, stop: AbortSignal): Promise<void> {
    for (const event of job.events.slice(0, DELIVERY_LIMITS.maxEventsPerEnrollment)) {
      if (stop.aborted) return;
      await this.deliver(job, event, stop);
    }
  }

  private async deliver(job: DeliveryJob, event: EnrollmentEvent, stop: AbortSignal): Promise<void> {
    const started = performance.now();
    const time = new Date().toISOString();
    const entry: DeliveryLogEntry = {
      kind: "webhook", method: "POST", path: new URL(job.url).pathname, query: {}, status: 0, user: job.user, time, durationMs: 0,
      url: job.url, event: event.type, enrollment: job.enrollment, webhook: job.webhook, delivery: "failed",
    };
    const timeout = AbortSignal.timeout(job.timeoutMs);
    try {
      const res = await request(job.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "smartenroll-emulator" },
        body: JSON.stringify(event),
        signal: AbortSignal.any([stop, timeout]),
        dispatcher: this.agent,
      });
      await res.body.dump();
      entry.status = res.statusCode;
      if (res.statusCode >= 200 && res.statusCode < 300) entry.delivery = "delivered";
    } catch (e) {
      entry.error = reason(e, job.timeoutMs, timeout.aborted && !stop.aborted);
    }
    if (stop.aborted) return;
    entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
    this.log.push(entry);
    this.recorded(job.user, job.webhook, entry.delivery === "delivered", time);
  }
}
