import type { FieldId } from '../../../model/fields';
import type { TableKind } from '../../../model/tableKinds';
import { CAMPAIGN_ALIASES } from './campaign';
import { CUSTOMER_ALIASES } from './customers';
import { EXPERIMENT_ALIASES } from './experiment';
import { INVENTORY_ALIASES } from './inventory';
import { ORDER_LINE_ALIASES } from './orderLines';
import { ORDER_ALIASES } from './orders';
import { PAYMENT_ALIASES } from './payments';
import { PATH_ALIASES } from './paths';
import { REFUND_ALIASES } from './refunds';
import { SPEND_ALIASES } from './spend';
import { TARGET_ALIASES } from './targets';
import { TOUCHPOINT_ALIASES } from './touchpoints';
import { TRAFFIC_ALIASES } from './traffic';

/** Every kind's header aliases, best first per field. */
export const ALIASES = {
  orders: ORDER_ALIASES,
  traffic: TRAFFIC_ALIASES,
  spend: SPEND_ALIASES,
  targets: TARGET_ALIASES,
  campaign: CAMPAIGN_ALIASES,
  refunds: REFUND_ALIASES,
  customers: CUSTOMER_ALIASES,
  inventory: INVENTORY_ALIASES,
  touchpoints: TOUCHPOINT_ALIASES,
  order_lines: ORDER_LINE_ALIASES,
  payments: PAYMENT_ALIASES,
  experiment: EXPERIMENT_ALIASES,
  paths: PATH_ALIASES,
} as const satisfies { readonly [K in TableKind]: Record<FieldId<K>, readonly string[]> };
