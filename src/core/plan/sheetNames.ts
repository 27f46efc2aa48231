import type { Locale } from '../locale';
import type { SheetKey } from './types';

/** Every Fupan sheet name starts with the prefix, so the analyst can tell them from their own at a glance. */
export const SHEET_PREFIX: Readonly<Record<Locale, string>> = { 'zh-CN': '复盘-', 'en-US': 'Fupan ' };

const TITLES: Readonly<Record<SheetKey, Readonly<Record<Locale, string>>>> = {
  overview: { 'zh-CN': '概览', 'en-US': 'Overview' },
  trend: { 'zh-CN': '趋势', 'en-US': 'Trend' },
  channels: { 'zh-CN': '渠道与ROI', 'en-US': 'Channels & ROI' },
  funnel: { 'zh-CN': '转化漏斗', 'en-US': 'Funnel' },
  customers: { 'zh-CN': '客户', 'en-US': 'Customers' },
  diagnostics: { 'zh-CN': '诊断', 'en-US': 'Diagnostics' },
  quality: { 'zh-CN': '数据质量', 'en-US': 'Data Quality' },
  retro: { 'zh-CN': '活动复盘', 'en-US': 'Retro' },
  nextPlan: { 'zh-CN': '下次计划', 'en-US': 'Next plan' },
};

export function sheetName(key: SheetKey, locale: Locale): string {
  return SHEET_PREFIX[locale] + TITLES[key][locale];
}

export function sheetTitle(key: SheetKey, locale: Locale): string {
  return TITLES[key][locale];
}
