import type { LocalizedText } from '../core/model/text';

/**
 * Every message the .xlsx / .csv host shows, in both languages side by side. Each names the file, sheet
 * or part concerned and says what to do about it.
 */
export const xlsxMessages = {
  fileNotFound: (file: string): LocalizedText => ({
    'zh-CN': `找不到文件“${file}”。请检查路径是否正确。`,
    'en-US': `Cannot find the file "${file}". Check the path.`,
  }),
  unreadableFile: (file: string, detail: string): LocalizedText => ({
    'zh-CN': `无法读取文件“${file}”：${detail}。`,
    'en-US': `Cannot read the file "${file}": ${detail}.`,
  }),
  notZip: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”不是 .xlsx 工作簿（不是 zip 压缩包）。如果它是 .csv 文件，请使用 .csv 扩展名；如果是其他格式，请在 Excel 中另存为 .xlsx。`,
    'en-US': `"${file}" is not an .xlsx workbook (it is not a zip package). If it is a CSV file, give it the .csv extension; otherwise open it in Excel and save it as .xlsx.`,
  }),
  encrypted: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”受密码保护，或是旧版 .xls（Excel 97-2003）文件，无法直接读取。请在 Excel 中打开它，取消密码（文件 › 信息 › 保护工作簿），再另存为 .xlsx。`,
    'en-US': `"${file}" is password-protected or a legacy .xls (Excel 97-2003) file, which cannot be read directly. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it as .xlsx.`,
  }),
  corrupt: (file: string, detail: string): LocalizedText => ({
    'zh-CN': `“${file}”已损坏，无法作为 .xlsx 打开（${detail}）。请在 Excel 中打开并修复后重新保存。`,
    'en-US': `"${file}" is damaged and cannot be opened as .xlsx (${detail}). Open it in Excel, let Excel repair it, and save it again.`,
  }),
  notWorkbook: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”是 Office 压缩包，但不包含 Excel 工作簿（可能是 Word 或 PowerPoint 文件）。`,
    'en-US': `"${file}" is an Office package but holds no Excel workbook (it may be a Word or PowerPoint file).`,
  }),
  binaryWorkbook: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”是 Excel 二进制工作簿（.xlsb），无法直接读取。请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”。`,
    'en-US': `"${file}" is an Excel Binary Workbook (.xlsb), which cannot be read directly. Save it in Excel as "Excel Workbook (*.xlsx)".`,
  }),
  emptyWorkbook: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”中没有可读取的数据：没有 Excel 表格，也没有带标题行的数据区域。请把数据放在第一行为列标题的区域中。`,
    'en-US': `"${file}" holds no data to read: no Excel table and no range with a header row. Put the data in a range whose first row holds the column headers.`,
  }),
  noHeaderRow: (sheet: string, rows: number): LocalizedText => ({
    'zh-CN': `工作表“${sheet}”的前 ${rows} 行中没有找到标题行（一行大部分是文字的列名，下面是数据），已跳过该表。`,
    'en-US': `Sheet "${sheet}": no header row (a row of mostly text column names with data below it) in its first ${rows} rows, so it was skipped.`,
  }),
  fupanSheetSkipped: (sheet: string): LocalizedText => ({
    'zh-CN': `工作表“${sheet}”是复盘生成的输出表，不作为源数据读取。`,
    'en-US': `Sheet "${sheet}" is an output sheet Fupan wrote, so it is not read as source data.`,
  }),
  csvFolderEmpty: (dir: string): LocalizedText => ({
    'zh-CN': `文件夹“${dir}”中没有 .csv 文件。`,
    'en-US': `The folder "${dir}" holds no .csv file.`,
  }),
  csvEmpty: (file: string): LocalizedText => ({
    'zh-CN': `CSV 文件“${file}”是空的，或找不到标题行，已跳过。`,
    'en-US': `The CSV file "${file}" is empty or has no header row, so it was skipped.`,
  }),
  csvNotText: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”不是文本文件（其中有二进制数据），不能作为 CSV 读取。如果它是工作簿，请使用 .xlsx 扩展名；否则请在 Excel 中另存为“CSV UTF-8”。`,
    'en-US': `"${file}" is not a text file (it holds binary data), so it cannot be read as CSV. If it is a workbook, give it the .xlsx extension; otherwise save it from Excel as "CSV UTF-8".`,
  }),
  csvUnclosedQuote: (file: string, record: number): LocalizedText => ({
    'zh-CN': `CSV 文件“${file}”第 ${record} 条记录的引号没有闭合，该记录一直读到了文件末尾。请检查该行的双引号。`,
    'en-US': `The CSV file "${file}": the quote opened in record ${record} is never closed, so that record runs to the end of the file. Check the double quotes on that line.`,
  }),
  strictFormat: (file: string): LocalizedText => ({
    'zh-CN': `“${file}”以“Strict Open XML 电子表格”格式保存，复盘无法写入。请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后重试。`,
    'en-US': `"${file}" is saved as a Strict Open XML Spreadsheet, which Fupan cannot write into. Save it in Excel as "Excel Workbook (*.xlsx)" and try again.`,
  }),
  sheetNameTaken: (wanted: string, used: string): LocalizedText => ({
    'zh-CN': `工作簿中已有一个名为“${wanted}”的工作表，且不是复盘生成的，因此保留原表，新表命名为“${used}”。`,
    'en-US': `The workbook already has a sheet named "${wanted}" that Fupan did not write, so it was kept and the new sheet is named "${used}".`,
  }),
} as const;
