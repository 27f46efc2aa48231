import { TABLE_KINDS, type TableKind } from '../model/tableKinds';
import type { LocalizedText } from '../model/text';

/** What adding an orders table would unlock, for a campaign read without one (partial campaigns). */
export const ORDERS_UNLOCK: LocalizedText = {
  'zh-CN':
    '加入订单表（订单号、下单时间、实付金额）可计算 GMV、订单数、支付金额、客单价、买家、ROI 与获客成本，以及 GMV 拆解、客户分析、优惠券滥用、断货与目标达成率。',
  'en-US':
    'Add an orders table (order ID, order time, paid amount) to get GMV, orders, paid sales, AOV, buyers, ROI and CAC, the GMV decomposition, the customer analysis, coupon abuse, stock-outs and target attainment.',
};

/**
 * Parts of the orders in a relational export (docs/input-format.md, 5a): they complete order headers, they
 * are not tables to add to a workbook whose orders are whole, so the "what is missing" list leaves them out.
 */
export const ORDER_PARTS = ['order_lines', 'payments'] as const;
export type OrderPart = (typeof ORDER_PARTS)[number];

export function isOrderPart(kind: TableKind): kind is OrderPart {
  return (ORDER_PARTS as readonly string[]).includes(kind);
}

/**
 * Whether a kind that was not found belongs in a "what is missing" list: not an order part, and not a kind
 * whose stand-in (SAME_UNLOCKS_AS) was found; of two stand-ins that are both missing, the first is listed.
 */
export function isListedAsMissing(kind: TableKind, found: ReadonlySet<TableKind>): boolean {
  if (found.has(kind) || isOrderPart(kind)) return false;
  const alternative = SAME_UNLOCKS_AS[kind];
  if (alternative === undefined) return true;
  return !found.has(alternative) && TABLE_KINDS.indexOf(kind) < TABLE_KINDS.indexOf(alternative);
}

/** What adding each optional table would unlock, for the "what is missing" list of the task pane. */
export const UNLOCKS: Readonly<Record<Exclude<TableKind, 'orders' | OrderPart>, LocalizedText>> = {
  traffic: {
    'zh-CN':
      '加入流量表（日期、访客数）可计算访客数、转化率、跳失率、加购率、漏斗与 GMV 的流量×转化×客单拆解。',
    'en-US':
      'Add a traffic table (date, UV) to get UV, conversion, bounce and add-to-cart rates, the funnel and the traffic × conversion × value decomposition.',
  },
  spend: {
    'zh-CN': '加入投放表（渠道、花费）可计算花费、投产比 (ROAS)、ROI、获客成本与渠道效率排名。',
    'en-US':
      'Add a spend table (channel, spend) to get spend, ROAS, ROI, CAC and the channel efficiency ranking.',
  },
  targets: {
    'zh-CN': '加入目标表（指标、目标值），或在下方填写目标，可计算达成率与总体结论。',
    'en-US':
      'Add a targets table (metric, target), or type targets below, to get attainment and the overall verdict.',
  },
  campaign: {
    'zh-CN':
      '加入活动信息表（阶段、开始、结束），或在下方填写活动周期与阶段，可按预热/爆发/收尾与基准期对比。',
    'en-US':
      'Add a campaign table (phase, start, end), or set the period and phases below, to compare warm-up, peak, tail and the baseline.',
  },
  refunds: {
    'zh-CN': '加入退款表（订单号、退款金额）可精确计算部分退款与退款率。',
    'en-US':
      'Add a refunds table (order ID, refund amount) to count partial refunds and return rates exactly.',
  },
  customers: {
    'zh-CN': '加入用户表（买家ID、首单日期）可准确区分新老客并计算获客成本。',
    'en-US':
      'Add a customers table (customer ID, first order date) to tell new from returning customers exactly and get CAC.',
  },
  inventory: {
    'zh-CN': '加入库存表（SKU、日期、库存）可发现断货并估算损失销售额。',
    'en-US': 'Add an inventory table (SKU, date, stock) to find stock-outs and estimate lost sales.',
  },
  touchpoints: {
    'zh-CN':
      '加入触点表（用户路径ID、时间、渠道）可做多触点归因（首次、末次、线性、时间衰减、位置、马尔可夫）。',
    'en-US':
      'Add a touchpoints table (path ID, time, channel) to get multi-touch attribution (first, last, linear, time decay, position, Markov).',
  },
  experiment: {
    'zh-CN':
      '加入实验记录表（用户ID、实验分组、是否转化，可含落地页与时间）可得各组访客转化率与显著性检验（A/B 测试）。',
    'en-US':
      "Add an experiment log (user ID, group, converted; page and time optional) to get each group's visitor conversion rate and its significance test (A/B test).",
  },
  paths: {
    'zh-CN':
      '加入路径汇总表（路径、转化数，可含转化金额与未转化数）可做多触点归因（首次、末次、线性、位置、马尔可夫）。',
    'en-US':
      'Add a paths table (path, conversions, optionally value and non-conversions) to get multi-touch attribution (first, last, linear, position, Markov).',
  },
};

/** Kinds that unlock the same analyses as another: one missing is not worth listing when the other is there. */
export const SAME_UNLOCKS_AS: Readonly<Partial<Record<TableKind, TableKind>>> = {
  paths: 'touchpoints',
  touchpoints: 'paths',
};
