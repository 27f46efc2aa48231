import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Every Office.js member that src/excel and src/taskpane use is within the manifest's ExcelApi requirement
 * set, or guarded by isSetSupported in the same file. The set of each member is the `[Api set: ExcelApi
 * 1.N]` tag of its declaration in @types/office-js; a member tagged only for other hosts' sets (or
 * untagged) is not an Excel requirement. A new member above the minimum without a guard fails this test.
 */
const ROOT = path.join(__dirname, '..', '..');

function manifestMinimum(): number {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const match = /<Set\s+Name="ExcelApi"\s+MinVersion="1\.(\d+)"/.exec(manifest);
  if (!match) throw new Error('manifest.xml declares no ExcelApi MinVersion');
  return Number(match[1]);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Use {
  readonly file: string;
  readonly member: string;
  /** ExcelApi minor version, or 'beta' for a preview/online-only tag. */
  readonly set: number | 'beta';
}

/** The ExcelApi sets a declaration's doc comment names, e.g. "[Api set: ExcelApi 1.9]". */
function excelSet(declaration: ts.Declaration): number | 'beta' | undefined {
  const text = declaration.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  const doc = ranges.map((r) => text.slice(r.pos, r.end)).join('\n');
  const match = /\[Api set: ExcelApi(Online)? ([^\]\s;,]+)/.exec(doc);
  if (!match) return undefined;
  if (match[1] === 'Online') return 'beta';
  const minor = /^1\.(\d+)$/.exec(match[2] ?? '');
  return minor ? Number(minor[1]) : 'beta';
}

function officeUses(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const roots = [
    ...sourceFiles(path.join(ROOT, 'src', 'excel')),
    ...sourceFiles(path.join(ROOT, 'src', 'taskpane')),
  ];
  const program = ts.createProgram(roots, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node)
        ? node.name
        : ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)
          ? node.name
          : undefined;
      if (name) {
        const symbol = ts.isPropertyAccessExpression(node)
          ? checker.getSymbolAtLocation(name)
          : checker.getContextualType(node.parent as ts.Expression)?.getProperty(name.getText());
        for (const declaration of symbol?.declarations ?? []) {
          if (!declaration.getSourceFile().fileName.includes('@types/office-js/')) continue;
          const set = excelSet(declaration);
          const owner = (declaration.parent as ts.NamedDeclaration | undefined)?.name?.getText() ?? '?';
          if (set !== undefined)
            uses.push({ file: path.relative(ROOT, file), member: `${owner}.${name.getText()}`, set });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The highest `isSetSupported('1.N')` a file asks about: members up to 1.N are guarded there. */
function guardIn(file: string): number {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const asked = [...text.matchAll(/isSetSupported\((?:'ExcelApi',\s*)?'1\.(\d+)'\)/g)].map((m) =>
    Number(m[1]),
  );
  return Math.max(0, ...asked);
}

describe('Office.js requirement sets', () => {
  const minimum = manifestMinimum();
  const uses = officeUses();

  it('finds the members the host uses, with their sets', () => {
    expect(minimum).toBe(12);
    const members = new Set(uses.map((u) => u.member));
    expect(members).toContain('Worksheet.customProperties');
    expect(members).toContain('RunOptions.mergeUndoGroup');
    expect(uses.find((u) => u.member === 'RunOptions.mergeUndoGroup')?.set).toBe(20);
  });

  it('uses nothing above the manifest minimum without an isSetSupported guard', () => {
    const unguarded = uses
      .filter((u) => u.set === 'beta' || u.set > minimum)
      .filter((u) => u.set === 'beta' || guardIn(u.file) < u.set)
      .map((u) => `${u.file}: ${u.member} (ExcelApi ${u.set === 'beta' ? 'preview' : `1.${u.set}`})`);
    expect([...new Set(unguarded)]).toEqual([]);
  });
});
