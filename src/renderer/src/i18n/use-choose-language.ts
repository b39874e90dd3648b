import { notifications } from '@mantine/notifications';
import type { Language } from '@shared/domain/printed-date';
import { formatIn } from '@shared/i18n/say-in';
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { catalogs } from './catalog';
import { useShownLanguage } from './LanguageProvider';

/**
 * Shows the app in `language` at once and remembers it on this computer (preferences.json),
 * for every window and every later start. Failing to remember does not undo the switch: the
 * notice says so, in the language just chosen.
 */
export function useChooseLanguage(): (language: Language) => Promise<void> {
  const api = useApi();
  const { show } = useShownLanguage();
  return useCallback(
    async (language: Language) => {
      show(language);
      const saved = await api['preferences:setLanguage']({ language });
      if (saved.ok) return;
      notifications.show({
        color: 'red',
        message: formatIn(
          catalogs,
          'shell.languageSaveFailed',
          { reason: saved.error.message },
          language,
        ),
      });
    },
    [api, show],
  );
}
