/**
 * The doc comments an editor shows for every prop of an interface, read with the TypeScript compiler the way the
 * language service reads them: from a source file or from an installed package's `.d.ts`.
 */
import ts from "typescript";

/** One prop as an editor shows it: its dotted path, whether it is optional, its summary and its tags. */
export interface PropDoc {
  path: string;
  optional: boolean;
  summary: string;
  tags: Record<string, string>;
}

/**
 * Every prop of `typeName` (exported by `file`, also as a re-export), nested objects and list items included, in
 * declaration order. `compilerOptions` as the app would compile with.
 */
export function propDocs(file: string, typeName: string, compilerOptions: ts.CompilerOptions = {}): PropDoc[] {
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, ...compilerOptions });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${file}`);
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === typeName);
  if (!exported) throw new Error(`${file} does not export ${typeName}`);
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const out: PropDoc[] = [];
  walk(checker, checker.getDeclaredTypeOfSymbol(symbol), "", out, new Set());
  return out;
}

/** The interface a prop's value is (through `| undefined`, lists, and unions with strings), if any. */
function objectTypes(checker: ts.TypeChecker, type: ts.Type): ts.Type[] {
  const parts = type.isUnion() ? type.types : [type];
  return parts.flatMap((t) => {
    if (checker.isArrayType(t)) return objectTypes(checker, checker.getTypeArguments(t as ts.TypeReference)[0]);
    return t.flags & ts.TypeFlags.Object && t.getSymbol()?.flags && t.getSymbol()!.flags & ts.SymbolFlags.Interface ? [t] : [];
  });
}

function walk(checker: ts.TypeChecker, type: ts.Type, prefix: string, out: PropDoc[], seen: Set<ts.Type>): void {
  if (seen.has(type)) return;
  seen.add(type);
  for (const prop of checker.getPropertiesOfType(type)) {
    const path = prefix + prop.name;
    const tags = Object.fromEntries(prop.getJsDocTags(checker).map((t) => [t.name, ts.displayPartsToString(t.text).trim()]));
    out.push({ path, optional: (prop.flags & ts.SymbolFlags.Optional) !== 0, summary: ts.displayPartsToString(prop.getDocumentationComment(checker)), tags });
    const valueType = checker.getTypeOfSymbol(prop);
    for (const inner of objectTypes(checker, valueType)) walk(checker, inner, `${path}.`, out, seen);
  }
}
