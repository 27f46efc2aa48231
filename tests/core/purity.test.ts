import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';

/**
 * src/core must stay pure TypeScript: no Office.js, React, DOM or Node. ESLint's no-restricted-imports
 * and no-restricted-globals rules enforce it; these tests prove the rules bite and that the tree obeys.
 */
const root = join(__dirname, '..', '..');
// The flat config is CommonJS, loaded here directly: jest cannot run ESLint's dynamic config import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(root, 'eslint.config.cjs'));
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const lintAsCore = (code: string) => lintAs('src/core/__purity_probe__.ts', code);

describe('the core purity rule', () => {
  it.each([
    ["import * as fs from 'fs';\nexport const x = fs;", 'Node module fs'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'node: scheme'],
    ["import { useState } from 'react';\nexport const x = useState;", 'React'],
    ["import { Button } from '@fluentui/react-components';\nexport const x = Button;", 'Fluent UI'],
    ["import { writePlan } from '../excel/writePlan';\nexport const x = writePlan;", 'a host module'],
    ['export const x = document.title;', 'the DOM'],
    ['export const x = Excel.run;', 'Office.js'],
    ['export const x = process.env;', 'Node globals'],
  ])('rejects %s (%s)', async (code) => {
    expect((await lintAsCore(code)).length).toBeGreaterThan(0);
  });

  it('accepts a pure module', async () => {
    expect(
      await lintAsCore("import { KPI_IDS } from './metrics/kpiIds';\nexport const n = KPI_IDS.length;\n"),
    ).toEqual([]);
  });
});

describe('the direction of the arrows: pane → host → core (docs/architecture.md)', () => {
  it.each([
    [
      'src/excel/__probe__.ts',
      "import type { UserChoices } from '../taskpane/App';",
      'the host importing the pane',
    ],
    ['src/port/__probe__.ts', "import { writePlan } from '../excel/writePlan';", 'the port importing a host'],
    ['src/port/__probe__.ts', "import { App } from '../taskpane/App';", 'the port importing the pane'],
    [
      'src/core/messages/__probe__.ts',
      "import type { Funnel } from '../analysis/funnel';",
      'the messages importing an analysis (a cycle)',
    ],
    ['src/core/messages/__probe__.ts', "import * as fs from 'fs';", 'the messages importing Node'],
  ])('%s rejects %s (%s)', async (file, code) => {
    expect((await lintAs(file, `${code}\nexport const x = 1;\n`)).length).toBeGreaterThan(0);
  });

  it.each([
    ['src/excel/__probe__.ts', "import type { UserChoices } from '../port/hostPort';"],
    ['src/taskpane/__probe__.ts', "import { createExcelFupanHost } from '../excel/fupanHost';"],
    ['src/core/messages/__probe__.ts', "import type { AnalysisId } from '../model/analysisVocabulary';"],
  ])('%s accepts %s', async (file, code) => {
    expect(await lintAs(file, `${code}\nexport const x = 1;\n`)).toEqual([]);
  });
});

describe('the src/core tree', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  it('imports nothing but relative core modules', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'src', 'core'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = match[1] as string;
        const escapes = spec.startsWith('.') && !join(file, '..', spec).startsWith(join(root, 'src', 'core'));
        if (!spec.startsWith('.') || escapes) offenders.push(`${relative(root, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
