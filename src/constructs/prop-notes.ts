/**
 * What KycProject says about a model prop beyond the model, keyed by prop path (`documents.documentTypes.active`:
 * list items are stepped through). `npm run generate` writes each prop's doc comment from the model's description,
 * range and default, then these notes; the construct's own props (`branding`, `webhook`, `status`) are written in
 * kyc-project-props.ts.
 */
export interface PropNote {
  /** A sentence added after the model's description. */
  readonly note?: string;
  /** The `@default` text, when the construct fills the value in itself (the model has no default for it). */
  readonly default?: string;
  /** Optional in the props although the model requires it (the construct fills it in). */
  readonly optional?: boolean;
  /** The name of the interface of an object (or list item) prop, when not its key in PascalCase (singular for lists). */
  readonly typeName?: string;
  /** The doc comment of that interface, when the model has no description of the object. */
  readonly typeDoc?: string;
}

/** Notes per prop path. */
export const PROP_NOTES: Readonly<Record<string, PropNote>> = {
  steps: {
    note: 'A project that verifies people sets both to "mandatory"; an active project with both "skip" verifies no one (synth warns, and `smartenroll review` flags it).',
  },
  "steps.document": { note: "Only this turns the step on; `documents` alone does not." },
  "steps.liveness": { note: "Only this turns the step on; `liveness` alone does not." },
  documents: { note: "Used when `steps.document` is on (settings given for a skipped step are kept, with a synth warning)." },
  "documents.documentTypes.configurations": { typeName: "DocumentConfiguration" },
  "documents.documentTypes.configurations.active": { optional: true, default: "true", note: "Listing a category accepts it unless this says `false`." },
  liveness: { note: "Used when `steps.liveness` is on (settings given for a skipped step are kept, with a synth warning)." },
  "integrations.webhook": { note: "Or let KycProject's `webhook` prop create one (then leave this out)." },
  branding: { typeName: "Branding", typeDoc: "Branding of the onboarding pages (wizard step 6). Colours are hex `#rgb` or `#rrggbb`." },
};
