import type { LocalizedText } from '../model/text';

/** The seven sections of the standard campaign retrospective (活动复盘), in order. */
export const RETRO_SECTIONS = [
  'overview',
  'planning',
  'execution',
  'data',
  'highlights',
  'shortfalls',
  'summary',
] as const;
export type RetroSectionId = (typeof RETRO_SECTIONS)[number];

export const SECTION_HEADINGS: Readonly<Record<RetroSectionId, LocalizedText>> = {
  overview: { 'zh-CN': '一、活动概况与目标回顾', 'en-US': '1. Overview and goals' },
  planning: { 'zh-CN': '二、策划回顾', 'en-US': '2. Planning review' },
  execution: { 'zh-CN': '三、执行回顾', 'en-US': '3. Execution review' },
  data: { 'zh-CN': '四、数据复盘', 'en-US': '4. Data review' },
  highlights: { 'zh-CN': '五、亮点与成功经验', 'en-US': '5. Highlights and what worked' },
  shortfalls: { 'zh-CN': '六、不足与改进', 'en-US': '6. Shortfalls and fixes' },
  summary: { 'zh-CN': '七、总结与展望', 'en-US': '7. Summary and outlook' },
};

/** A cell the analyst writes; its id is stable across runs so that re-generating never loses it. */
export interface NotePrompt {
  readonly id: string;
  readonly label: LocalizedText;
  readonly placeholder: LocalizedText;
}

function note(id: string, zhLabel: string, enLabel: string, zhHint: string, enHint: string): NotePrompt {
  return {
    id,
    label: { 'zh-CN': zhLabel, 'en-US': enLabel },
    placeholder: { 'zh-CN': zhHint, 'en-US': enHint },
  };
}

/** The NOTE cells of each section (retro-template.md), in the order they appear. */
export const SECTION_NOTES: Readonly<Record<RetroSectionId, readonly NotePrompt[]>> = {
  overview: [
    note(
      'overview_theme',
      '活动主题',
      'Theme',
      '例：双12 年终狂欢，主打冬季新品',
      'e.g. Double 12 year-end sale, winter launch',
    ),
    note(
      'overview_background',
      '背景',
      'Background',
      '市场、竞品、品牌策略',
      'Market, competition, brand strategy',
    ),
    note(
      'overview_audience',
      '目标人群',
      'Target audience',
      '核心人群与拉新人群',
      'Core and prospect audiences',
    ),
  ],
  planning: [
    note(
      'planning_market',
      '市场与竞品',
      'Market and competitors',
      '竞品动作、差异化',
      'Competitor moves, differentiation',
    ),
    note(
      'planning_mechanics',
      '玩法机制',
      'Mechanics',
      '限时秒杀、满减、优惠券、赠品、拼团…',
      'Flash sale, spend-and-save, coupons, gifts, group buying…',
    ),
    note(
      'planning_products',
      '货品策略',
      'Product roles',
      '主推款 / 引流款 / 利润款，定价',
      'Hero / traffic / profit SKUs, pricing',
    ),
    note(
      'planning_plan',
      '节奏与排期',
      'Phase plan and timeline',
      '各阶段推广计划与时间线',
      'Promotion plan per phase, timeline',
    ),
    note(
      'planning_risks',
      '风险预案',
      'Risks and contingencies',
      '库存、系统、客服预案',
      'Stock, systems, customer-service plans',
    ),
  ],
  execution: [
    note('execution_preparation', '筹备情况', 'Preparation', '备货、物料、培训', 'Stock, assets, training'),
    note(
      'execution_warmup',
      '预热动作',
      'Warm-up activities',
      '蓄水、加购、预售',
      'Audience building, carts, pre-sale',
    ),
    note(
      'execution_incidents',
      '突发事件与处理',
      'Incidents and handling',
      '事件、影响、处理方式',
      'What happened, impact, how it was handled',
    ),
  ],
  data: [
    note(
      'data_comment',
      '分析师点评',
      "Analyst's comment",
      '对数据的补充解读',
      'Your reading of the numbers',
    ),
  ],
  highlights: [
    note('highlights_factors', '成功因素', 'Success factors', '做对了什么', 'What went right'),
    note(
      'highlights_practices',
      '可复用的做法',
      'Repeatable practices',
      '下次继续的做法',
      'What to do again',
    ),
  ],
  shortfalls: [],
  summary: [
    note('summary_lessons', '经验教训', 'Lessons', '最重要的三条', 'The three that matter most'),
    note('summary_next', '下次活动计划', 'Next campaign', '目标、预算、节奏', 'Targets, budget, timing'),
  ],
};

/** Rows of the shortfalls action table: issue · evidence · fix · owner · due date. */
export const ACTION_TABLE_ROWS = 6;
export const ACTION_TABLE_NOTE_COLUMNS = ['fix', 'owner', 'due'] as const;
export function actionNoteId(row: number, column: (typeof ACTION_TABLE_NOTE_COLUMNS)[number]): string {
  return `action_${row + 1}_${column}`;
}
