import { notifications } from '@mantine/notifications';
import type { Language } from '@shared/domain/printed-date';
import { intlLocale } from '@shared/i18n/intl-locale';
import { IntlMessageFormat } from 'intl-messageformat';
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { loadCatalog } from './load-catalog';
import { useShownLanguage } from './LanguageProvider';
import { useText } from './use-text';

/**
 * Shows the app in `language` at once and remembers it on this computer (preferences.json),
 * for every window and every later start. Failing to remember does not undo the switch: the
 * notice says so, in the language just chosen.
 */
export function useChooseLanguage(): (language: Language) => Promise<void> {
  const api = useApi();
  const { show } = useShownLanguage();
  const text = useText();
  return useCallback(
    async (language: Language) => {
      // Its words first (a local file, at once); should they fail to load, the screen stays as it is.
      const words = await loadCatalog(language).catch(() => null);
      if (!words) {
        notifications.show({ color: 'red', message: text('app.filesFailed') });
        return;
      }
      show(language);
      const saved = await api['preferences:setLanguage']({ language });
      if (saved.ok) return;
      const failed = new IntlMessageFormat(words['shell.languageSaveFailed'], intlLocale[language]);
      notifications.show({
        color: 'red',
        message: String(failed.format({ reason: saved.error.message })),
      });
    },
    [api, show, text],
  );
}
