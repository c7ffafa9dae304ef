import { Token } from "cdktf";
import type { Documents } from "./kyc-project-props";

/**
 * The construct's one place for the document configurations' default: `active` left out (or `undefined`) means
 * true, since listing a category means accepting it. Both synth-time validation and the synthesized flow use it.
 */
export function withActiveDefault<D extends Documents | undefined>(documents: D): D {
  if (!documents || Token.isUnresolved(documents) || !documents.documentTypes || Token.isUnresolved(documents.documentTypes)) return documents;
  return {
    ...documents,
    documentTypes: documents.documentTypes.map((t) =>
      Token.isUnresolved(t) || !t.configurations || Token.isUnresolved(t.configurations)
        ? t
        : { ...t, configurations: t.configurations.map((c) => (Token.isUnresolved(c) ? c : { ...c, active: c.active ?? true })) },
    ),
  };
}
