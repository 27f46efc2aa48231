import type { FieldId } from '../../../model/fields';

/** Header aliases of the customers table (CRM / membership export), best first. */
export const CUSTOMER_ALIASES = {
  customer_id: [
    '买家ID',
    '买家会员名',
    '买家昵称',
    '会员名',
    '会员',
    '会员ID',
    '用户ID',
    '客户ID',
    '买家',
    '客户',
    'Customer ID',
    'Customer',
    'Email',
    'Buyer ID',
    'User ID',
  ],
  // After '会员ID' / '用户ID' rank as customer ids above (a table with only one of them keys customers by it);
  // beside a buyer id they name the person.
  person_id: [
    'customer_unique_id',
    'Customer Unique ID',
    'Unique Customer ID',
    'Person ID',
    'OneID',
    '统一会员ID',
    '会员ID',
    '用户ID',
    '会员编号',
    'Member ID',
  ],
  first_order_date: [
    '首单日期',
    '首单时间',
    '首购日期',
    '首次购买时间',
    '首次下单时间',
    'First Order Date',
    'First Purchase Date',
    'First Order',
    'First Order At',
  ],
  registration_date: [
    '注册日期',
    '注册时间',
    '入会日期',
    '入会时间',
    'Registration Date',
    'Signup Date',
    'Sign-up Date',
    'Registered at',
    'Customer since',
  ],
} as const satisfies Record<FieldId<'customers'>, readonly string[]>;
