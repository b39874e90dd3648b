import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { Api } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { ApiProvider } from '../api/api-context';
import { CenteredMessage } from '../form-kit/CenteredMessage';
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
      {api ? (
        <ApiProvider api={api}>
          <FlushRegistryProvider>
            <Wizard opening={opening} />
            <SwitchedModal />
          </FlushRegistryProvider>
        </ApiProvider>
      ) : (
        <CenteredMessage title="Open LOS Builder from its own address">
          This page was opened without its key. In the window where you typed npm run serve, copy
          the whole address it printed (it starts with http://127.0.0.1 and ends with a long
          #token=…) and open that address in this browser.
        </CenteredMessage>
      )}
    </MantineProvider>
  );
}
