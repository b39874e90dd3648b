import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApiProvider } from '../../../src/renderer/src/api/api-context';
import { cssVariablesResolver, theme } from '../../../src/renderer/src/theme';
import { FlushRegistryProvider } from '../../../src/renderer/src/form-kit/flush-registry';
import { LanguageProvider } from '../../../src/renderer/src/i18n/LanguageProvider';
import type { Api } from '../../../src/shared/api/contract';

/**
 * Renders a piece of the app as it runs: the app's theme, an Api, the wizard's save registry,
 * the catalog in `language` (English unless a test asks for Spanish).
 */
export function renderWithApi(ui: ReactElement, api: Api, language: 'en' | 'es' = 'en') {
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Notifications />
      <LanguageProvider chosen={language}>
        <ApiProvider api={api}>
          <FlushRegistryProvider>{ui}</FlushRegistryProvider>
        </ApiProvider>
      </LanguageProvider>
    </MantineProvider>,
  );
}
