// Post-processes a generated resource/data source file so that its nested-block output references
// (`private _documents = new ProjectFlowDocumentsOutputReference(this, "documents")`) are created on first use of
// the public getter instead of with every resource. cdktf records a full stack trace for each one it creates,
// which was most of what a KycProject cost. Until the reference exists, the block's value is kept as given;
// the synthesized JSON is the same, since toTerraform reads only the block's known keys and cdktf drops
// undefined and empty values either way. The `…Input` getters still return the value as the reference keeps it.

const FIELD = /^ {2}private _(\w+) = new (\w+)\(this, ("\w+")((?:, (?:true|false))?)\);$/gm;
const CLASS = /^export class \w+ extends cdktf\.Terraform(?:Resource|DataSource) \{$/m;

/** `text` with the resource class's own block references made lazy; other classes are left as generated. */
export function lazyBlocks(text) {
  const start = text.search(CLASS);
  if (start < 0) return text;
  let tail = text.slice(start);
  for (const [decl, name, type, attr, extra] of [...tail.matchAll(FIELD)]) {
    const hasInput = tail.includes(`this._${name}.internalValue`);
    const lazy = [
      `  private __${name}?: ${type};`,
      ...(hasInput ? [`  private __${name}Value?: ${type}["internalValue"];`] : []),
      `  private get _${name}(): ${type} {`,
      `    if (!this.__${name}) {`,
      `      this.__${name} = new ${type}(this, ${attr}${extra});`,
      ...(hasInput ? [`      this.__${name}.internalValue = this.__${name}Value;`] : []),
      `    }`,
      `    return this.__${name};`,
      `  }`,
      ...(hasInput
        ? [
            `  private get _${name}Internal(): ${type}["internalValue"] {`,
            `    return this.__${name} ? this.__${name}.internalValue : this.__${name}Value;`,
            `  }`,
            `  private set _${name}Internal(value: ${type}["internalValue"]) {`,
            `    if (this.__${name}) this.__${name}.internalValue = value;`,
            `    else this.__${name}Value = value;`,
            `  }`,
          ]
        : []),
    ].join("\n");
    tail = tail
      .replace(decl, lazy)
      .replaceAll(`this._${name}.internalValue`, `this._${name}Internal`)
      .replace(`Input() {\n    return this._${name}Internal;`, `Input() {\n    return this._${name}.internalValue;`);
  }
  return text.slice(0, start) + tail;
}
