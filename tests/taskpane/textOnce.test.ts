import * as analysisLabels from '../../src/core/plan/analysisLabels';
import * as labels from '../../src/core/plan/labels';
import * as nextPlanLabels from '../../src/core/plan/nextPlanLabels';
import * as names from '../../src/core/messages/names';
import { MESSAGES } from '../../src/i18n/messages';

type Texts = Map<string, string>;

/**
 * Every { 'zh-CN', 'en-US' } pair reachable from `value`, keyed by both texts, with where it was found. Both
 * languages must match: a common word (目标, 说明) may serve two concepts whose English differs.
 */
function collect(value: unknown, where: string, into: Texts, depth = 0): Texts {
  if (depth > 4 || value === null || typeof value !== 'object') return into;
  const record = value as Record<string, unknown>;
  if (typeof record['zh-CN'] === 'string' && typeof record['en-US'] === 'string') {
    into.set(`${record['zh-CN']} | ${record['en-US']}`, where);
    return into;
  }
  for (const [key, inner] of Object.entries(record)) collect(inner, `${where}.${key}`, into, depth + 1);
  return into;
}

describe('docs/architecture.md, rule 3: nothing is said twice', () => {
  it('no sentence or name of the pane’s messages is also one of the engine’s labels or names', () => {
    const engine = new Map<string, string>();
    for (const [module, exports] of Object.entries({ labels, analysisLabels, nextPlanLabels, names }))
      for (const [name, value] of Object.entries(exports)) collect(value, `${module}.${name}`, engine);
    const pane = collect(MESSAGES, 'MESSAGES', new Map());
    expect(engine.size).toBeGreaterThan(100);
    expect(pane.size).toBeGreaterThan(100);
    const twice = [...pane]
      .filter(([zh]) => engine.has(zh))
      .map(([zh, where]) => `${where} = ${engine.get(zh)}: ${zh}`);
    expect(twice).toEqual([]);
  });
});
