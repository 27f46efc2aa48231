import type { Locale } from '../locale';

/** The mark ending a text cut to Excel's cell limit, saying how much was cut. */
export function truncationMark(cut: number, locale: Locale): string {
  const count = cut.toLocaleString('en-US');
  return locale === 'zh-CN' ? `…［已截断 ${count} 个字符］` : `… [${count} characters cut]`;
}

/** The line under a data-quality table cut to its first rows. */
export function rejectedRowsCapped(shown: number, total: number, locale: Locale): string {
  const [a, b] = [shown.toLocaleString('en-US'), total.toLocaleString('en-US')];
  return locale === 'zh-CN'
    ? `以上仅列出 ${b} 行被拒绝记录中的前 ${a} 行。命令行 fupan retro 会把全部记录写入输出工作簿旁的 “…-rejected.csv” 文件；fupan kpis --json 给出各表的数量。`
    : `Only the first ${a} of ${b} rejected rows are listed above. The command line (fupan retro) writes them all to "…-rejected.csv" beside the output workbook; fupan kpis --json gives the count per table.`;
}

/** The line under the data-quality sheet's cut-cells table when some full texts were over the budget. */
export function cutTextsOverBudget(cells: number, chars: number, budget: number, locale: Locale): string {
  const [n, c, b] = [cells, chars, budget].map((x) => x.toLocaleString('en-US'));
  return locale === 'zh-CN'
    ? `另有 ${n} 个单元格（共 ${c} 个字符）的全文未保留：所有截断全文合计不超过 ${b} 个字符。`
    : `The full text of ${n} more cells (${c} characters) is not kept: the full texts of cut cells are kept up to ${b} characters in all.`;
}
