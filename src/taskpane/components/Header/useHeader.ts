import { LOCALES } from '../../../core/locale';
import { LOCALE_NAMES } from '../../../i18n';
import { useLocale } from '../../locale/useLocale';
import type { HeaderProps, HeaderState } from './Header.types';

export function useHeader(_props: HeaderProps): HeaderState {
  const { locale, setLocale, t } = useLocale();
  return {
    title: t('appTitle'),
    tagline: t('appTagline'),
    languageLabel: t('paneLanguage'),
    locale,
    options: LOCALES.map((value) => ({ value, text: LOCALE_NAMES[value] })),
    onLocaleChange: setLocale,
  };
}
