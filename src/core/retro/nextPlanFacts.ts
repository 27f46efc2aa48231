import type { Locale } from '../locale';
import type { LocalizedText } from '../model/text';
import type { TargetProposal } from '../nextPlan/targets';
import { sheetName } from '../plan/sheetNames';
import type { RetroFact } from './fact';
import { formatPercentChange, formatValue } from './formatValue';

function both(make: (l: Locale) => string): LocalizedText {
  return { 'zh-CN': make('zh-CN'), 'en-US': make('en-US') };
}

/**
 * Section 7's outlook: the next campaign's targets in three scenarios and what the base rests on, each
 * linked to its cell on the plan sheet (复盘-下次计划), where the assumptions can be changed.
 */
export function nextPlanFacts(proposal: TargetProposal | null): RetroFact[] {
  if (!proposal) return [];
  const [low, base, high] = proposal.scenarios;
  if (!low || !base || !high) return [];
  const facts: RetroFact[] = [
    {
      section: 'summary',
      tone: 'neutral',
      source: { sheet: 'nextPlan', anchor: 'sales.base' },
      text: both((l) => {
        const m = (v: number) => formatValue(v, 'money', l);
        const roas = base.total.roas === null ? null : formatValue(base.total.roas, 'multiple', l);
        return l === 'zh-CN'
          ? `下次活动目标（基准）：支付金额 ${m(base.total.sales)}（保守 ${m(low.total.sales)}，冲刺 ${m(high.total.sales)}），支付订单 ${formatValue(Math.round(base.total.orders), 'integer', l)}${roas ? `，投产比 ${roas}` : ''}；假设与各渠道目标见「${sheetName('nextPlan', l)}」表，可直接修改。`
          : `Next campaign target (base): paid sales ${m(base.total.sales)} (conservative ${m(low.total.sales)}, stretch ${m(high.total.sales)}), ${formatValue(Math.round(base.total.orders), 'integer', l)} paid orders${roas ? `, ROAS ${roas}` : ''}; the assumptions and per-channel targets are on the sheet ${sheetName('nextPlan', l)}, yours to change.`;
      }),
    },
    {
      section: 'summary',
      tone: 'neutral',
      source: { sheet: 'nextPlan', anchor: 'assumption.cvr' },
      text: both((l) => {
        const a = base.assumptions;
        return l === 'zh-CN'
          ? `基准假设：访客 ${formatPercentChange(a.uv)}、转化率 ${formatPercentChange(a.cvr)}、客单价 ${formatPercentChange(a.value)}，来自本次各阶段的日波动及与目标、基期的差距。`
          : `Base assumptions: UV ${formatPercentChange(a.uv)}, CVR ${formatPercentChange(a.cvr)}, sales per buyer ${formatPercentChange(a.value)}, from this campaign's daily spread within phases and its gap to targets and baseline.`;
      }),
    },
  ];
  return facts;
}
