import type { Translation } from './translation';

/**
 * Every text of the task pane, both languages side by side. `{name}` marks a parameter: `translate`
 * requires exactly the parameters a message uses, and a message missing a language fails to compile.
 * Texts that come from the workbook or the engine (sheet names, headers, findings) are never here.
 */
export const MESSAGES = {
  // ── Header ──────────────────────────────────────────────────────────────────────────────────────────
  appTitle: { 'zh-CN': 'Fupan 复盘', 'en-US': 'Fupan 复盘' },
  appTagline: { 'zh-CN': '一键生成活动复盘', 'en-US': 'Campaign retrospectives in one click' },
  paneLanguage: { 'zh-CN': '语言 Language', 'en-US': 'Language 语言' },

  // ── Loading ─────────────────────────────────────────────────────────────────────────────────────────
  readingWorkbook: { 'zh-CN': '正在读取工作簿…', 'en-US': 'Reading the workbook…' },
  updating: { 'zh-CN': '正在更新…', 'en-US': 'Updating…' },

  // ── 1. Detect ───────────────────────────────────────────────────────────────────────────────────────
  detectHeading: { 'zh-CN': '1. 识别到的数据', 'en-US': '1. Data found' },
  detectIntro: {
    'zh-CN': '展开一张表，可修改它的类型或列的对应关系。修改会保存在工作簿中。',
    'en-US':
      'Open a table to change its kind or which column feeds which field. Changes are saved in the workbook.',
  },
  noRecognisedTables: { 'zh-CN': '还没有识别到任何表。', 'en-US': 'No table recognised yet.' },
  tableTitle: { 'zh-CN': '{kind} · {sheet}', 'en-US': '{kind} · {sheet}' },
  excelTable: { 'zh-CN': 'Excel 表 {table}', 'en-US': 'Excel table {table}' },
  rowsOne: { 'zh-CN': '{count} 行', 'en-US': '{count} row' },
  rowsOther: { 'zh-CN': '{count} 行', 'en-US': '{count} rows' },
  mappedColumns: { 'zh-CN': '已对应 {mapped}/{total} 列', 'en-US': '{mapped} of {total} columns mapped' },
  rowsUsedRejected: {
    'zh-CN': '使用 {used} 行，拒绝 {rejected} 行',
    'en-US': 'Rows used: {used}, rejected: {rejected}',
  },
  kindField: { 'zh-CN': '读取为', 'en-US': 'Read as' },
  kindDetected: { 'zh-CN': '自动识别（{kind}）', 'en-US': 'Detected ({kind})' },
  kindAutomatic: { 'zh-CN': '自动识别', 'en-US': 'Detect automatically' },
  kindNotUsed: { 'zh-CN': '不使用', 'en-US': 'Not used' },
  kindIgnore: { 'zh-CN': '忽略此表', 'en-US': 'Ignore this table' },
  kindCampaignFacts: {
    'zh-CN': '活动信息（标签 | 值）',
    'en-US': 'Campaign facts (label | value)',
  },
  labelValueNote: {
    'zh-CN': '按“标签 | 值”逐行读取：活动名称、开始/结束日期、负责人、基准期和各阶段。',
    'en-US':
      'Read row by row as label | value: campaign name, start and end dates, owner, baseline and phases.',
  },
  labelValuePairs: { 'zh-CN': '标签 | 值', 'en-US': 'label | value pairs' },
  blockAt: { 'zh-CN': '区域 {block}', 'en-US': 'block at {block}' },
  amountDerived: { 'zh-CN': '数量 × 单价', 'en-US': 'Quantity × unit price' },
  amountQuantityColumn: { 'zh-CN': '数量所在的列', 'en-US': 'Quantity column' },
  amountUnitPriceColumn: { 'zh-CN': '单价所在的列', 'en-US': 'Unit price column' },
  columnsHeading: { 'zh-CN': '列的对应关系', 'en-US': 'Columns' },
  columnAutomatic: { 'zh-CN': '自动：{header}', 'en-US': 'Automatic: {header}' },
  columnAutomaticNone: { 'zh-CN': '自动：未找到', 'en-US': 'Automatic: not found' },
  columnRequiredMissing: {
    'zh-CN': '必需的列未找到：请选择存放它的列。',
    'en-US': 'Required and not found: choose the column that holds it.',
  },
  unusedColumns: { 'zh-CN': '未使用的列：{list}', 'en-US': 'Unused columns: {list}' },
  columnsList: { 'zh-CN': '列：{list}', 'en-US': 'Columns: {list}' },
  unrecognisedHeading: { 'zh-CN': '未识别的表', 'en-US': 'Not recognised' },
  unrecognisedIntro: {
    'zh-CN': '这些表没有匹配任何类型。如需使用，请为它选择类型。',
    'en-US': 'These tables matched no kind. Choose a kind to use one.',
  },
  ignoredHeading: { 'zh-CN': '已忽略的表', 'en-US': 'Ignored tables' },
  missingHeading: { 'zh-CN': '补充数据可解锁更多分析', 'en-US': 'More data unlocks more' },
  warningsTitle: { 'zh-CN': '数据提示', 'en-US': 'Notes on the data' },
  listSeparator: { 'zh-CN': '、', 'en-US': ', ' },

  // ── Empty workbook / sample ─────────────────────────────────────────────────────────────────────────
  emptyTitle: { 'zh-CN': '没有找到活动数据', 'en-US': 'No campaign data found' },
  emptyBody: {
    'zh-CN': 'Fupan 需要一张订单表（订单号、下单时间、实付金额）。请加入你的数据，或先插入示例活动试一试。',
    'en-US':
      'Fupan needs an orders table (order ID, order time, paid amount). Add your data, or try Fupan with a sample campaign.',
  },
  noOrdersTitle: { 'zh-CN': '没有识别到订单表', 'en-US': 'No orders table recognised' },
  noOrdersBody: {
    'zh-CN':
      '请在下方把存放订单的表设为“订单”，或插入示例活动。没有订单也可以生成复盘：只包含其他表能支持的部分，并说明缺少什么。',
    'en-US':
      'Set the table that holds your orders to “Orders” below, or insert the sample campaign. Without orders, Generate still writes the parts the other tables support and says what is missing.',
  },
  insertSample: { 'zh-CN': '插入示例活动', 'en-US': 'Insert sample campaign' },
  insertingSample: { 'zh-CN': '正在插入示例活动…', 'en-US': 'Inserting the sample campaign…' },

  // ── 2. Campaign ─────────────────────────────────────────────────────────────────────────────────────
  campaignHeading: { 'zh-CN': '2. 活动信息', 'en-US': '2. Campaign' },
  campaignName: { 'zh-CN': '活动名称', 'en-US': 'Campaign name' },
  periodSourceTable: { 'zh-CN': '日期来自活动节奏表。', 'en-US': 'Dates from the campaign calendar sheet.' },
  periodSourceOrders: {
    'zh-CN': '活动周期按订单日期推断；如活动更短，请修改。',
    'en-US': 'Period taken from the order dates; change it if the campaign was shorter.',
  },
  periodSourceOptions: { 'zh-CN': '日期在本窗格中设置。', 'en-US': 'Dates set in this pane.' },
  rangePeriod: { 'zh-CN': '活动周期', 'en-US': 'Campaign period' },
  rangeStart: { 'zh-CN': '{range}开始日期', 'en-US': '{range} start' },
  rangeEnd: { 'zh-CN': '{range}结束日期', 'en-US': '{range} end' },
  phasesLegend: { 'zh-CN': '活动阶段（可选）', 'en-US': 'Phases (optional)' },
  baselineHint: {
    'zh-CN': '用于对比的时期。两项都留空表示不设基准期。',
    'en-US': 'The period to compare with. Leave both empty for no baseline.',
  },
  endBeforeStart: { 'zh-CN': '结束日期早于开始日期。', 'en-US': 'The end is before the start.' },
  bothDatesNeeded: { 'zh-CN': '请同时填写开始和结束日期。', 'en-US': 'Set both dates.' },
  periodRequired: { 'zh-CN': '活动周期不能为空。', 'en-US': 'The campaign needs a period.' },
  outsidePeriod: { 'zh-CN': '超出了活动周期。', 'en-US': 'Outside the campaign period.' },
  resetCampaign: { 'zh-CN': '恢复为工作簿中的日期', 'en-US': 'Use the workbook’s dates' },
  targetsFromTable: {
    'zh-CN': '来自工作表“{sheet}”中的目标表。如需修改，请编辑该工作表。',
    'en-US': 'From the targets table on sheet “{sheet}”. Edit that sheet to change them.',
  },
  targetNotComputed: { 'zh-CN': 'Fupan 不计算此指标', 'en-US': 'not computed by Fupan' },
  targetChannel: { 'zh-CN': '渠道：{channel}', 'en-US': 'channel: {channel}' },
  targetsNone: {
    'zh-CN': '没有找到目标表。在这里添加目标，即可得到达成率和总体结论。',
    'en-US': 'No targets table found. Add targets here to get attainment and a verdict.',
  },
  targetRow: { 'zh-CN': '目标 {n}', 'en-US': 'Target {n}' },
  targetValue: { 'zh-CN': '目标值', 'en-US': 'Target value' },
  addTarget: { 'zh-CN': '添加目标', 'en-US': 'Add target' },
  removeTarget: { 'zh-CN': '删除目标 {n}', 'en-US': 'Remove target {n}' },
  chooseMetric: { 'zh-CN': '选择指标', 'en-US': 'Choose a metric' },
  invalidNumber: { 'zh-CN': '请输入一个数字。', 'en-US': 'Enter a number.' },

  // ── 3. Generate ─────────────────────────────────────────────────────────────────────────────────────
  generateHeading: { 'zh-CN': '3. 生成复盘', 'en-US': '3. Generate' },
  sheetLanguage: { 'zh-CN': '工作表语言', 'en-US': 'Language of the sheets' },
  budgetBoundLabel: {
    'zh-CN': '下次计划：每个渠道预算至多调整',
    'en-US': 'Next plan: move each channel’s budget by at most',
  },
  budgetBoundHint: {
    'zh-CN': '0–100%，默认 30%。预算调整建议不会超出这个幅度，也不会超出本次观察到的日花费范围。',
    'en-US':
      '0–100 %, default 30 %. The budget moves stay within it, and within the daily spend this campaign saw.',
  },
  budgetBoundInvalid: {
    'zh-CN': '请输入 0 到 100 之间的百分比。',
    'en-US': 'Enter a percentage from 0 to 100.',
  },
  generate: { 'zh-CN': '生成复盘', 'en-US': 'Generate retro' },
  generateNeedsOrders: {
    'zh-CN': '需要先有一张订单表才能生成复盘。',
    'en-US': 'An orders table is needed to generate the retro.',
  },
  cancel: { 'zh-CN': '取消', 'en-US': 'Cancel' },
  progressLabel: { 'zh-CN': '生成进度', 'en-US': 'Progress' },
  stepReading: { 'zh-CN': '读取数据', 'en-US': 'Reading the data' },
  stepAnalysing: { 'zh-CN': '分析', 'en-US': 'Analysing' },
  stepWriting: { 'zh-CN': '写入工作表', 'en-US': 'Writing the sheets' },
  stepDone: { 'zh-CN': '完成', 'en-US': 'Done' },
  starting: { 'zh-CN': '正在开始…', 'en-US': 'Starting…' },
  cancelledTitle: { 'zh-CN': '已取消生成', 'en-US': 'Generation cancelled' },
  cancelledBody: {
    'zh-CN': '准备好后，再次点击“生成复盘”即可。',
    'en-US': 'Click Generate retro again when you are ready.',
  },

  // ── 4. Results ──────────────────────────────────────────────────────────────────────────────────────
  resultsHeading: { 'zh-CN': '复盘结果', 'en-US': 'Results' },
  findingsHeading: { 'zh-CN': '主要发现', 'en-US': 'Key findings' },
  findingHighlight: { 'zh-CN': '亮点', 'en-US': 'Highlight' },
  findingShortfall: { 'zh-CN': '不足', 'en-US': 'Shortfall' },
  findingInfo: { 'zh-CN': '说明', 'en-US': 'Note' },
  noFindings: { 'zh-CN': '没有需要特别说明的发现。', 'en-US': 'Nothing stood out.' },
  sheetsHeading: { 'zh-CN': '打开工作表', 'en-US': 'Open a sheet' },
  rejectedRows: { 'zh-CN': '被拒绝的行：{count}', 'en-US': 'Rejected rows: {count}' },
  openQualitySheet: { 'zh-CN': '查看数据质量表', 'en-US': 'Open the data-quality sheet' },

  // ── Problems ────────────────────────────────────────────────────────────────────────────────────────
  problemLoad: { 'zh-CN': '无法读取已保存的设置', 'en-US': 'Could not load your saved choices' },
  problemLoadNext: {
    'zh-CN': '本次使用默认设置；你的修改仍会尝试保存。',
    'en-US': 'Using the defaults for now; your changes will still be saved.',
  },
  problemScan: { 'zh-CN': '无法读取工作簿', 'en-US': 'Could not read the workbook' },
  problemSave: { 'zh-CN': '无法保存你的设置', 'en-US': 'Could not save your choices' },
  problemGenerate: { 'zh-CN': '无法生成复盘', 'en-US': 'Could not generate the retro' },
  problemSample: { 'zh-CN': '无法插入示例活动', 'en-US': 'Could not insert the sample campaign' },
  problemActivate: { 'zh-CN': '无法打开该工作表', 'en-US': 'Could not open the sheet' },
  unexpectedProblem: {
    'zh-CN':
      'Fupan 遇到了意外问题。请重试；如果仍然出现，请关闭并重新打开任务窗格。 Fupan hit an unexpected problem. Try again; if it keeps happening, close and reopen the pane.',
    'en-US':
      'Fupan hit an unexpected problem. Try again; if it keeps happening, close and reopen the pane. Fupan 遇到了意外问题。请重试；如果仍然出现，请关闭并重新打开任务窗格。',
  },
  // ── The engine's worker failed (src/excel/engineRunner): the pane stays usable, the worker is restarted ──
  engineFailedError: {
    'zh-CN': 'Fupan 的分析在这个工作簿上出错，工作簿未被修改。请检查识别到的表和列后重试。',
    'en-US':
      'Fupan’s analysis failed on this workbook; the workbook was not changed. Check the tables and columns found, then try again.',
  },
  engineFailedMemory: {
    'zh-CN':
      '分析所需内存超出了任务窗格的上限，工作簿未被修改。请减少要分析的行（例如只保留活动期和对比期的订单）后重试，或在电脑上用 fupan 命令行分析该文件。',
    'en-US':
      'The analysis needed more memory than the task pane has; the workbook was not changed. Analyse fewer rows (for example only the orders of the campaign and baseline periods) and try again, or run the fupan command line on the file.',
  },
  engineFailedCrashed: {
    'zh-CN': 'Fupan 的分析进程意外停止，工作簿未被修改。已准备好新的分析进程，请重试。',
    'en-US':
      'Fupan’s analysis stopped unexpectedly; the workbook was not changed. A fresh analysis process is ready: try again.',
  },
  engineFailedSilent: {
    'zh-CN':
      '分析超过 {minutes} 分钟没有任何进展，已被停止，工作簿未被修改。请重试；如果仍然出现，请减少要分析的行，或在电脑上用 fupan 命令行分析该文件。',
    'en-US':
      'The analysis made no progress for over {minutes} minutes and was stopped; the workbook was not changed. Try again; if it happens again, analyse fewer rows or run the fupan command line on the file.',
  },
  retry: { 'zh-CN': '重试', 'en-US': 'Try again' },
  dismiss: { 'zh-CN': '关闭提示', 'en-US': 'Dismiss' },
  notWired: {
    'zh-CN': 'Fupan 尚未接入 Excel：这一版任务窗格还不能读取工作簿。请使用包含 Excel 连接的版本。',
    'en-US':
      'Fupan is not connected to Excel yet: this build of the pane cannot read the workbook. Use a build that includes the Excel connection.',
  },
} as const satisfies Record<string, Translation>;

export type MessageKey = keyof typeof MESSAGES;
