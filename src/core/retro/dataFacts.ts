import type { CampaignAnalysis } from '../analyze';
import type { Locale } from '../locale';
import type { MixComparison } from '../analysis/mixDecomposition';
import { MODEL_LABELS, STEP_LABELS } from '../plan/analysisLabels';
import { ANALYSIS_ANCHORS as A, type GapReference, type MixDimension } from './analysisAnchors';
import {
  both,
  count,
  list,
  money,
  percent,
  plural,
  points,
  pValue,
  quoted,
  rate,
  signed,
  signedMoney,
  type RankedFact,
} from './factText';
import { gapText } from './gapText';

/**
 * Section 4, data review. Weight: the order in which the findings explain the result — why sales moved
 * against the target, then against the baseline, by channel and category mix, where buyers were lost in
 * the funnel, who bought (new vs returning, retention), which channels earn the credit, what the
 * experiment showed, and the risk of abuse last.
 */
const ORDER = {
  gapTarget: 10,
  gapBaseline: 9,
  mixChannel: 8,
  mixCategory: 7,
  funnel: 6,
  customers: 5,
  retention: 4,
  attribution: 3,
  abTest: 2,
  abuse: 1,
} as const;

export function dataFacts({ analyses }: CampaignAnalysis): RankedFact[] {
  const out: RankedFact[] = [];
  const add = (weight: number, fact: RankedFact['fact']) => out.push({ weight, fact });

  const decomposition = analyses.decomposition;
  if (decomposition.kind === 'ok') {
    const parts: [GapReference, typeof decomposition.vsBaseline, number][] = [
      ['target', decomposition.vsTarget, ORDER.gapTarget],
      ['baseline', decomposition.vsBaseline, ORDER.gapBaseline],
    ];
    for (const [ref, gap, weight] of parts) {
      if (gap.kind !== 'ok') continue;
      add(weight, {
        section: 'data',
        tone: gap.gap < 0 ? 'bad' : gap.gap > 0 ? 'good' : 'neutral',
        source: { sheet: 'diagnostics', anchor: A.gap(ref) },
        text: both((l) => gapText(ref, gap, l)),
      });
    }
  }

  const mix = analyses.mix;
  if (mix.kind === 'ok') {
    const parts: [MixDimension, typeof mix.byChannel, number][] = [
      ['channel', mix.byChannel, ORDER.mixChannel],
      ['category', mix.byCategory, ORDER.mixCategory],
    ];
    for (const [dim, m, weight] of parts) {
      if (m.kind !== 'ok' || m.groups.length === 0) continue;
      add(weight, {
        section: 'data',
        tone: 'neutral',
        source: { sheet: 'diagnostics', anchor: A.mixTotal(dim) },
        text: both((l) => mixText(dim, m, l)),
      });
    }
  }

  const funnel = analyses.funnel;
  if (funnel.kind === 'ok') {
    const { steps, biggestDropOff: drop } = funnel.overall;
    const head = steps[0];
    const tail = steps[steps.length - 1];
    if (drop && head && tail && head.count > 0) {
      const endToEnd = tail.count / head.count;
      add(ORDER.funnel, {
        section: 'data',
        tone: 'neutral',
        source: { sheet: 'funnel', anchor: A.funnelFromPrevious(drop.to) },
        text: both((l) => {
          const path = steps.map((s) => STEP_LABELS[s.step][l]).join(' → ');
          const from = STEP_LABELS[drop.from][l];
          const to = STEP_LABELS[drop.to][l];
          return l === 'zh-CN'
            ? `转化漏斗（${path}）：${rate(endToEnd)} 的访客完成${STEP_LABELS[tail.step][l]}（${count(head.count)} → ${count(tail.count)}）；流失最大的环节是 ${from} → ${to}，仅 ${percent(drop.rate, l)} 继续，流失 ${count(drop.lost)} 人。`
            : `Funnel (${path}): ${rate(endToEnd)} of visitors reached ${STEP_LABELS[tail.step][l].toLowerCase()} (${count(head.count)} → ${count(tail.count)}); the biggest drop-off is ${from.toLowerCase()} → ${to.toLowerCase()}: only ${percent(drop.rate, l)} went on, ${count(drop.lost)} lost.`;
        }),
      });
    }
  }

  const customers = analyses.customers;
  if (customers.kind === 'ok' && customers.buyers > 0) {
    const { newBuyers: n, returningBuyers: r, repurchase, retention } = customers;
    add(ORDER.customers, {
      section: 'data',
      tone: 'neutral',
      source: { sheet: 'customers', anchor: A.customerShare('new') },
      text: both((l) => {
        const aov = (v: number | null) => (v === null ? '—' : money(v, l));
        const repeat = repurchase.rate === null ? '' : percent(repurchase.rate, l);
        return l === 'zh-CN'
          ? `新老客：新客 ${count(n.buyers)} 人（${percent(n.share ?? 0, l)}），客单价 ${aov(n.aov)}；老客 ${count(r.buyers)} 人（${percent(r.share ?? 0, l)}），客单价 ${aov(r.aov)}${repeat ? `；复购率 ${repeat}` : ''}。`
          : `New vs returning: ${count(n.buyers)} new buyers (${percent(n.share ?? 0, l)}), AOV ${aov(n.aov)}; ${count(r.buyers)} returning (${percent(r.share ?? 0, l)}), AOV ${aov(r.aov)}${repeat ? `; repurchase rate ${repeat}` : ''}.`;
      }),
    });
    if (retention && retention.rate !== null) {
      const value = retention.rate;
      add(ORDER.retention, {
        section: 'data',
        tone: 'neutral',
        source: { sheet: 'customers', anchor: A.retentionRate },
        text: both((l) =>
          l === 'zh-CN'
            ? `留存：活动买家中 ${percent(value, l)}（${count(retention.retainedBuyers)} 人）在活动后 ${retention.windowDays} 天内再次支付${retention.partial ? `（仅有 ${retention.coveredDays} 天数据，偏低估）` : ''}。`
            : `Retention: ${percent(value, l)} of the campaign's buyers (${count(retention.retainedBuyers)}) paid again within ${retention.windowDays} days after it${retention.partial ? ` (only ${retention.coveredDays} days of data, so understated)` : ''}.`,
        ),
      });
    }
  }

  const attribution = analyses.attribution;
  if (attribution.kind === 'ok' && attribution.conversions > 0) {
    const topOf = (model: string) =>
      [...(attribution.models.find((m) => m.model === model)?.credits ?? [])].sort(
        (a, b) => b.conversions - a.conversions || a.channel.localeCompare(b.channel),
      )[0];
    const markov = topOf('markov');
    const last = topOf('last_touch');
    const first = topOf('first_touch');
    if (markov) {
      const share = markov.conversions / attribution.conversions;
      add(ORDER.attribution, {
        section: 'data',
        tone: 'neutral',
        source: { sheet: 'diagnostics', anchor: A.attribution('markov', markov.channel) },
        text: both((l) => {
          if (l === 'zh-CN') {
            const others = [
              last
                ? `${MODEL_LABELS.last_touch[l]}模型最多为 ${quoted(last.channel, l)}（${count(last.conversions)}）`
                : '',
              first
                ? `${MODEL_LABELS.first_touch[l]}模型最多为 ${quoted(first.channel, l)}（${count(first.conversions)}）`
                : '',
            ].filter((o) => o);
            return `归因（${count(attribution.journeys)} 条路径，${count(attribution.conversions)} 次转化）：${MODEL_LABELS.markov[l]}模型下 ${quoted(markov.channel, l)} 贡献最大，${count(markov.conversions)} 次（${percent(share, l)}）${others.length > 0 ? `；${others.join('，')}` : ''}。`;
          }
          const en = [
            last ? `last touch favours ${quoted(last.channel, l)} (${count(last.conversions)})` : '',
            first ? `first touch ${quoted(first.channel, l)} (${count(first.conversions)})` : '',
          ].filter((o) => o);
          return `Attribution (${count(attribution.journeys)} journeys, ${count(attribution.conversions)} conversions): the Markov model credits ${quoted(markov.channel, l)} most, ${count(markov.conversions)} conversions (${percent(share, l)})${en.length > 0 ? `; ${list(en, l)}` : ''}.`;
        }),
      });
    }
  }

  const ab = analyses.ab_test;
  if (ab.kind === 'ok') {
    for (const c of ab.comparisons) {
      const test = c.conversion;
      if (!test) continue;
      const srm = ab.sampleRatio;
      add(ORDER.abTest, {
        section: 'data',
        tone: c.significant ? (test.difference > 0 ? 'good' : 'bad') : 'neutral',
        source: { sheet: 'diagnostics', anchor: A.abPValue(c.variant) },
        text: both((l) => {
          const basis =
            ab.basis === 'ordering_customers'
              ? l === 'zh-CN'
                ? '（转化 = 下单用户中完成支付的比例）'
                : ' (conversion = ordering customers who paid)'
              : ab.basis === 'experiment_units'
                ? l === 'zh-CN'
                  ? `（实验记录表，清洗后 ${count(ab.variants.reduce((n, v) => n + v.units, 0))} 个不重复用户）`
                  : ` (experiment log, ${count(ab.variants.reduce((n, v) => n + v.units, 0))} distinct units after cleaning)`
                : '';
          const lift =
            test.relativeLift === null
              ? ''
              : l === 'zh-CN'
                ? `，相对 ${signedPercent(test.relativeLift)}`
                : `, relative ${signedPercent(test.relativeLift)}`;
          const alpha = `${Number((ab.alpha * 100).toFixed(2))}%`;
          const verdict = c.significant
            ? l === 'zh-CN'
              ? `在 ${alpha} 水平显著`
              : `significant at ${alpha}`
            : l === 'zh-CN'
              ? '不显著'
              : 'not significant';
          const srmText =
            srm === null
              ? ''
              : l === 'zh-CN'
                ? `；样本比例检验${srm.mismatch ? '失衡，结果不可信' : '通过'}（${pValue(srm.pValue)}）`
                : `; sample-ratio check ${srm.mismatch ? 'failed, so do not trust the result' : 'OK'} (${pValue(srm.pValue)})`;
          return l === 'zh-CN'
            ? `A/B 实验 ${c.variant} 对比 ${c.control}${basis}：转化率 ${rate(test.treatmentRate)} 对 ${rate(test.controlRate)}（${points(test.difference, l)}${lift}），z = ${signed(test.z)}，${pValue(test.pValue)}，${verdict}${srmText}。`
            : `A/B test ${c.variant} vs ${c.control}${basis}: conversion ${rate(test.treatmentRate)} vs ${rate(test.controlRate)} (${points(test.difference, l)}${lift}), z = ${signed(test.z)}, ${pValue(test.pValue)}, ${verdict}${srmText}.`;
        }),
      });
    }
  }

  const abuse = analyses.coupon_abuse;
  if (abuse.kind === 'ok' && abuse.clusters.length > 0) {
    add(ORDER.abuse, {
      section: 'data',
      tone: 'bad',
      source: { sheet: 'diagnostics', anchor: A.abuseTotal },
      text: both((l) => {
        const share =
          abuse.shareOfDiscountCost === null
            ? ''
            : l === 'zh-CN'
              ? `，占全部优惠成本 ${percent(abuse.shareOfDiscountCost, l)}`
              : `, ${percent(abuse.shareOfDiscountCost, l)} of all discount cost`;
        const couponOnly = abuse.clusters.reduce((s, c) => s + c.couponOnlyOrders, 0);
        return l === 'zh-CN'
          ? `风险：发现 ${abuse.clusters.length} 组疑似羊毛党关联账号，共 ${count(abuse.suspectedAccounts)} 个账号（共用设备、IP 或收货地址），纯券订单 ${count(couponOnly)} 笔，涉及优惠成本 ${money(abuse.discountCostAtRisk, l)}${share}；仅为疑似，需人工核实。`
          : `Risk: ${plural(abuse.clusters.length, 'suspected cluster', 'suspected clusters')} of linked accounts, ${count(abuse.suspectedAccounts)} accounts sharing devices, IPs or addresses; ${count(couponOnly)} coupon-only orders; discount at risk ${money(abuse.discountCostAtRisk, l)}${share}. A suspicion only: check by hand.`;
      }),
    });
  }
  return out;
}

