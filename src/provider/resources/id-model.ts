import type { ObjectValue } from "../../plugin";
import { text } from "./typed-value";

/** The one attribute a resource reads itself when all the others map through the model: its `id`. */
export interface IdModel {
  id: string;
}

/** {@link IdModel} from and to a Terraform value. */
export const IdModel = {
  fromValue: (v: ObjectValue): IdModel => ({ id: text(v.id) }),
  toValue: (m: IdModel, into: ObjectValue): ObjectValue => ({ ...into, id: m.id }),
};
