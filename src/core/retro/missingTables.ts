import type { IngestResult } from '../model/campaign';
import { TABLE_KINDS, type TableKind } from '../model/tableKinds';
import type { LocalizedText } from '../model/text';
import { TABLE_KIND_NAMES } from '../messages/names';
import { isListedAsMissing, ORDERS_UNLOCK, UNLOCKS } from '../scan/unlocks';
import type { RetroFact } from './fact';

export interface MissingTable {
  readonly kind: TableKind;
  /** "Missing: … . Add … to get …": what the table would unlock. */
  readonly text: LocalizedText;
}

/**
 * For a campaign read without orders (a partial campaign): every kind of table that was not found, orders
 * first, each with what it would unlock. Empty when orders were read: a full campaign's sheets say what is
 * missing KPI by KPI, as before.
 */
export function missingTables(ingest: IngestResult): readonly MissingTable[] {
  if (ingest.data === null || ingest.data.ordersMissing === null) return [];
  const found = new Set(ingest.tables.filter((t) => t.rowsUsed > 0).map((t) => t.kind));
  // Lines and payments complete orders, and paths stand in for touchpoints: neither is listed on its own.
  const listed = TABLE_KINDS.filter((kind): kind is Exclude<TableKind, 'order_lines' | 'payments'> =>
    isListedAsMissing(kind, found),
  );
  return listed.map((kind) => {
    const name = TABLE_KIND_NAMES[kind];
    const unlock = kind === 'orders' ? ORDERS_UNLOCK : UNLOCKS[kind];
    return {
      kind,
      text: {
        'zh-CN': `缺少${name['zh-CN']}。${unlock['zh-CN']}`,
        'en-US': `Missing: ${name['en-US'].toLowerCase()}. ${unlock['en-US']}`,
      },
    };
  });
}

/**
 * The retro's statements of what is missing, in the overview: the orders with what they would unlock, then
 * one sentence naming the other missing tables (the data-quality sheet says what each would unlock).
 */
export function missingTableFacts(missing: readonly MissingTable[]): RetroFact[] {
  const facts: RetroFact[] = [];
  const orders = missing.find((m) => m.kind === 'orders');
  if (orders)
    facts.push({
      section: 'overview',
      text: orders.text,
      source: { sheet: 'quality', anchor: 'missing.orders' },
      tone: 'bad',
    });
  const others = missing.filter((m) => m.kind !== 'orders');
  const first = others[0];
  if (first) {
    const names = (l: 'zh-CN' | 'en-US') =>
      others.map((m) => TABLE_KIND_NAMES[m.kind][l]).join(l === 'zh-CN' ? '、' : ', ');
    facts.push({
      section: 'overview',
      text: {
        'zh-CN': `也没有找到：${names('zh-CN')}。数据质量表列出了每张表能补充的内容。`,
        'en-US': `Also not found: ${names('en-US').toLowerCase()}. The data-quality sheet says what each would unlock.`,
      },
      source: { sheet: 'quality', anchor: `missing.${first.kind}` },
      tone: 'neutral',
    });
  }
  return facts;
}
