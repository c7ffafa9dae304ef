// `smartenroll-iac/cdktn`: the constructs and bindings compiled a second time, against cdktn (CDK Terrain).
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ts = createRequire(import.meta.url)(path.join(root, "node_modules", "typescript"));

/** Module renames applied to the emitted JavaScript and `.d.ts` files: `cdktf` (and `cdktf/…`) → `cdktn`. */
const RENAMES = { cdktf: "cdktn" };

/** The module name `spec` becomes in the cdktn build, or undefined when it stays. */
function renamedModule(spec) {
  const [name, ...rest] = spec.split("/");
  return RENAMES[name] === undefined ? undefined : [RENAMES[name], ...rest].join("/");
}

/** A transformer that rewrites module specifiers of imports, exports, `import()` types and `require()` calls. */
function renameModules(context) {
  const f = context.factory;
  const literal = (node) => {
    const to = node && ts.isStringLiteral(node) ? renamedModule(node.text) : undefined;
    return to === undefined ? undefined : f.createStringLiteral(to);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && literal(node.moduleSpecifier)) {
      return f.updateImportDeclaration(node, node.modifiers, node.importClause, literal(node.moduleSpecifier), node.attributes);
    }
    if (ts.isExportDeclaration(node) && literal(node.moduleSpecifier)) {
      return f.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, literal(node.moduleSpecifier), node.attributes);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && literal(node.argument.literal)) {
      const argument = f.updateLiteralTypeNode(node.argument, literal(node.argument.literal));
      return f.updateImportTypeNode(node, argument, node.attributes, node.qualifier, node.typeArguments, node.isTypeOf);
    }
    if (ts.isCallExpression(node) && node.arguments.length === 1 && literal(node.arguments[0]) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      return f.updateCallExpression(node, node.expression, node.typeArguments, [literal(node.arguments[0])]);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit);
}

/** Type-checks the package sources against cdktn and emits them into dist/cdktn (tsconfig.build.cdktn.json). */
export function buildCdktn() {
  const configFile = path.join(root, "tsconfig.build.cdktn.json");
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  rmSync(parsed.options.outDir, { recursive: true, force: true });
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const emitted = program.emit(undefined, undefined, undefined, false, { before: [renameModules], afterDeclarations: [renameModules] });
  const problems = [...parsed.errors, ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (problems.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
    throw new Error(`the cdktn build failed:\n${ts.formatDiagnostics(problems, host)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildCdktn();
