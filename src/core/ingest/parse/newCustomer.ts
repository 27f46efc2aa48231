import { flagParser } from './flag';

/** The new-customer flag: the flag words, plus words that name the customer type. */
export const NEW_CUSTOMER_WORDS = {
  yes: [
    '新客',
    '新',
    '新客户',
    '新买家',
    '新用户',
    '新会员',
    '首购',
    '首单',
    'new',
    'new customer',
    'first time',
  ],
  no: [
    '老客',
    '老',
    '老客户',
    '老买家',
    '老用户',
    '老会员',
    '复购',
    '回头客',
    'returning',
    'returning customer',
    'repeat',
    'existing',
    'old',
  ],
} as const;

/** true: new customer; false: returning. */
export const parseNewCustomer = flagParser(NEW_CUSTOMER_WORDS);
