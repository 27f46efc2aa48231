import type { TableKind } from './tableKinds';

/**
 * Every column Fupan reads, per table kind, with its canonical header in both languages. Ingest recognises
 * many more aliases (see src/core/ingest); the canonical headers are what Fupan itself writes (sample
 * campaign, templates) and what docs/input-format.md lists first.
 */
export interface FieldSpec {
  readonly zh: string;
  readonly en: string;
  /** A table of this kind is not usable without this column. */
  readonly required?: true;
  /** A table of this kind needs at least one column of the fields that share this group. */
  readonly oneOf?: string;
}

export const FIELDS = {
  orders: {
    order_id: { zh: '订单号', en: 'Order ID', required: true },
    order_time: { zh: '下单时间', en: 'Order Time', required: true },
    pay_time: { zh: '付款时间', en: 'Pay Time' },
    customer_id: { zh: '买家ID', en: 'Customer ID' },
    amount: { zh: '实付金额', en: 'Paid Amount', required: true },
    total_amount: { zh: '订单总金额', en: 'Order Total' },
    unit_price: { zh: '单价', en: 'Unit Price' },
    status: { zh: '订单状态', en: 'Status' },
    channel: { zh: '渠道', en: 'Channel' },
    category: { zh: '类目', en: 'Category' },
    sku: { zh: '商品SKU', en: 'SKU' },
    quantity: { zh: '数量', en: 'Quantity' },
    list_price: { zh: '原价', en: 'List Price' },
    discount: { zh: '优惠金额', en: 'Discount' },
    coupon: { zh: '优惠券金额', en: 'Coupon Amount' },
    refund_amount: { zh: '退款金额', en: 'Refund Amount' },
    cogs: { zh: '商品成本', en: 'Cost of Goods' },
    is_new: { zh: '是否新客', en: 'New Customer' },
    device_id: { zh: '设备ID', en: 'Device ID' },
    ip: { zh: 'IP地址', en: 'IP Address' },
    address_hash: { zh: '收货地址哈希', en: 'Address Hash' },
    variant: { zh: '实验分组', en: 'Variant' },
  },
  traffic: {
    date: { zh: '日期', en: 'Date', required: true },
    channel: { zh: '渠道', en: 'Channel' },
    uv: { zh: '访客数', en: 'UV', required: true },
    pv: { zh: '浏览量', en: 'PV' },
    sessions: { zh: '会话数', en: 'Sessions' },
    bounces: { zh: '跳出次数', en: 'Bounces' },
    bounce_rate: { zh: '跳失率', en: 'Bounce Rate' },
    add_to_cart: { zh: '加购人数', en: 'Add-to-cart Visitors' },
    funnel_view: { zh: '商品访客数', en: 'Product Viewers' },
    funnel_cart: { zh: '加购访客数', en: 'Cart Visitors' },
    funnel_order: { zh: '下单买家数', en: 'Ordering Buyers' },
    funnel_pay: { zh: '支付买家数', en: 'Paying Buyers' },
  },
  spend: {
    channel: { zh: '渠道', en: 'Channel', required: true },
    date: { zh: '日期', en: 'Date' },
    spend: { zh: '花费', en: 'Spend', required: true },
    impressions: { zh: '展现量', en: 'Impressions' },
    clicks: { zh: '点击量', en: 'Clicks' },
    budget: { zh: '预算', en: 'Budget' },
  },
  targets: {
    metric: { zh: '指标', en: 'Metric', required: true },
    target: { zh: '目标值', en: 'Target', required: true },
    channel: { zh: '渠道', en: 'Channel' },
  },
  campaign: {
    item: { zh: '阶段', en: 'Phase', required: true },
    name: { zh: '名称', en: 'Name' },
    start: { zh: '开始日期', en: 'Start Date', required: true },
    end: { zh: '结束日期', en: 'End Date', required: true },
  },
  refunds: {
    order_id: { zh: '订单号', en: 'Order ID', required: true },
    refund_amount: { zh: '退款金额', en: 'Refund Amount', required: true },
    refund_time: { zh: '退款时间', en: 'Refund Time' },
  },
  customers: {
    customer_id: { zh: '买家ID', en: 'Customer ID', required: true },
    /** The person behind per-order customer ids (Olist customer_unique_id): buyers then count persons. */
    person_id: { zh: '统一会员ID', en: 'Person ID' },
    first_order_date: { zh: '首单日期', en: 'First Order Date' },
    registration_date: { zh: '注册日期', en: 'Registration Date' },
  },
  inventory: {
    sku: { zh: '商品SKU', en: 'SKU', required: true },
    date: { zh: '日期', en: 'Date', required: true },
    stock: { zh: '库存', en: 'Stock', required: true },
  },
  touchpoints: {
    path_id: { zh: '用户路径ID', en: 'Path ID', required: true },
    time: { zh: '触点时间', en: 'Touch Time', required: true },
    channel: { zh: '渠道', en: 'Channel', required: true },
    conversion: { zh: '是否转化', en: 'Converted' },
    value: { zh: '转化金额', en: 'Conversion Value' },
  },
  /** Order lines (订单明细, 子订单, line items), joined to the orders on the order ID. */
  order_lines: {
    order_id: { zh: '订单号', en: 'Order ID', required: true },
    line_id: { zh: '子订单号', en: 'Line ID' },
    sku: { zh: '商品SKU', en: 'SKU' },
    category: { zh: '类目', en: 'Category' },
    quantity: { zh: '数量', en: 'Quantity' },
    unit_price: { zh: '单价', en: 'Unit Price', oneOf: 'line_value' },
    line_amount: { zh: '商品金额', en: 'Line Amount', oneOf: 'line_value' },
    freight: { zh: '运费', en: 'Freight' },
  },
  /** Payments of orders (one or more rows per order), joined to the orders on the order ID. */
  payments: {
    order_id: { zh: '订单号', en: 'Order ID', required: true },
    sequence: { zh: '支付序号', en: 'Payment Sequence' },
    payment_type: { zh: '支付方式', en: 'Payment Type' },
    installments: { zh: '分期数', en: 'Installments' },
    payment_value: { zh: '支付金额', en: 'Payment Value', required: true },
  },
  experiment: {
    unit_id: { zh: '用户ID', en: 'User ID', required: true },
    time: { zh: '时间', en: 'Timestamp' },
    group: { zh: '实验分组', en: 'Group', required: true },
    page: { zh: '落地页', en: 'Landing Page' },
    converted: { zh: '是否转化', en: 'Converted', oneOf: 'outcome' },
    value: { zh: '转化金额', en: 'Conversion Value', oneOf: 'outcome' },
  },
  /** Aggregated journeys (ChannelAttribution / path exploration): one row per distinct channel path. */
  paths: {
    path: { zh: '路径', en: 'Path', required: true },
    conversions: { zh: '转化数', en: 'Conversions', required: true },
    value: { zh: '转化金额', en: 'Conversion Value' },
    nulls: { zh: '未转化数', en: 'Non-conversions' },
  },
} as const satisfies Record<TableKind, Record<string, FieldSpec>>;

export type FieldId<K extends TableKind> = keyof (typeof FIELDS)[K] & string;

/** Words for the campaign table's phase column (case-insensitive; either language). */
export const CAMPAIGN_ITEMS = {
  campaign: { zh: '活动', en: 'Campaign' },
  warmup: { zh: '预热期', en: 'Warm-up' },
  peak: { zh: '爆发期', en: 'Peak' },
  tail: { zh: '收尾期', en: 'Tail' },
  baseline: { zh: '基准期', en: 'Baseline' },
} as const;
export type CampaignItem = keyof typeof CAMPAIGN_ITEMS;
