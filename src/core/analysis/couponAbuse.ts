import { createDictionary, dictColumn } from '../ingest/read/dictionary';
import { isPaidStatusCode, type CampaignData, type DictColumn, type TextColumn } from '../model/campaign';
import type { Day, DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { distinctPerGroup } from './aggregate/distinctPerGroup';
import type { AnalysisDefinition } from './definition';
import { UnionFind } from './math/unionFind';
import { ok, unavailable, type AnalysisResult } from './result';
import type { LinkKind } from '../model/analysisVocabulary';

/**
 * Suspected coupon abuse (羊毛党). Evidence, never a verdict: every cluster is "suspected", with its
 * reasons and numbers.
 *
 * 1. Linked accounts: customers are joined when they share a device id, an IP address or a shipping
 *    address hash on any order (union-find over customers; connected components). Clusters of at least
 *    `minClusterSize` (3) accounts are examined.
 * 2. Burst sign-ups (customers table): at least max(`burstMinAccounts` (3), half the cluster) accounts
 *    registered within `burstWindowDays` (2) consecutive days.
 * 3. Coupon-only orders: paid period orders whose discount is at least `couponOnlyShare` (80 %) of the
 *    list price (of amount + discount when there is no list price).
 * Score = min(1, Σ weights): device shared 0.35, address shared 0.25, IP shared 0.15 (shared networks
 * make IPs the weakest link), burst 0.2, plus 0.3 × the cluster's coupon-only share of paid orders.
 * Level: high ≥ 0.7, medium ≥ 0.4, else low. Discount cost at risk: Σ discount of the cluster's paid
 * orders in the period. All thresholds and weights are options.
 */
export interface CouponAbuseOptions {
  readonly minClusterSize: number;
  readonly couponOnlyShare: number;
  readonly burstWindowDays: number;
  readonly burstMinAccounts: number;
  readonly weights: {
    readonly device: number;
    readonly address: number;
    readonly ip: number;
    readonly burst: number;
    readonly couponOnly: number;
  };
  readonly levels: { readonly high: number; readonly medium: number };
  /** Account ids listed per cluster (the size is always complete). */
  readonly maxAccountsListed: number;
  readonly range: DayRange | null;
}

export const DEFAULT_COUPON_ABUSE_OPTIONS: CouponAbuseOptions = {
  minClusterSize: 3,
  couponOnlyShare: 0.8,
  burstWindowDays: 2,
  burstMinAccounts: 3,
  weights: { device: 0.35, address: 0.25, ip: 0.15, burst: 0.2, couponOnly: 0.3 },
  levels: { high: 0.7, medium: 0.4 },
  maxAccountsListed: 200,
  range: null,
};

export type { LinkKind } from '../model/analysisVocabulary';
export type SuspicionLevel = 'high' | 'medium' | 'low';

export interface SuspectedCluster {
  readonly size: number;
  /** Customer ids, sorted; at most `maxAccountsListed`. */
  readonly accounts: readonly string[];
  /** Distinct values of each kind used by two or more of the cluster's accounts. */
  readonly shared: Readonly<Record<LinkKind, number>>;
  readonly burst: { readonly accounts: number; readonly first: Day; readonly last: Day } | null;
  readonly paidOrders: number;
  readonly couponOnlyOrders: number;
  readonly discountCost: number;
  readonly paidSales: number;
  readonly score: number;
  readonly level: SuspicionLevel;
  readonly reasons: readonly LocalizedText[];
}

export interface CouponAbuseFindings {
  /** Sorted by score, then discount cost. */
  readonly clusters: readonly SuspectedCluster[];
  readonly suspectedAccounts: number;
  readonly discountCostAtRisk: number;
  /** Of all paid period orders' discounts; null without discounts. */
  readonly shareOfDiscountCost: number | null;
  readonly couponOnlyOrders: number;
  readonly linkedBy: readonly LinkKind[];
  readonly notes: readonly LocalizedText[];
}

export function analyzeCouponAbuse(
  data: CampaignData,
  options: Partial<CouponAbuseOptions> = {},
): AnalysisResult<CouponAbuseFindings> {
  const o = { ...DEFAULT_COUPON_ABUSE_OPTIONS, ...options };
  const { orders } = data;
  const customer = orders.customer;
  if (!customer) return unavailable(msg.abuseNeedsCustomers());
  const links: [LinkKind, DictColumn][] = (
    [
      ['device', orders.device],
      ['ip', orders.ip],
      ['address', orders.address],
    ] as [LinkKind, TextColumn | null][]
  ).flatMap(([kind, texts]) => (texts === null ? [] : [[kind, linkCodes(texts, customer, orders.size)]]));
  if (links.length === 0) return unavailable(msg.abuseNeedsLinks());
  const range = o.range ?? data.campaign.period;
  const n = customer.values.length;
  const uf = new UnionFind(n);

  // Link customers through each shared value; remember which values are shared by ≥ 2 accounts.
  const sharedValues: { kind: LinkKind; owner: Int32Array; shared: Float64Array }[] = [];
  for (const [kind, column] of links) {
    const owner = new Int32Array(column.values.length).fill(-1);
    for (let i = 0; i < orders.size; i++) {
      const v = column.codes[i] as number;
      const c = customer.codes[i] as number;
      if (v < 0 || c < 0) continue;
      const first = owner[v] as number;
      if (first < 0) owner[v] = c;
      else uf.union(first, c);
    }
    sharedValues.push({
      kind,
      owner,
      shared: distinctPerGroup(column.codes, customer.codes, column.values.length, n),
    });
  }

  // Per-customer paid-order facts in the period.
  const paidOrders = new Float64Array(n);
  const couponOnly = new Float64Array(n);
  const discount = new Float64Array(n);
  const sales = new Float64Array(n);
  let totalDiscount = 0;
  let totalCouponOnly = 0;
  for (let i = 0; i < orders.size; i++) {
    const c = customer.codes[i] as number;
    const day = orders.day[i] as number;
    if (day < range.start || day > range.end || !isPaidStatusCode(orders.status[i] as number)) continue;
    const amount = finite(orders.amount[i]);
    const d = orders.discount ? finite(orders.discount[i]) : 0;
    totalDiscount += d;
    const list = orders.listPrice ? (orders.listPrice[i] as number) : NaN;
    const base = Number.isFinite(list) && list > 0 ? list : amount + d;
    const isCouponOnly = d > 0 && base > 0 && d / base >= o.couponOnlyShare;
    if (isCouponOnly) totalCouponOnly++;
    if (c < 0) continue;
    paidOrders[c] = (paidOrders[c] as number) + 1;
    sales[c] = (sales[c] as number) + amount;
    discount[c] = (discount[c] as number) + d;
    if (isCouponOnly) couponOnly[c] = (couponOnly[c] as number) + 1;
  }

  const registration = new Map<string, number>();
  if (data.customers) {
    const t = data.customers;
    for (let i = 0; i < t.size; i++) {
      const d = t.registrationDay[i] as number;
      if (d >= 0) registration.set((t.customerId[i] as string).trim(), d);
    }
  }

  // Values used by two or more accounts, counted per cluster root (one pass over each value list).
  const sharedByRoot = new Map<number, Record<LinkKind, number>>();
  for (const { kind, owner, shared: counts } of sharedValues) {
    for (let v = 0; v < owner.length; v++) {
      const first = owner[v] as number;
      if (first < 0 || (counts[v] as number) < 2) continue;
      const root = uf.find(first);
      let entry = sharedByRoot.get(root);
      if (!entry) sharedByRoot.set(root, (entry = { device: 0, ip: 0, address: 0 }));
      entry[kind]++;
    }
  }

  const clusters: SuspectedCluster[] = [];
  for (const members of uf.components()) {
    if (members.length < o.minClusterSize) continue;
    const shared = sharedByRoot.get(uf.find(members[0] as number)) ?? { device: 0, ip: 0, address: 0 };
    const ids = members.map((c) => customer.values[c] as string).sort();
    const burst = burstOf(
      ids.map((id) => registration.get(id.trim())).filter((d): d is number => d !== undefined),
      Math.max(o.burstMinAccounts, Math.ceil(members.length / 2)),
      o.burstWindowDays,
    );
    let orderCount = 0;
    let couponCount = 0;
    let cost = 0;
    let paidSales = 0;
    for (const c of members) {
      orderCount += paidOrders[c] as number;
      couponCount += couponOnly[c] as number;
      cost += discount[c] as number;
      paidSales += sales[c] as number;
    }
    const w = o.weights;
    const couponShare = orderCount > 0 ? couponCount / orderCount : 0;
    const score = Math.min(
      1,
      (shared.device > 0 ? w.device : 0) +
        (shared.address > 0 ? w.address : 0) +
        (shared.ip > 0 ? w.ip : 0) +
        (burst ? w.burst : 0) +
        w.couponOnly * couponShare,
    );
    const reasons: LocalizedText[] = [];
    for (const kind of ['device', 'address', 'ip'] as const) {
      if (shared[kind] > 0) reasons.push(msg.abuseSharedValues(kind, members.length, shared[kind]));
    }
    if (burst) reasons.push(msg.abuseBurst(burst.accounts, members.length, burst.first, burst.last));
    if (couponCount > 0) reasons.push(msg.abuseCouponOnly(couponCount, orderCount, o.couponOnlyShare));
    if (cost > 0) reasons.push(msg.abuseDiscountCost(cost));
    clusters.push({
      size: members.length,
      accounts: ids.slice(0, o.maxAccountsListed),
      shared,
      burst,
      paidOrders: orderCount,
      couponOnlyOrders: couponCount,
      discountCost: cost,
      paidSales,
      score,
      level: score >= o.levels.high ? 'high' : score >= o.levels.medium ? 'medium' : 'low',
      reasons,
    });
  }
  clusters.sort((a, b) => b.score - a.score || b.discountCost - a.discountCost || b.size - a.size);
  const atRisk = clusters.reduce((s, c) => s + c.discountCost, 0);
  const notes: LocalizedText[] = [msg.abuseIsSuspicion()];
  if (!data.customers) notes.push(msg.abuseNoRegistrations());
  if (!orders.discount) notes.push(msg.abuseNoDiscounts());
  return ok({
    clusters,
    suspectedAccounts: clusters.reduce((s, c) => s + c.size, 0),
    discountCostAtRisk: atRisk,
    shareOfDiscountCost: totalDiscount > 0 ? atRisk / totalDiscount : null,
    couponOnlyOrders: totalCouponOnly,
    linkedBy: links.map((l) => l[0]),
    notes,
  });
}

/** The largest number of registrations within `window` consecutive days, when it reaches `min`. */
export function burstOf(days: readonly number[], min: number, window: number): SuspectedCluster['burst'] {
  const sorted = [...days].sort((a, b) => a - b);
  let best: SuspectedCluster['burst'] = null;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] as number) - (sorted[lo] as number) >= window) lo++;
    const count = hi - lo + 1;
    if (count >= min && (best === null || count > best.accounts)) {
      best = { accounts: count, first: sorted[lo] as Day, last: sorted[hi] as Day };
    }
  }
  return best;
}

