import type { LocalizedText } from '../core/model/text';
import { LIMITS } from './limits';

const MIB = 1024 * 1024;
const size = (bytes: number) => `${Math.round(bytes / MIB)} MiB`;

/** The messages of the file limits (src/xlsx/limits.ts), each naming the part, sheet or cell concerned. */
export const limitMessages = {
  beyondGrid: (part: string, ref: string): LocalizedText => ({
    'zh-CN': `工作表部件 ${part} 中的单元格 ${ref} 超出 Excel 的网格（最多 ${LIMITS.rows.toLocaleString('en-US')} 行、${LIMITS.columns.toLocaleString('en-US')} 列，即到 XFD1048576）。该文件不是 Excel 写出的或已损坏，请在 Excel 中打开并另存。`,
    'en-US': `Sheet part ${part}: cell ${ref} is beyond Excel's grid (at most ${LIMITS.rows.toLocaleString('en-US')} rows and ${LIMITS.columns.toLocaleString('en-US')} columns, up to XFD1048576). Excel did not write this file or it is damaged: open it in Excel and save it again.`,
  }),
  tableBeyondGrid: (part: string, table: string, ref: string): LocalizedText => ({
    'zh-CN': `表格部件 ${part}：表格“${table}”的区域 ${ref} 不是 Excel 网格中的有效区域（最多 ${LIMITS.rows.toLocaleString('en-US')} 行、${LIMITS.columns.toLocaleString('en-US')} 列）。请在 Excel 中打开并另存。`,
    'en-US': `Table part ${part}: the range ${ref} of table "${table}" is not a valid range of Excel's grid (at most ${LIMITS.rows.toLocaleString('en-US')} rows and ${LIMITS.columns.toLocaleString('en-US')} columns). Open the file in Excel and save it again.`,
  }),
  partTooLarge: (part: string, bytes: number, limit: number): LocalizedText => ({
    'zh-CN': `部件 ${part} 解压后超过 ${size(limit)}（已读到 ${size(bytes)}），超出复盘对此类部件的上限。`,
    'en-US': `Part ${part} inflates to more than ${size(limit)} (${size(bytes)} read so far), beyond Fupan's limit for such a part.`,
  }),
  sizeMismatch: (part: string, declared: number): LocalizedText => ({
    'zh-CN': `部件 ${part} 解压后的大小与压缩包声明的 ${declared} 字节不符。该文件已损坏或被篡改。`,
    'en-US': `Part ${part} inflates to more than the ${declared} bytes its zip entry declares. The file is damaged or was tampered with.`,
  }),
  packageTooLarge: (bytes: number): LocalizedText => ({
    'zh-CN': `工作簿解压后超过 ${size(LIMITS.totalInflatedBytes)}（声明或已读到 ${size(bytes)}），超出复盘的上限。`,
    'en-US': `The workbook inflates to more than ${size(LIMITS.totalInflatedBytes)} (${size(bytes)} declared or read), beyond Fupan's limit.`,
  }),
  inflateRatio: (part: string, ratio: number): LocalizedText => ({
    'zh-CN': `部件 ${part} 的压缩比为 ${Math.round(ratio)}:1，超过 ${LIMITS.inflateRatio}:1 的上限（真实的 deflate 数据不会超过约 1032:1），疑似压缩炸弹。`,
    'en-US': `Part ${part} inflates ${Math.round(ratio)} times its compressed size, beyond the limit of ${LIMITS.inflateRatio} (real deflate data stays below about 1,032): it looks like a zip bomb.`,
  }),
  openConstruct: (part: string, offset: number): LocalizedText => ({
    'zh-CN': `部件 ${part} 第 ${offset} 字符处开始的标签、注释或 CDATA 在 ${size(LIMITS.openConstructBytes)} 内没有结束（引号或注释未闭合）。该文件已损坏。`,
    'en-US': `Part ${part}: the tag, comment or CDATA section starting at character ${offset} does not end within ${size(LIMITS.openConstructBytes)} (an unclosed quote or comment). The file is damaged.`,
  }),
  truncatedPart: (part: string, offset: number, excerpt: string): LocalizedText => ({
    'zh-CN': `部件 ${part} 在第 ${offset} 字节处有未结束的标签（“${excerpt}”），其后的内容无法读取。该文件已损坏：请在 Excel 中打开并修复。`,
    'en-US': `Part ${part}: the tag at byte ${offset} ("${excerpt}") never ends, so nothing after it can be read. The file is damaged: open it in Excel and let Excel repair it.`,
  }),
  tooManyStyles: (part: string, count: number): LocalizedText => ({
    'zh-CN': `样式部件 ${part} 含有 ${count.toLocaleString('en-US')} 个以上的格式，超过 ${LIMITS.styles.toLocaleString('en-US')} 的上限（Excel 最多 64,000 个）。`,
    'en-US': `Styles part ${part} holds more than ${count.toLocaleString('en-US')} formats, beyond the limit of ${LIMITS.styles.toLocaleString('en-US')} (Excel allows 64,000).`,
  }),
} as const;
