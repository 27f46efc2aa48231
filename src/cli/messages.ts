import type { LocalizedText } from '../core/model/text';

/**
 * Every message the command line itself prints, in both languages side by side (the .xlsx / .csv reader's
 * messages live in src/xlsx/messages.ts, the engine's in src/core/messages). Usage errors are English
 * only, like the option parser's own: they are raised before the language is known.
 */
export const cliMessages = {
  noInput: (): string => 'give an input workbook, a .csv file or a folder of .csv files (or --csv-dir DIR).',
  badLang: (lang: string): string => `--lang must be zh-CN or en-US, not "${lang}".`,
  badRange: (flag: string, text: string): string =>
    `${flag} must be a day or a range of days such as 2025-12-01..2025-12-30 (start ≤ end), not "${text}".`,
  badBudgetBound: (text: string): LocalizedText => ({
    'zh-CN': `--budget-bound 应为 0 到 1 之间的比例（如 0.3 或 30%，即 ±30%），或「渠道=比例」（如 直通车=0.2），每个渠道只能给一次；“${text}”不符合。`,
    'en-US': `--budget-bound must be a share from 0 to 1 (such as 0.3 or 30%, i.e. ±30 %), or channel=share (such as 直通车=0.2), each channel once; "${text}" is not.`,
  }),
  unknownBoundChannel: (names: readonly string[]): LocalizedText => ({
    'zh-CN': `提示：--budget-bound 指定的渠道不在花费表中：${names.join('、')}（这些上限未使用）。`,
    'en-US': `Note: --budget-bound names channels the spend table does not have: ${names.join(', ')} (those bounds were not used).`,
  }),
  badOrders: (min: number, max: number): string => `--orders must be an integer from ${min} to ${max}.`,
  notFound: (path: string): LocalizedText => ({
    'zh-CN': `找不到“${path}”。请检查路径是否正确。`,
    'en-US': `Cannot find "${path}". Check the path.`,
  }),
  cannotWrite: (path: string, detail: string): LocalizedText => ({
    'zh-CN': `无法写入“${path}”：${detail}。如果该文件已在 Excel 中打开，请先关闭它，或用 -o 指定其他文件。`,
    'en-US': `Cannot write "${path}": ${detail}. If the file is open in Excel, close it first, or give another file with -o.`,
  }),
  outputIsInput: (path: string): string =>
    `-o names the input itself ("${path}"): Fupan never overwrites its input. Give another file name, ` +
    'or leave -o out to write <input>-retro.xlsx beside it.',
  unexpected: (detail: string): LocalizedText => ({
    'zh-CN': `意外错误：${detail}。这是复盘的缺陷，请附上输入文件报告。`,
    'en-US': `unexpected error: ${detail}. This is a bug in Fupan; please report it with the input file.`,
  }),
  step: {
    reading: { 'zh-CN': '读取', 'en-US': 'Reading' },
    analysing: { 'zh-CN': '分析', 'en-US': 'Analysing' },
    writing: { 'zh-CN': '写入', 'en-US': 'Writing' },
  },
  sampleCampaign: (file: string): LocalizedText => ({
    'zh-CN': `示例活动：${file}`,
    'en-US': `Sample campaign: ${file}`,
  }),
  noOrdersWritten: {
    'zh-CN': '未找到可用的订单表，只写出了数据质量表。',
    'en-US': 'No usable orders table: only the data-quality sheet was written.',
  },
  noOrders: {
    'zh-CN': '未找到可用的订单表，无法计算指标。',
    'en-US': 'No usable orders table, so no KPI could be computed.',
  },
  rejectedRows: (count: number, written: boolean): LocalizedText => ({
    'zh-CN': written
      ? `被拒绝的行：${count}（详见数据质量表）`
      : `被拒绝的行：${count}（fupan retro 会在数据质量表中逐行列出）`,
    'en-US': written
      ? `Rejected rows: ${count} (see the data-quality sheet)`
      : `Rejected rows: ${count} (fupan retro lists each in the data-quality sheet)`,
  }),
  analysisOk: (name: string): LocalizedText => ({ 'zh-CN': `${name}：已完成`, 'en-US': `${name}: done` }),
  analysisUnavailable: (name: string, reason: string): LocalizedText => ({
    'zh-CN': `${name}：无法分析。${reason}`,
    'en-US': `${name}: not available. ${reason}`,
  }),
  written: (path: string): LocalizedText => ({ 'zh-CN': `→ ${path}`, 'en-US': `→ ${path}` }),
} as const;
