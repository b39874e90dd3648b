import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { Api } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { ApiProvider } from '../api/api-context';
import { CenteredMessage } from '../form-kit/CenteredMessage';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { useText } from '../i18n/use-text';
import { cssVariablesResolver, theme } from '../theme';
import { FlushRegistryProvider } from '../form-kit/flush-registry';
import { SwitchedModal } from './SwitchedModal';
import { useSmallScreen } from './use-small-screen';
import { Wizard } from './Wizard';
import type { WizardStart } from './WizardShell';

interface AppProps {
  /** Null in browser mode when the page was opened without its token. */
  api: Api | null;
  /** The start-up reads' answer (main.tsx); tests leave it out and the wizard reads. */
  opening?: Result<WizardStart> | null;
}

/** The whole app. */
export function App({ api, opening = null }: AppProps) {
  const small = useSmallScreen();
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
    >
      <Notifications
        // In a corner above Back and Next (app.css), clear of the header and the step list. A
        // small screen has room for one at a time; the others wait their turn.
        position="bottom-right"
        limit={small ? 1 : 3}
        containerWidth="28rem"
      />
      <LanguageProvider chosen={opening?.ok ? opening.value.language : null}>
        {api ? (
          <ApiProvider api={api}>
            <FlushRegistryProvider>
              <Wizard opening={opening} />
              <SwitchedModal />
            </FlushRegistryProvider>
          </ApiProvider>
        ) : (
          <NoTokenMessage />
        )}
      </LanguageProvider>
    </MantineProvider>
  );
}

function NoTokenMessage() {
  const text = useText();
  return (
    <CenteredMessage title={text('shell.noTokenTitle')}>
      {text('shell.noTokenBody')}
    </CenteredMessage>
  );
}
