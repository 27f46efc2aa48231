import type { CampaignAnalysis } from '../../../src/core/analyze';
import { LOCALES, type Locale } from '../../../src/core/locale';
import { FACTOR_LABELS, PHASE_LABELS } from '../../../src/core/plan/analysisLabels';
import { planCustomersSheet } from '../../../src/core/plan/sheets/customersSheet';
import { planDiagnosticsSheet } from '../../../src/core/plan/sheets/diagnosticsSheet';
import { planFunnelSheet } from '../../../src/core/plan/sheets/funnelSheet';
import type { SheetKey } from '../../../src/core/plan/types';
import { analysisFacts } from '../../../src/core/retro/analysisFacts';
import { inSentence } from '../../../src/core/retro/factText';
import { formatDay } from '../../../src/core/retro/formatValue';
import { shortfallSuggestions } from '../../../src/core/retro/kpiFacts';
import { sampleAnalysis, type Reduction } from '../plan/analysisPipeline';
import { cellAt } from '../../support/planCells';

function plannedSheets(analysis: CampaignAnalysis, locale: Locale) {
  return new Map<SheetKey, ReturnType<typeof planFunnelSheet>>([
    ['funnel', planFunnelSheet(analysis, locale)],
    ['customers', planCustomersSheet(analysis, locale)],
    ['diagnostics', planDiagnosticsSheet(analysis, locale)],
  ]);
}

const REDUCTIONS: [string, Reduction][] = [
  ['the full sample', {}],
  ['no touchpoints', { withoutSheets: ['touchpoints'] }],
  ['no traffic', { withoutSheets: ['traffic'] }],
  ['no targets or campaign table', { withoutSheets: ['targets', 'campaign'] }],
  ['no customer ids', { withoutOrderColumns: ['customer_id'] }],
  ['no inventory', { withoutSheets: ['inventory'] }],
];

describe.each(LOCALES)('the retro facts from the analyses (%s)', (locale) => {
  const { sample, analysis } = sampleAnalysis(locale);
  const facts = analysisFacts(analysis);
  const inSection = (section: string) =>
    facts.filter((f) => f.section === section).map((f) => f.text[locale]);

  it.each(REDUCTIONS)('links every fact to a cell that exists on the sheet it names (%s)', (_, reduction) => {
    const reduced = reduction === REDUCTIONS[0]![1] ? analysis : sampleAnalysis(locale, reduction).analysis;
    const sheets = plannedSheets(reduced, locale);
    const reducedFacts = analysisFacts(reduced);
    expect(reducedFacts.length).toBeGreaterThan(0);
    for (const fact of reducedFacts) {
      const source = fact.source!;
      const planned = sheets.get(source.sheet);
      const address = planned?.anchors[source.anchor];
      expect({ anchor: source.anchor, address }).toEqual({
        anchor: source.anchor,
        address: expect.any(String),
      });
      expect(cellAt(planned!.sheet, address!)).toBeDefined();
    }
  });

  it('states numbers in both languages for sections 3 to 6 only', () => {
    expect(new Set(facts.map((f) => f.section))).toEqual(
      new Set(['execution', 'data', 'highlights', 'shortfalls']),
    );
    for (const fact of facts) {
      for (const l of LOCALES) expect(fact.text[l]).toMatch(/\d/);
      expect(fact.text['zh-CN']).not.toBe(fact.text['en-US']);
    }
  });

  it('is pure: the same analysis gives the same facts', () => {
    expect(analysisFacts(analysis)).toEqual(facts);
  });

  it('names the stock-out SKU, its first day and the payment-outage date in the execution review', () => {
    const execution = inSection('execution');
    const stockout = sample.truth.stockout;
    expect(
      execution.some((t) => t.includes(stockout.sku) && t.includes(formatDay(stockout.day, locale))),
    ).toBe(true);
    const outage = sample.truth.anomalies.find((a) => a.kind === 'payment_outage')!;
    expect(execution.some((t) => t.includes(formatDay(outage.day, locale)))).toBe(true);
  });

  it('ranks the execution review by the sales at stake: the peak, the stock-out, then the outage day', () => {
    const execution = inSection('execution');
    const outage = sample.truth.anomalies.find((a) => a.kind === 'payment_outage')!;
    const at = (needle: string) => execution.findIndex((t) => t.includes(needle));
    expect(at(PHASE_LABELS.peak[locale])).toBe(0);
    expect(at(sample.truth.stockout.sku)).toBeGreaterThan(0);
    expect(at(formatDay(outage.day, locale))).toBeGreaterThan(at(sample.truth.stockout.sku));
  });

  it('states the decomposition’s three effects and its main driver in the data review', () => {
    const decomposition = analysis.analyses.decomposition;
    if (decomposition.kind !== 'ok' || decomposition.vsTarget.kind !== 'ok')
      throw new Error('the sample has targets');
    const target = facts.find((f) => f.source?.anchor === 'decomposition.target.gap')!;
    for (const e of decomposition.vsTarget.effects) {
      expect(target.text[locale]).toContain(inSentence(FACTOR_LABELS[e.factor][locale], locale));
    }
    expect(target.tone).toBe('bad');
  });

  it('reads the A/B result with its p-value, and counts the significant winner as a highlight', () => {
    expect(inSection('data').some((t) => t.includes('p = 0.0044'))).toBe(true);
    expect(inSection('highlights').some((t) => t.includes('B') && t.includes('p = 0.0044'))).toBe(true);
  });

  it('lists the suspected abuse with the discount at risk among the shortfalls, never as a verdict', () => {
    const abuse = facts.find((f) => f.section === 'shortfalls' && f.source?.anchor === 'abuse.total')!;
    expect(abuse.text[locale]).toMatch(locale === 'zh-CN' ? /疑似/ : /Suspected/);
    expect(abuse.text[locale]).toContain('¥2,850');
  });

  it('writes each shortfall as "issue: evidence" for the action table', () => {
    const shortfalls = facts.filter((f) => f.section === 'shortfalls');
    expect(shortfalls.length).toBeGreaterThanOrEqual(5);
    for (const s of shortfallSuggestions(shortfalls)) {
      expect(s.issue[locale].length).toBeGreaterThan(3);
      expect(s.issue[locale].length).toBeLessThan(s.evidence[locale].length);
    }
  });

  it('names the category that grew most over the baseline as the strongest', () => {
    const mix = analysis.analyses.mix;
    if (mix.kind !== 'ok' || mix.byCategory.kind !== 'ok') throw new Error('the sample has categories');
    const grown = [...mix.byCategory.groups].sort((x, y) => y.change - x.change)[0]!;
    const strongest = facts.find((f) => f.source?.anchor === `mix.category.${grown.key}.change`)!;
    expect(strongest.section).toBe('highlights');
    expect(strongest.text[locale]).toContain(grown.key);
  });
});
