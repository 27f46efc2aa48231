import type { OrdersMissing } from '../../model/campaign';
import type { TableKind } from '../../model/tableKinds';
import type { LocalizedText } from '../../model/text';
import { TABLE_KIND_NAMES } from '../names';
import { text } from '../text';

/** A campaign read without orders: what it is built on, and where its period came from. */

function kindsZh(kinds: readonly TableKind[]): string {
  return kinds.map((k) => TABLE_KIND_NAMES[k]['zh-CN']).join('、');
}

function kindsEn(kinds: readonly TableKind[]): string {
  return kinds.map((k) => TABLE_KIND_NAMES[k]['en-US'].toLowerCase()).join(', ');
}

export function ordersAbsent(missing: OrdersMissing, kinds: readonly TableKind[]): LocalizedText {
  const whyZh = missing === 'no_table' ? '没有订单表' : '订单表没有一行可用';
  const whyEn = missing === 'no_table' ? 'There is no orders table' : 'The orders table has no usable row';
  return text(
    `${whyZh}：复盘只包含其他表（${kindsZh(kinds)}）能支持的部分，所有订单类指标（GMV、订单数、客单价、买家、ROI 等）为空。` +
      '加入订单表（订单号、下单时间、实付金额）可得到这些指标、GMV 拆解、客户分析与达成率。',
    `${whyEn}: the retro holds what the other tables (${kindsEn(kinds)}) support, and every order KPI (GMV, ` +
      'orders, AOV, buyers, ROI …) is empty. Add an orders table (order ID, order time, paid amount) to get ' +
      'them, the GMV decomposition, the customer analysis and attainment.',
  );
}

export function periodFromData(start: string, end: string, kinds: readonly TableKind[]): LocalizedText {
  return text(
    `没有订单表和活动节奏表，活动期取${kindsZh(kinds)}的日期范围 ${start} 至 ${end}。可添加活动节奏表或在设置中指定活动期。`,
    `No orders and no campaign calendar: the campaign period is the date range of the ${kindsEn(kinds)}, ` +
      `${start} to ${end}. Add a campaign calendar or set the period in the settings.`,
  );
}

export function periodUndated(): LocalizedText {
  return text(
    '没有订单表，其他表也没有日期：活动期未知，按日与按阶段的结果为空。可添加活动节奏表或在设置中指定活动期。',
    'No orders, and no other table has dates: the campaign period is unknown, so results by day and by phase ' +
      'are empty. Add a campaign calendar or set the period in the settings.',
  );
}
