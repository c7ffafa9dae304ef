import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Schema } from "../../plugin";
import { ConfiguredType } from "../configured-type";

/** What every SmartEnroll data source shares: its type name and the provider's client. */
export abstract class SmartEnrollDataSource extends ConfiguredType implements DataSource {
  abstract schema(): Schema;
  abstract read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void>;
}
