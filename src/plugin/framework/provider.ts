import type { Awaitable } from "./awaitable";
import type { DataSource } from "./data-source";
import type { RequestBase, ResponseBase, ValidateConfigRequest, ValidateConfigResponse } from "./requests";
import type { Resource } from "./resource";
import type { Schema } from "./schema";
import type { ObjectValue } from "./values";

/** The provider's name and version. */
export interface ProviderMetadata {
  /** The provider type, the prefix of every resource type name (e.g. "example"). */
  readonly typeName: string;
  readonly version: string;
}

/** ConfigureProvider input: the provider block's values (may contain unknowns during plan). */
export interface ConfigureProviderRequest extends RequestBase {
  readonly config: ObjectValue;
  /** Version of the Terraform CLI calling us (e.g. "1.11.4"). */
  readonly terraformVersion: string;
}

/** ConfigureProvider output. */
export interface ConfigureProviderResponse extends ResponseBase {
  /** Handed to every resource's and data source's `configure` (e.g. an API client). */
  providerData?: unknown;
}

/** Builds a fresh resource; the framework makes one per request. */
export type ResourceFactory = () => Resource;
/** Builds a fresh data source; the framework makes one per request. */
export type DataSourceFactory = () => DataSource;

/** A Terraform provider built on this framework. Serve it with `serve()`. */
export interface Provider {
  metadata(): ProviderMetadata;
  /** The provider block's schema. */
  schema(): Schema;
  /** Checks the provider block beyond per-attribute validators. */
  validateConfig?(req: ValidateConfigRequest, resp: ValidateConfigResponse): Awaitable<void>;
  /** Builds what resources need (e.g. an API client) from the provider block and puts it in `resp.providerData`. */
  configure(req: ConfigureProviderRequest, resp: ConfigureProviderResponse): Awaitable<void>;
  resources(): ResourceFactory[];
  dataSources(): DataSourceFactory[];
}
