import type { LocalizedText } from '../model/text';

/** Texts of the SQL path (the KPI contract run where the data lives, read back as aggregate tables). */

export function ordersExcluded(excluded: number, rows: number): LocalizedText {
  return {
    'zh-CN': `订单表 ${rows} 行中有 ${excluded} 行未计入：缺少订单号、下单时间或金额，或订单状态无法识别。聚合路径不逐行列出，用 fupan retro 读原始数据可看到每一行。`,
    'en-US': `${excluded} of the ${rows} order rows were left out: no order id, order time or amount, or an unknown status. The aggregates path does not list them row by row; run fupan retro on the raw data to see each.`,
  };
}
