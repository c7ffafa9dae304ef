import type { Awaitable } from "./awaitable";
import type { ConfigureRequest, ConfigureResponse, RequestBase, ResponseBase, ValidateConfigRequest, ValidateConfigResponse } from "./requests";
import type { MetadataRequest, TypeMetadata } from "./resource";
import type { Schema } from "./schema";
import type { ObjectValue } from "./values";

export interface DataSourceReadRequest extends RequestBase {
  /** The data block's values (known: Terraform defers reads whose config is unknown). */
  readonly config: ObjectValue;
}

export interface DataSourceReadResponse extends ResponseBase {
  /** Starts as a copy of the config; fill in every computed attribute. */
  state: ObjectValue;
}

/** A data source: reads something and exposes it as computed attributes. */
export interface DataSource {
  metadata(req: MetadataRequest): TypeMetadata;
  schema(): Schema;
  configure?(req: ConfigureRequest, resp: ConfigureResponse): Awaitable<void>;
  validateConfig?(req: ValidateConfigRequest, resp: ValidateConfigResponse): Awaitable<void>;
  read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Awaitable<void>;
}
