import type { Language } from '@shared/domain/printed-date';
import { useIntl } from 'react-intl';

/**
 * The language the screens speak, for the shared helpers that take one (`printedDate`,
 * `amountWithUnit`, the words records): read from the IntlProvider, so it has one source.
 */
export function useScreenLanguage(): Language {
  return useIntl().locale.startsWith('es') ? 'es' : 'en';
}
