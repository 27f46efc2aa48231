import { STATUS_CODE } from '../../model/campaign';
import type { CampaignItem } from '../../model/fields';
import { parseCampaignItem } from '../parse/campaignItem';
import { parseConverted } from '../parse/converted';
import { parseNewCustomer } from '../parse/newCustomer';
import { parseStatus } from '../parse/status';
import type { Coding } from './readCoded';

/** Status codes are STATUS_CODE (indices into ORDER_STATUSES). */
export const STATUS_CODING: Coding<keyof typeof STATUS_CODE> = {
  parse: parseStatus,
  code: (s) => STATUS_CODE[s],
};

const flagCode = (value: boolean): number => (value ? 1 : 0);

export const NEW_CUSTOMER_CODING: Coding<boolean> = {
  parse: parseNewCustomer,
  code: flagCode,
  hint: 'new_customer',
};
export const CONVERTED_CODING: Coding<boolean> = { parse: parseConverted, code: flagCode, hint: 'converted' };

/** Campaign items in code order. */
export const CAMPAIGN_ITEM_ORDER = [
  'campaign',
  'warmup',
  'peak',
  'tail',
  'baseline',
] as const satisfies readonly CampaignItem[];

export const CAMPAIGN_ITEM_CODING: Coding<CampaignItem> = {
  parse: parseCampaignItem,
  code: (item) => CAMPAIGN_ITEM_ORDER.indexOf(item),
};
