import type { FieldId } from '../../../model/fields';

/** Header aliases of the inventory table (daily stock snapshot), best first. */
export const INVENTORY_ALIASES = {
  sku: [
    '商品SKU',
    'SKU',
    'SKU编码',
    '商家编码',
    '商品编码',
    '商品ID',
    '货号',
    'Product SKU',
    'Variant SKU',
    'Item SKU',
    'Product ID',
  ],
  date: ['日期', '统计日期', '盘点日期', 'Date', 'Day', 'Snapshot Date'],
  stock: [
    '库存',
    '库存量',
    '库存数量',
    '可用库存',
    '可售库存',
    '剩余库存',
    'Stock',
    'Inventory',
    'On Hand',
    'Available',
    'Stock Level',
  ],
} as const satisfies Record<FieldId<'inventory'>, readonly string[]>;
