import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { ExampleBanner } from '../../src/renderer/src/features/library/ExampleMarks';
import { UtilitiesScreen } from '../../src/renderer/src/features/library/UtilitiesScreen';
import { reloadPage } from '../../src/renderer/src/form-kit/reload-page';
import { entry, withLibrary } from './support/fake-library';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

vi.mock('../../src/renderer/src/form-kit/reload-page', () => ({ reloadPage: vi.fn() }));
afterEach(() => vi.mocked(reloadPage).mockClear());

const real = entry({ key: 'first', name: 'Cedar Flats Water', open: true });
const example = entry({ key: 'u-ex', name: 'Example: Cedar Creek Water', example: true });

function openScreen(utilities = [real, example]) {
  const library = withLibrary(createTestApi().api, { utilities });
  renderWithApi(
    <UtilitiesScreen openName="Cedar Flats Water" request={null} onContinue={vi.fn()} />,
    library.api,
  );
  return { library, user: userEvent.setup() };
}

describe('the example utility on screen', () => {
  it('is badged on the list, and one click opens it', async () => {
    const { library, user } = openScreen();
    const item = await screen.findByRole('listitem', { name: /Example: Cedar Creek/ });
    expect(within(item).getByText('Example')).toBeTruthy();
    const realItem = screen.getByRole('listitem', { name: 'Cedar Flats Water' });
    expect(within(realItem).queryByText('Example')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Open the example utility' }));
    expect(library.inputsOf('library:openExample')).toHaveLength(1);
    expect(reloadPage).toHaveBeenCalledOnce();
  });

  it('offers no second way to open it while it is the open one', async () => {
    openScreen([
      { ...real, open: false },
      { ...example, open: true },
    ]);
    await screen.findByRole('listitem', { name: /Example: Cedar Creek/ });
    expect(screen.queryByRole('button', { name: 'Open the example utility' })).toBeNull();
  });

  it('says on the banner that nothing here is real, with the way to the utilities', async () => {
    const onOpenUtilities = vi.fn();
    renderWithApi(<ExampleBanner onOpenUtilities={onOpenUtilities} />, createTestApi().api);
    const banner = screen.getByRole('note');
    expect(banner.textContent).toContain('Example utility');
    expect(banner.textContent).toContain('nothing here is a real board’s record');
    await userEvent
      .setup()
      .click(within(banner).getByRole('button', { name: 'Go to the utilities list' }));
    expect(onOpenUtilities).toHaveBeenCalledOnce();
  });

  it('is offered on step 1 of a utility nobody has named yet', async () => {
    const library = withLibrary(createTestApi().api, { utilities: [real] });
    renderWithApi(<Wizard />, library.api);
    const user = userEvent.setup();
    const invite = await screen.findByText('New to LOS Builder? Look at a finished example first');
    expect(invite).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open the example utility' }));
    expect(library.inputsOf('library:openExample')).toHaveLength(1);
    expect(reloadPage).toHaveBeenCalledOnce();
  });

  it('is not offered once the utility has a name', async () => {
    const named = createTestApi((workbook) => {
      workbook.utility.value.name = 'Cedar Flats Water';
    });
    renderWithApi(<Wizard />, withLibrary(named.api, { utilities: [real] }).api);
    await screen.findByRole('textbox', { name: 'Name of the utility' });
    expect(screen.queryByText(/Look at a finished example first/)).toBeNull();
  });
});
