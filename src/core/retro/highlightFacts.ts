import type { CampaignAnalysis } from '../analyze';
import { FACTOR_LABELS } from '../plan/analysisLabels';
import { ANALYSIS_ANCHORS as A } from './analysisAnchors';
import {
  both,
  inSentence,
  money,
  multiple,
  percent,
  pValue,
  quoted,
  rate,
  signedMoney,
  type RankedFact,
} from './factText';
import { mainPositive } from './gapText';

/**
 * Section 5, highlights: the strongest category, the mechanic that converted (the A/B winner, when it won
 * significantly and the sample ratio holds), the best-converting channel of the funnel and the factor that
 * drove growth over the baseline. Weight: the sales gained — the category's growth over the baseline (its
 * sales without a baseline), the winner's extra conversions × its revenue per buyer, the channel's extra
 * payers over the overall rate × sales per payer, the factor's effect.
 */
export function highlightFacts({ analyses, report }: CampaignAnalysis): RankedFact[] {
  const out: RankedFact[] = [];

  const mix = analyses.mix;
  const categoryMix = mix.kind === 'ok' && mix.byCategory.kind === 'ok' ? mix.byCategory : null;
  const grown = categoryMix
    ? [...categoryMix.groups]
        .filter((g) => g.key !== '' && g.change > 0)
        .sort((a, b) => b.change - a.change)[0]
    : undefined;
  if (grown) {
    const times = grown.valueBefore > 0 ? grown.valueAfter / grown.valueBefore : null;
    out.push({
      weight: grown.change,
      fact: {
        section: 'highlights',
        tone: 'good',
        source: { sheet: 'diagnostics', anchor: A.mixChange('category', grown.key) },
        text: both((l) => {
          const x =
            times === null
              ? ''
              : l === 'zh-CN'
                ? `，为基准的 ${multiple(times)} 倍`
                : `, ${multiple(times)}× the baseline`;
          return l === 'zh-CN'
            ? `最强类目：${quoted(grown.key, l)}，活动期支付金额 ${money(grown.valueAfter, l)}，较基准期 ${signedMoney(grown.change, l)}${x}。`
            : `Strongest category: ${quoted(grown.key, l)}, paid sales ${money(grown.valueAfter, l)}, ${signedMoney(grown.change, l)} over the baseline${x}.`;
        }),
      },
    });
  } else {
    const total = report.byCategory.reduce((s, c) => s + (c.measures.paid_sales.value ?? 0), 0);
    const top = report.byCategory
      .filter((c) => c.category !== null && c.measures.paid_sales.value !== null)
      .sort((a, b) => (b.measures.paid_sales.value as number) - (a.measures.paid_sales.value as number))[0];
    if (top && top.category !== null && total > 0) {
      const sales = top.measures.paid_sales.value as number;
      const name = top.category;
      out.push({
        weight: sales,
        fact: {
          section: 'highlights',
          tone: 'good',
          source: { sheet: 'diagnostics', anchor: A.categorySales(name) },
          text: both((l) =>
            l === 'zh-CN'
              ? `最强类目：${quoted(name, l)}，支付金额 ${money(sales, l)}，占 ${percent(sales / total, l)}。`
              : `Strongest category: ${quoted(name, l)}, paid sales ${money(sales, l)}, ${percent(sales / total, l)} of the total.`,
          ),
        },
      });
    }
  }

  const ab = analyses.ab_test;
  if (ab.kind === 'ok' && !ab.sampleRatio?.mismatch) {
    for (const c of ab.comparisons) {
      const test = c.conversion;
      if (!test || !c.significant || test.difference <= 0) continue;
      const variant = ab.variants.find((v) => v.variant === c.variant);
      const extra = variant ? test.difference * variant.units * (variant.revenuePerBuyer ?? 0) : 0;
      out.push({
        weight: extra,
        fact: {
          section: 'highlights',
          tone: 'good',
          source: { sheet: 'diagnostics', anchor: A.abPValue(c.variant) },
          text: both((l) =>
            l === 'zh-CN'
              ? `有效的玩法：实验组 ${c.variant} 的转化率 ${rate(test.treatmentRate)}，高于对照组 ${c.control} 的 ${rate(test.controlRate)}，差异显著（${pValue(test.pValue)}）。`
              : `What converted: variant ${c.variant} converted ${rate(test.treatmentRate)} against ${rate(test.controlRate)} for ${c.control}, a significant difference (${pValue(test.pValue)}).`,
          ),
        },
      });
    }
  }

  const funnel = analyses.funnel;
  if (funnel.kind === 'ok' && funnel.byChannel.length >= 2) {
    const endToEnd = (steps: readonly { count: number }[]) => {
      const head = steps[0];
      const tail = steps[steps.length - 1];
      return head && tail && head !== tail && head.count > 0 ? tail.count / head.count : null;
    };
    const overall = endToEnd(funnel.overall.steps);
    const payers = funnel.overall.steps[funnel.overall.steps.length - 1]?.count ?? 0;
    const best = funnel.byChannel
      .map((c) => ({
        channel: c.channel,
        rate: endToEnd(c.funnel.steps),
        visits: c.funnel.steps[0]?.count ?? 0,
      }))
      .filter((c): c is { channel: string; rate: number; visits: number } => c.rate !== null)
      .sort((a, b) => b.rate - a.rate || a.channel.localeCompare(b.channel))[0];
    const sales = report.total.measures.paid_sales.value;
    if (best && overall !== null && best.rate > overall) {
      const perPayer = sales !== null && payers > 0 ? sales / payers : 0;
      out.push({
        weight: (best.rate - overall) * best.visits * perPayer,
        fact: {
          section: 'highlights',
          tone: 'good',
          source: { sheet: 'funnel', anchor: A.funnelChannelEndToEnd(best.channel) },
          text: both((l) =>
            l === 'zh-CN'
              ? `转化最好的渠道：${quoted(best.channel, l)}，全链路转化率 ${rate(best.rate)}，整体为 ${rate(overall)}。`
              : `Best-converting channel: ${quoted(best.channel, l)}, ${rate(best.rate)} of its visitors went all the way, against ${rate(overall)} overall.`,
          ),
        },
      });
    }
  }

  const decomposition = analyses.decomposition;
  if (decomposition.kind === 'ok' && decomposition.vsBaseline.kind === 'ok') {
    const gap = decomposition.vsBaseline;
    const driver = gap.gap > 0 ? mainPositive(gap) : null;
    if (driver) {
      out.push({
        weight: driver.effect,
        fact: {
          section: 'highlights',
          tone: 'good',
          source: { sheet: 'diagnostics', anchor: A.gapEffect('baseline', driver.factor) },
          text: both((l) =>
            l === 'zh-CN'
              ? `增长主要来自${FACTOR_LABELS[driver.factor][l]}：贡献 ${signedMoney(driver.effect, l)}，占较基准期增量 ${signedMoney(gap.gap, l)} 的 ${percent(driver.effect / gap.gap, l)}。`
              : `Growth over the baseline came mostly from ${inSentence(FACTOR_LABELS[driver.factor][l], l)}: ${signedMoney(driver.effect, l)} of the ${signedMoney(gap.gap, l)} gain (${percent(driver.effect / gap.gap, l)}).`,
          ),
        },
      });
    }
  }
  return out;
}
