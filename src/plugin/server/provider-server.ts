import { Diagnostics, providerBug } from "../framework/diagnostics";
import type { DataSource } from "../framework/data-source";
import type { DataSourceFactory, Provider, ResourceFactory } from "../framework/provider";
import type { Resource } from "../framework/resource";
import { Schema, schemaType } from "../framework/schema";
import type { TfType } from "../framework/types";

/** A resource or data source type: its factory, and its schema and value type, computed once per process when first used. */
export interface TypeEntry<T> {
  readonly typeName: string;
  readonly factory: () => T;
  readonly schema: Schema;
  readonly type: TfType;
}

/**
 * The protocol-free state of one provider process: the provider, its resource and data-source types,
 * the data produced by ConfigureProvider, and the stop signal.
 */
export class ProviderServer {
  readonly providerSchema: Schema;
  readonly providerType: TfType;
  readonly typeName: string;
  readonly version: string;
  private resourceTypes?: Map<string, TypeEntry<Resource>>;
  private dataSourceTypes?: Map<string, TypeEntry<DataSource>>;
  private providerData: unknown = undefined;
  private configured = false;
  private readonly stopController = new AbortController();

  constructor(readonly provider: Provider) {
    const meta = provider.metadata();
    this.typeName = meta.typeName;
    this.version = meta.version;
    this.providerSchema = provider.schema();
    this.providerType = schemaType(this.providerSchema);
  }

  /** Aborted by StopProvider. */
  get signal(): AbortSignal {
    return this.stopController.signal;
  }

  /** Cancels work in flight (StopProvider). */
  stop(): void {
    this.stopController.abort(new Error("Terraform asked the provider to stop"));
  }

  resources(): Map<string, TypeEntry<Resource>> {
    return (this.resourceTypes ??= this.index(this.provider.resources()));
  }

  dataSources(): Map<string, TypeEntry<DataSource>> {
    return (this.dataSourceTypes ??= this.index(this.provider.dataSources()));
  }

  /** Remembers the provider's configured data for later resources. */
  setProviderData(data: unknown): void {
    this.providerData = data;
    this.configured = true;
  }

  /** A fresh resource of `typeName`, configured with the provider data when the provider is configured. */
  async resource(typeName: string, diags: Diagnostics, configure = true): Promise<{ entry: TypeEntry<Resource>; instance: Resource } | undefined> {
    return this.instance(this.resources(), typeName, "resource", diags, configure);
  }

  /** A fresh data source of `typeName`, configured like {@link resource}. */
  async dataSource(typeName: string, diags: Diagnostics, configure = true): Promise<{ entry: TypeEntry<DataSource>; instance: DataSource } | undefined> {
    return this.instance(this.dataSources(), typeName, "data source", diags, configure);
  }

  private async instance<T extends Resource | DataSource>(
    types: Map<string, TypeEntry<T>>,
    typeName: string,
    what: string,
    diags: Diagnostics,
    configure: boolean,
  ): Promise<{ entry: TypeEntry<T>; instance: T } | undefined> {
    const entry = types.get(typeName);
    if (!entry) {
      diags.add(providerBug(`Unknown ${what} type`, `This provider has no ${what} type "${typeName}".`));
      return undefined;
    }
    const instance = entry.factory();
    if (configure && this.configured && instance.configure) await instance.configure({ providerData: this.providerData }, { diagnostics: diags });
    return { entry, instance };
  }

  private index<T extends Resource | DataSource>(factories: Array<ResourceFactory | DataSourceFactory>): Map<string, TypeEntry<T>> {
    const out = new Map<string, TypeEntry<T>>();
    for (const factory of factories as Array<() => T>) {
      const probe = factory();
      const { typeName } = probe.metadata({ providerTypeName: this.typeName });
      let schema: Schema | undefined;
      let type: TfType | undefined;
      out.set(typeName, {
        typeName,
        factory,
        get schema() {
          return (schema ??= probe.schema());
        },
        get type() {
          return (type ??= schemaType(this.schema));
        },
      });
    }
    return out;
  }
}
