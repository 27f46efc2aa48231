import { EXCEL_EPOCH_OFFSET_DAYS } from '../model/day';
import { SAMPLE_START, SECONDS_PER_DAY } from './calendar';

/** Excel number formats of the sample's columns. */
export const FORMAT = {
  dateTime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
  money: '#,##0.00',
  count: '#,##0',
  percent: '0.00%',
} as const;

const START_SERIAL = SAMPLE_START + EXCEL_EPOCH_OFFSET_DAYS;

/** Excel serial of a time given in seconds since the window's start (2025-11-01 00:00). */
export function serialOfSecond(second: number): number {
  return START_SERIAL + second / SECONDS_PER_DAY;
}

/** Excel serial of a day index. */
export function serialOfDayIndex(index: number): number {
  return START_SERIAL + index;
}

/** Cents to yuan, exact to the cent. */
export function yuan(cents: number): number {
  return Math.round(cents) / 100;
}
