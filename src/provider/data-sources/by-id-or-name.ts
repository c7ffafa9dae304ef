import { namedExactly, type SmartEnrollClient } from "../../client";
import type { Attribute, DataSourceReadRequest, Diagnostics, DataSourceReadResponse, ObjectValue, ValidateConfigRequest, ValidateConfigResponse } from "../../plugin";
import { AttributePath, isUnknown } from "../../plugin";
import { addApiError } from "../errors";
import { knownText, text } from "../resources/typed-value";
import { SmartEnrollDataSource } from "./base";

/** A data source that looks up one API object by `id`, or by exact `name` when exactly one object has it. */
export abstract class ByIdOrNameDataSource<T extends { name?: unknown }> extends SmartEnrollDataSource {
  /** The object's name in messages, capitalized (`Project`, `Webhook`). */
  protected abstract readonly noun: string;

  /** The object with this id (a 404 fails the read). */
  protected abstract get(client: SmartEnrollClient, id: string, signal: AbortSignal): Promise<T>;
  /** Every object whose name contains `name`. */
  protected abstract listLike(client: SmartEnrollClient, name: string, signal: AbortSignal): AsyncIterable<T>;
  /** The data source's state for the object found. */
  protected abstract state(found: T): ObjectValue;

  /** `id` and `name` made optional lookup keys, on top of the computed `attrs`. */
  protected lookupAttributes(attrs: Readonly<Record<string, Attribute>>): Record<string, Attribute> {
    const what = this.noun.toLowerCase();
    const both = "Set exactly one of `id` and `name`.";
    return {
      ...attrs,
      id: { ...attrs.id, optional: true, computed: true, description: `Id of the ${what} to look up. ${both}` },
      name: { ...attrs.name, optional: true, computed: true, description: `Exact name of the ${what} to look up. ${both}` },
    };
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const { id, name } = req.config;
    if (isUnknown(id) || isUnknown(name)) return;
    if ((id === null) === (name === null))
      resp.diagnostics.addAttributeError(AttributePath.root("id"), "Invalid Attribute Combination", "Set exactly one of `id` and `name`.");
  }

  async read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const id = knownText(req.config.id);
    try {
      const found = id !== undefined ? await this.get(client, id, req.signal) : await this.byName(client, text(req.config.name), req.signal, resp.diagnostics);
      if (found) resp.state = this.state(found);
    } catch (e) {
      addApiError(resp.diagnostics, e, `Error Reading ${this.noun}`, { connection: this.connection });
    }
  }

  /** The one object named exactly `name`, or undefined after an "Ambiguous …"/"… Not Found" error on `name`. */
  private async byName(client: SmartEnrollClient, name: string, signal: AbortSignal, diags: Diagnostics): Promise<T | undefined> {
    const matches = await namedExactly(this.listLike(client, name, signal), name);
    if (matches.length === 1) return matches[0];
    const what = this.noun.toLowerCase();
    diags.addAttributeError(
      AttributePath.root("name"),
      matches.length ? `Ambiguous ${this.noun} Name` : `${this.noun} Not Found`,
      matches.length ? `${matches.length} ${what}s are named "${name}"; look it up by id instead.` : `No ${what} is named "${name}".`,
    );
    return undefined;
  }
}
