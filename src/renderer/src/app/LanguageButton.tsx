import { Button } from '@mantine/core';
import { useShownLanguage } from '../i18n/LanguageProvider';
import { useChooseLanguage } from '../i18n/use-choose-language';
import { useText } from '../i18n/use-text';

/**
 * "Español" on an English screen, "English" on a Spanish one: the other language, named in
 * itself so the person who reads it finds it, on every screen's header. The View menu of the
 * desktop app offers the same choice.
 */
export function LanguageButton({ small }: { small: boolean }) {
  const text = useText();
  const { language } = useShownLanguage();
  const choose = useChooseLanguage();
  const other = language === 'en' ? 'es' : 'en';
  return (
    <Button
      variant="subtle"
      size={small ? 'compact-xs' : 'md'}
      px={small ? 4 : 'xs'}
      lang={other}
      title={text('shell.otherLanguageHint')}
      onClick={() => void choose(other)}
    >
      {text('shell.otherLanguage')}
    </Button>
  );
}
