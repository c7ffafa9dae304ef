import type { Page, Project, ProjectFlow } from "./types";

/** How the cache fetches; supplied by the projects module. */
export interface ReadCacheSource {
  getOne(id: string, signal?: AbortSignal): Promise<Project>;
  getPage(page: number, limit: number, signal?: AbortSignal): Promise<Page<Project>>;
}

/** Tuning of a {@link ProjectReadCache}. */
export interface ReadCacheOptions {
  /** Distinct ids served by single GETs before the cache switches to listing every page (default 2). */
  singleReads?: number;
  /** Page size of the listing (the API's maximum, 100). */
  pageSize?: number;
  /** List pages fetched at once (default 4). */
  pageConcurrency?: number;
  /** Distinct ids that justify fetching the remaining pages at most (default 8). */
  pageDeferral?: number;
  trace?: (msg: string) => void;
}

/**
 * Per-process cache behind `projects.read(id)`. The first few distinct ids use one GET each (so a
 * small plan costs one request per project); once more arrive, the pages of `GET /v3/projects?limit=100`
 * are fetched once each and later reads are served from them. Ids missing from the listing are confirmed by a
 * single GET. `invalidate` makes the next read of that id go to the server.
 */
export class ProjectReadCache {
  private readonly entries = new Map<string, Project>();
  private readonly seen = new Set<string>();
  private readonly inflight = new Map<string, Promise<Project>>();
  private readonly invalidatedAt = new Map<string, number>();
  private readonly flowOwner = new Map<string, string>();
  private version = 0;
  private listing: Promise<void> | undefined;
  private listed = false;
  private remainingPages: number[] | undefined;
  private readonly pageDeferral: number;
  private readonly singleReads: number;
  private readonly pageSize: number;
  private readonly pageConcurrency: number;
  private readonly trace: (msg: string) => void;

  constructor(
    private readonly source: ReadCacheSource,
    opts: ReadCacheOptions = {},
  ) {
    this.singleReads = opts.singleReads ?? 2;
    this.pageSize = opts.pageSize ?? 100;
    this.pageConcurrency = opts.pageConcurrency ?? 4;
    this.pageDeferral = opts.pageDeferral ?? 8;
    this.trace = opts.trace ?? (() => {});
  }

  /** The project with this id, from the cache when possible; NotFoundError when it does not exist. */
  async read(id: string, signal?: AbortSignal): Promise<Project> {
    this.seen.add(id);
    const hit = this.entries.get(id);
    if (hit) return structuredClone(hit);
    this.maybeList(signal);
    if (this.listing) {
      try {
        await this.listing;
      } catch {
        // fall back to a single GET
      }
      const listed = this.entries.get(id);
      if (listed) return structuredClone(listed);
    }
    return structuredClone(await this.fetchOne(id, signal));
  }

  /** Forgets one project, so that the next read sees the latest write. */
  invalidate(id: string): void {
    this.entries.delete(id);
    this.inflight.delete(id);
    this.invalidatedAt.set(id, ++this.version);
  }

  /** Forgets the project that embeds this flow (the listing carries populated flows). */
  invalidateFlow(flowId: string): void {
    const owner = this.flowOwner.get(flowId);
    if (owner) this.invalidate(owner);
  }

  private store(p: Project, startedAt: number): void {
    if ((this.invalidatedAt.get(p._id) ?? 0) > startedAt) return;
    this.entries.set(p._id, p);
    if (Array.isArray(p.projectFlows)) {
      for (const f of p.projectFlows as ProjectFlow[]) if (f && typeof f === "object" && f._id) this.flowOwner.set(f._id, p._id);
    }
  }

  private fetchOne(id: string, signal?: AbortSignal): Promise<Project> {
    const running = this.inflight.get(id);
    if (running) return running;
    const startedAt = this.version;
    const p = this.source
      .getOne(id, signal)
      .then((project) => {
        this.store(project, startedAt);
        return project;
      })
      .finally(() => this.inflight.delete(id));
    this.inflight.set(id, p);
    return p;
  }

  /**
   * Starts listing once more than `singleReads` distinct ids were read: page 1 first (it tells the page
   * count), then the rest when enough distinct ids were read to make them worth it (at least the number
   * of remaining pages, capped at `pageDeferral`), so that a few reads in a huge account stay cheap.
   */
  private maybeList(signal?: AbortSignal): void {
    if (this.listing || this.listed || this.seen.size <= this.singleReads) return;
    if (this.remainingPages && this.seen.size < Math.min(this.remainingPages.length, this.pageDeferral)) return;
    this.listing = this.listPages(signal).finally(() => {
      this.listing = undefined;
    });
  }

  private async listPages(signal?: AbortSignal): Promise<void> {
    const startedAt = this.version;
    if (!this.remainingPages) {
      this.trace(`read cache: ${this.seen.size} distinct projects read, listing page 1 of ${this.pageSize}`);
      const first = await this.source.getPage(1, this.pageSize, signal);
      for (const p of first.items) this.store(p, startedAt);
      this.remainingPages = Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => i + 2);
      if (this.remainingPages.length && this.seen.size < Math.min(this.remainingPages.length, this.pageDeferral)) {
        this.trace(`read cache: ${first.pages} pages in all, deferring the rest until more projects are read`);
        return;
      }
    }
    const rest = [...this.remainingPages];
    this.trace(`read cache: listing ${rest.length} more page(s)`);
    const worker = async () => {
      for (let n = rest.shift(); n !== undefined; n = rest.shift()) {
        const page = await this.source.getPage(n, this.pageSize, signal);
        for (const p of page.items) this.store(p, startedAt);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.pageConcurrency, rest.length) }, worker));
    this.remainingPages = [];
    this.listed = true;
    this.trace(`read cache: ${this.entries.size} projects cached`);
  }
}