function finite(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? v : 0;
}

export const couponAbuseAnalysis: AnalysisDefinition<
  'coupon_abuse',
  CouponAbuseOptions,
  AnalysisResult<CouponAbuseFindings>
> = {
  id: 'coupon_abuse',
  name: msg.analysisNames.coupon_abuse,
  requires: {
    tables: ['orders'],
    columns: ['orders.customer_id'],
    optional: [
      'orders.device_id',
      'orders.ip',
      'orders.address_hash',
      'orders.discount',
      'orders.coupon',
      'orders.list_price',
      'customers.registration_date',
    ],
  },
  run: analyzeCouponAbuse,
};

/**
 * Codes for a link column (device, IP, address) on the orders that have a customer; -1 elsewhere, as those
 * orders link no one. A customer's orders mostly repeat one device and one address, so a text equal to the
 * customer's previous one takes its code without a dictionary lookup.
 */
function linkCodes(texts: TextColumn, customer: DictColumn, size: number): DictColumn {
  const dict = createDictionary();
  const codes = new Int32Array(size).fill(-1);
  const lastText = new Array<string | null>(customer.values.length).fill(null);
  const lastCode = new Int32Array(customer.values.length).fill(-1);
  for (let i = 0; i < size; i++) {
    const text = texts[i] ?? null;
    const c = customer.codes[i] as number;
    if (text === null || c < 0) continue;
    if (lastText[c] === text) {
      codes[i] = lastCode[c] as number;
      continue;
    }
    const code = dict.encode(text);
    codes[i] = code;
    lastText[c] = text;
    lastCode[c] = code;
  }
  return dictColumn(codes, dict);
}
