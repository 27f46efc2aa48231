import type { Locale } from '../locale';
import { KPI_DEFINITIONS } from '../metrics/kpis';
import type { KpiId } from '../metrics/kpiIds';
import type { KpiReport, TargetResult } from '../metrics/report';
import type { CampaignInfo } from '../model/campaign';
import { rangeLength, type DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import type { RetroFact, ShortfallSuggestion } from './fact';
import { formatDay, formatPercentChange, formatValue } from './formatValue';
import { VERDICT_LABELS, type Verdict } from './verdict';

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

function both(build: (locale: Locale) => string): LocalizedText {
  return { 'zh-CN': build('zh-CN'), 'en-US': build('en-US') };
}

function kpiText(id: KpiId, value: number, locale: Locale): string {
  return formatValue(value, KPI_DEFINITIONS[id].format.kind, locale);
}

function rangeText(range: DayRange, locale: Locale): string {
  const days = rangeLength(range);
  return locale === 'zh-CN'
    ? `${formatDay(range.start, locale)}至${formatDay(range.end, locale)}（${days}天）`
    : `${formatDay(range.start, locale)} to ${formatDay(range.end, locale)} (${days} days)`;
}

const PHASE_NAMES = {
  warmup: { 'zh-CN': '预热期', 'en-US': 'warm-up' },
  peak: { 'zh-CN': '爆发期', 'en-US': 'peak' },
  tail: { 'zh-CN': '收尾期', 'en-US': 'tail' },
} as const;

const STATUS_WORDS = {
  exceeded: { 'zh-CN': '超额完成', 'en-US': 'exceeded' },
  nearly_met: { 'zh-CN': '基本达成', 'en-US': 'nearly met' },
  missed: { 'zh-CN': '未达成', 'en-US': 'missed' },
  not_computed: { 'zh-CN': '无法计算', 'en-US': 'not computed' },
} as const;

/** The KPIs section 4 states, in the template's order: sales, traffic and conversion, customers, cost. */
const DATA_REVIEW_KPIS: readonly KpiId[] = [
  'gmv',
  'paid_sales',
  'net_sales',
  'orders',
  'paid_orders',
  'paid_rate',
  'buyers',
  'aov',
  'arppu',
  'uv',
  'cvr',
  'bounce_rate',
  'new_customers',
  'repurchase_rate',
  'return_rate_amount',
  'discount_cost',
  'spend',
  'roas',
  'roi',
  'cac',
];

export interface KpiFactsInput {
  readonly report: KpiReport;
  readonly campaign: CampaignInfo;
  readonly verdict: Verdict;
}

/** The retrospective's statements that come straight from the KPI report. */
export function kpiFacts({ report, campaign, verdict }: KpiFactsInput): RetroFact[] {
  const facts: RetroFact[] = [];
  const add = (fact: RetroFact) => facts.push(fact);

  // 1. Overview: calendar, scope, goals.
  add({
    section: 'overview',
    tone: 'neutral',
    source: { sheet: 'overview', anchor: 'calendar' },
    text: both((l) => {
      const name = campaign.name ?? (l === 'zh-CN' ? '本次活动' : 'The campaign');
      const phases = campaign.phases
        .map((p) => `${PHASE_NAMES[p.kind][l]} ${rangeText(p, l)}`)
        .join(l === 'zh-CN' ? '；' : '; ');
      const base = campaign.baseline
        ? l === 'zh-CN'
          ? `；对比基准期 ${rangeText(campaign.baseline, l)}`
          : `; compared with the baseline ${rangeText(campaign.baseline, l)}`
        : '';
      const period =
        campaign.periodSource === 'undated'
          ? l === 'zh-CN'
            ? '活动期未知（没有带日期的数据）'
            : 'period unknown (no dated rows)'
          : rangeText(campaign.period, l);
      return l === 'zh-CN'
        ? `${name}：${period}${phases ? `；${phases}` : ''}${base}。`
        : `${name}: ${period}${phases ? `; ${phases}` : ''}${base}.`;
    }),
  });
  const named = report.byChannel.filter((c) => c.channel !== null);
  if (named.length > 0 || report.byCategory.length > 0) {
    add({
      section: 'overview',
      tone: 'neutral',
      source: { sheet: 'channels', anchor: 'top' },
      text: both((l) =>
        l === 'zh-CN'
          ? `范围：${named.length} 个渠道（${named.map((c) => c.channel).join('、')}）${report.byCategory.length > 0 ? `，${report.byCategory.length} 个类目` : ''}。`
          : `Scope: ${named.length} channels (${named.map((c) => c.channel).join(', ')})${report.byCategory.length > 0 ? `, ${report.byCategory.length} categories` : ''}.`,
      ),
    });
  }
  report.targets.forEach((t, i) => add(targetFact(t, i)));

  // 2. Planning: budget by channel.
  const spend = report.total.kpis.spend.value;
  if (spend !== null && spend > 0) {
    const top = [...report.byChannel]
      .filter((c) => (c.measures.spend.value ?? 0) > 0)
      .sort((a, b) => (b.measures.spend.value ?? 0) - (a.measures.spend.value ?? 0))[0];
    add({
      section: 'planning',
      tone: 'neutral',
      source: { sheet: 'overview', anchor: 'kpi.spend' },
      text: both((l) => {
        const total = kpiText('spend', spend, l);
        if (!top || top.measures.spend.value === null)
          return l === 'zh-CN' ? `推广总花费 ${total}。` : `Total marketing spend ${total}.`;
        const share = formatValue(top.measures.spend.value / spend, 'percent', l);
        return l === 'zh-CN'
          ? `推广总花费 ${total}，其中「${top.channel}」最多，占 ${share}。`
          : `Total marketing spend ${total}; "${top.channel}" took the most, ${share}.`;
      }),
    });
  }

  // 3. Execution: the peak day.
  const campaignDays = report.byDay.filter((d) => d.part !== 'baseline' && d.measures.gmv.value !== null);
  const peak = campaignDays.reduce<(typeof campaignDays)[number] | null>(
    (best, d) => (best === null || (d.measures.gmv.value ?? 0) > (best.measures.gmv.value ?? 0) ? d : best),
    null,
  );
  if (peak && peak.measures.gmv.value !== null) {
    const baseDays = report.byDay.filter((d) => d.part === 'baseline');
    const baseAvg =
      baseDays.length > 0
        ? baseDays.reduce((s, d) => s + (d.measures.gmv.value ?? 0), 0) / baseDays.length
        : null;
    const gmv = peak.measures.gmv.value;
    add({
      section: 'execution',
      tone: 'neutral',
      source: { sheet: 'trend', anchor: `day.${peak.iso}.gmv` },
      text: both((l) => {
        const times = baseAvg && baseAvg > 0 ? (gmv / baseAvg).toFixed(1) : null;
        return l === 'zh-CN'
          ? `峰值日 ${formatDay(peak.day, l)}：GMV ${kpiText('gmv', gmv, l)}${times ? `，为基准期日均的 ${times} 倍` : ''}。`
          : `Peak day ${formatDay(peak.day, l)}: GMV ${kpiText('gmv', gmv, l)}${times ? `, ${times}× the baseline daily average` : ''}.`;
      }),
    });
  }

  // 4. Data review: every headline KPI with its change vs baseline. KPIs missing for one same reason (no
  // orders table, no traffic table) share one sentence, named together.
  const sameReason = new Map<string, KpiId[]>();
  for (const id of DATA_REVIEW_KPIS) {
    const value = report.total.kpis[id];
    if (value.value !== null) continue;
    const key = value.reason['en-US'];
    sameReason.set(key, [...(sameReason.get(key) ?? []), id]);
  }
  for (const id of DATA_REVIEW_KPIS) {
    const value = report.total.kpis[id];
    const group = value.value === null ? (sameReason.get(value.reason['en-US']) ?? [id]) : [id];
    if (group[0] !== id) continue;
    const def = KPI_DEFINITIONS[id];
    const comparison = report.vsBaseline?.kpis[id];
    const ratio = def.additive
      ? (comparison?.perDay?.ratio.value ?? null)
      : (comparison?.ratio.value ?? null);
    add({
      section: 'data',
      tone: 'neutral',
      source: { sheet: 'overview', anchor: `kpi.${id}` },
      text: both((l) => {
        if (value.value === null)
          return `${group.map((k) => KPI_DEFINITIONS[k].name[l]).join(l === 'zh-CN' ? '、' : ', ')}：${value.reason[l]}`;
        const change =
          ratio === null
            ? ''
            : l === 'zh-CN'
              ? `，较基准期${def.additive ? '日均' : ''} ${formatPercentChange(ratio - 1)}`
              : `, ${formatPercentChange(ratio - 1)} vs the baseline${def.additive ? ' per day' : ''}`;
        return l === 'zh-CN'
          ? `${def.name[l]}：${kpiText(id, value.value, l)}${change}。`
          : `${def.name[l]}: ${kpiText(id, value.value, l)}${change}.`;
      }),
    });
  }

  // 5 / 6. Highlights and shortfalls from targets and channels.
  report.targets.forEach((t, i) => {
    if (t.status === 'exceeded' || t.status === 'missed') {
      add({
        ...targetFact(t, i),
        section: t.status === 'exceeded' ? 'highlights' : 'shortfalls',
        tone: t.status === 'exceeded' ? 'good' : 'bad',
      });
    }
  });
  const ranked = report.byChannel
    .filter((c) => c.channel !== null && c.kpis.roas.value !== null)
    .sort((a, b) => (b.kpis.roas.value as number) - (a.kpis.roas.value as number));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  if (best && worst && ranked.length >= 2) {
    add(channelFact(best, 'highlights'));
    add(channelFact(worst, 'shortfalls'));
  }

  // 7. Summary: the verdict.
  add({
    section: 'summary',
    tone: verdict === 'success' ? 'good' : verdict === 'challenged' ? 'bad' : 'neutral',
    source: { sheet: 'overview', anchor: 'verdict' },
    text: both((l) => {
      const met = report.targets.filter((t) => t.status === 'exceeded').length;
      const assessed = report.targets.filter((t) => t.status !== 'not_computed').length;
      return l === 'zh-CN'
        ? `总体结论：${VERDICT_LABELS[verdict][l]}（${assessed} 项目标中 ${met} 项超额完成）。`
        : `Verdict: ${VERDICT_LABELS[verdict][l]} (${met} of ${assessed} targets exceeded).`;
    }),
  });
  return facts;
}

function targetFact(t: TargetResult, index: number): RetroFact {
  const tone = t.status === 'exceeded' ? 'good' : t.status === 'missed' ? 'bad' : 'neutral';
  return {
    section: 'overview',
    tone,
    source: { sheet: 'overview', anchor: `target.${index}` },
    text: both((l) => {
      const kind = t.kpi ? KPI_DEFINITIONS[t.kpi].format.kind : 'integer';
      const channel = t.channel ? (l === 'zh-CN' ? `（${t.channel}）` : ` (${t.channel})`) : '';
      const target = formatValue(t.target, kind, l);
      if (t.actual.value === null || t.attainment.value === null) {
        const reason = t.attainment.value === null ? t.attainment.reason[l] : '';
        return l === 'zh-CN'
          ? `目标「${t.metric}」${channel}：${target}，${STATUS_WORDS.not_computed[l]}。${reason}`
          : `Target "${t.metric}"${channel}: ${target}, ${STATUS_WORDS.not_computed[l]}. ${reason}`;
      }
      const actual = formatValue(t.actual.value, kind, l);
      const att = formatValue(t.attainment.value, 'percent', l);
      return l === 'zh-CN'
        ? `目标「${t.metric}」${channel}：目标 ${target}，实际 ${actual}，达成率 ${att}，${STATUS_WORDS[t.status][l]}。`
        : `Target "${t.metric}"${channel}: ${target}, actual ${actual}, attainment ${att}, ${STATUS_WORDS[t.status][l]}.`;
    }),
  };
}

function channelFact(c: KpiReport['byChannel'][number], section: 'highlights' | 'shortfalls'): RetroFact {
  const roas = c.kpis.roas.value as number;
  return {
    section,
    tone: section === 'highlights' ? 'good' : 'bad',
    source: { sheet: 'channels', anchor: `channel.${c.key ?? ''}.roas` },
    text: both((l) =>
      section === 'highlights'
        ? l === 'zh-CN'
          ? `投产比最高的渠道：「${c.channel}」，ROAS ${kpiText('roas', roas, l)}。`
          : `Best channel by ROAS: "${c.channel}", ROAS ${kpiText('roas', roas, l)}.`
        : l === 'zh-CN'
          ? `投产比最低的渠道：「${c.channel}」，ROAS ${kpiText('roas', roas, l)}。`
          : `Worst channel by ROAS: "${c.channel}", ROAS ${kpiText('roas', roas, l)}.`,
    ),
  };
}

/** Shortfall facts become the first rows of the action table: issue and evidence prefilled. */
export function shortfallSuggestions(facts: readonly RetroFact[]): ShortfallSuggestion[] {
  return facts
    .filter((f) => f.section === 'shortfalls')
    .map((f) => ({
      issue: both((l) => f.text[l].split(/[：:]/)[0] ?? f.text[l]),
      evidence: f.text,
      source: f.source,
    }));
}

export { LOCALES };