/** A signed percent without a currency: +3.1%. */
function signedPercent(ratio: number): string {
  const pct = (ratio * 100).toFixed(1);
  return ratio > 0 ? `+${pct}%` : `${pct.replace('-', '−')}%`;
}

function mixText(dim: MixDimension, m: MixComparison, l: Locale): string {
  const top = m.groups[0];
  const name = top ? (top.key === '' ? (l === 'zh-CN' ? '（未填）' : '(empty)') : top.key) : '';
  if (l === 'zh-CN') {
    const what = dim === 'channel' ? '渠道结构' : '类目结构';
    return `${what}对比基准期：规模影响 ${signedMoney(m.activityEffect, l)}，结构影响 ${signedMoney(m.mixEffect, l)}，效率影响 ${signedMoney(m.rateEffect, l)}${top ? `；变化最大的是 ${quoted(name, l)}（${signedMoney(top.change, l)}）` : ''}。`;
  }
  const what = dim === 'channel' ? 'Channel mix' : 'Category mix';
  return `${what} vs the baseline: activity ${signedMoney(m.activityEffect, l)}, mix ${signedMoney(m.mixEffect, l)}, rate ${signedMoney(m.rateEffect, l)}${top ? `; the biggest change is ${quoted(name, l)} (${signedMoney(top.change, l)})` : ''}.`;
}
