import { KeyIndex, groupOfRow } from '../analysis/aggregate/keyIndex';
import { isPaidStatusCode, type CampaignData } from '../model/campaign';
import { rangeLength } from '../model/day';
import type { DayPoint } from './responseCurve';

/**
 * Each channel's daily spend and paid sales over the campaign period, for the channels of the spend table
 * (channels matched by name, trimmed and case-insensitive, as everywhere). Days without a spend row are
 * left out: a missing row is not a day of zero spend. One pass over the orders and the spend rows.
 */
export function channelDays(
  data: CampaignData,
): { readonly channel: string; readonly key: string; readonly days: readonly DayPoint[] }[] {
  const { spend, orders } = data;
  if (!spend) return [];
  const period = data.campaign.period;
  const length = Math.max(0, rangeLength(period));
  const index = new KeyIndex();
  const spendGroup = index.mapColumn(spend.channel);
  const channels = index.size;
  const spent = new Float64Array(channels * length);
  const seen = new Uint8Array(channels * length);
  for (let i = 0; i < spend.size; i++) {
    const g = groupOfRow(spend.channel, spendGroup, i);
    const d = (spend.day[i] as number) - period.start;
    const v = spend.spend[i] as number;
    if (g < 0 || d < 0 || d >= length || !Number.isFinite(v)) continue;
    spent[g * length + d] = (spent[g * length + d] as number) + v;
    seen[g * length + d] = 1;
  }
  const sales = new Float64Array(channels * length);
  if (orders.channel) {
    const orderGroup = Int32Array.from(orders.channel.values, (v) => index.get(v) ?? -1);
    for (let i = 0; i < orders.size; i++) {
      const g = groupOfRow(orders.channel, orderGroup, i);
      const d = (orders.day[i] as number) - period.start;
      const v = orders.amount[i] as number;
      if (g < 0 || d < 0 || d >= length || !isPaidStatusCode(orders.status[i] as number)) continue;
      if (Number.isFinite(v)) sales[g * length + d] = (sales[g * length + d] as number) + v;
    }
  }
  return index.labels.map((channel, g) => {
    const days: DayPoint[] = [];
    for (let d = 0; d < length; d++)
      if (seen[g * length + d])
        days.push({ spend: spent[g * length + d] as number, sales: sales[g * length + d] as number });
    return { channel, key: KeyIndex.keyOf(channel), days };
  });
}
