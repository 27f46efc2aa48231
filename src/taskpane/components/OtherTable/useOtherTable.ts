import { useLocale } from '../../locale/useLocale';
import type { OtherTableProps, OtherTableState } from './OtherTable.types';

/** Shown at most, so that a table of 200 columns stays one line or two. */
const HEADERS_SHOWN = 8;

export function useOtherTable(props: OtherTableProps): OtherTableState {
  const { t, rows } = useLocale();
  const parts: string[] = [];
  if (props.rows !== undefined) parts.push(rows(props.rows));
  if (props.headers !== undefined && props.headers.length > 0) {
    const shown = props.headers.filter((h) => h.trim() !== '').slice(0, HEADERS_SHOWN);
    const more = props.headers.length > HEADERS_SHOWN ? '…' : '';
    parts.push(t('columnsList', { list: shown.join(t('listSeparator')) + more }));
  }
  return {
    title:
      props.table !== undefined
        ? `${props.sheet} · ${props.table}`
        : props.block !== undefined
          ? `${props.sheet} · ${t('blockAt', { block: props.block })}`
          : props.sheet,
    details: parts.length > 0 ? parts.join(' · ') : null,
    choice: props.choice,
    autoLabel: props.variant === 'unrecognised' ? t('kindNotUsed') : t('kindAutomatic'),
    offerIgnore: props.variant === 'ignored',
    onKindChange: props.onKindChange,
  };
}
