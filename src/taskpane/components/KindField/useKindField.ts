import { TABLE_KINDS } from '../../../core/model/tableKinds';
import { TABLE_KIND_SHORT_NAMES } from '../../../core/messages/names';
import type { KindChoice } from '../../choices/tableOverrides';
import { useLocale } from '../../locale/useLocale';
import type { KindFieldProps, KindFieldState } from './KindField.types';

export function useKindField({ value, autoLabel, offerIgnore, onChange }: KindFieldProps): KindFieldState {
  const { t, pick } = useLocale();
  const options: { value: KindChoice; text: string }[] = [
    { value: 'auto', text: autoLabel },
    ...TABLE_KINDS.map((kind) => ({ value: kind, text: pick(TABLE_KIND_SHORT_NAMES[kind]) })),
    // Any block may hold the campaign's facts as label | value pairs, whatever its first row says.
    { value: 'campaignFacts', text: t('kindCampaignFacts') },
  ];
  if (offerIgnore) options.push({ value: 'ignore', text: t('kindIgnore') });
  return {
    label: t('kindField'),
    value,
    selectedText: options.find((o) => o.value === value)?.text ?? '',
    options,
    onSelect: (selected) => {
      const option = options.find((o) => o.value === selected);
      if (option && option.value !== value) onChange(option.value);
    },
  };
}
