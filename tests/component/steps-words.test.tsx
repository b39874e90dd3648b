import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApprovalStep } from '../../src/renderer/src/features/approval/ApprovalStep';
import { UtilitiesScreen } from '../../src/renderer/src/features/library/UtilitiesScreen';
import { ReviewStep } from '../../src/renderer/src/features/review/ReviewStep';
import { UtilityStep } from '../../src/renderer/src/features/utility/UtilityStep';
import { pseudoText } from '../../src/renderer/src/i18n/pseudo-text';
import type { Workbook } from '../../src/shared/domain/workbook';
import { boardNames, readyForVote, recordedMeeting } from './support/approval-fixtures';
import { entry, withLibrary } from './support/fake-library';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { inPseudoLocale, onSampleToday, pseudo } from './support/words-set-up';

const goalStatements = ['Every customer has water pressure', 'Calls answered the same day'];

/** A utility with a board of five, two goals and a meeting recorded with a 4–1 vote. */
function votedUtility(workbook: Workbook): void {
  readyForVote(workbook);
  workbook.utility.value.systemType = 'water';
  workbook.goals.forEach((goal, index) => {
    goal.statement = goalStatements[index] ?? goal.statement;
  });
  workbook.meeting.value = recordedMeeting();
}

// What the workbook above holds, as typed by the board: it stays as written in every language.
const typed = [
  'Cedar Flats Water',
  ...boardNames,
  ...goalStatements,
  'Community hall',
  'Posted at the post office on March 4.',
  '2027-3',
];

const stepProps = { focusOnShow: false };

describe('Steps 1, 6 and 7 and the utilities screen speak only from the catalog', () => {
  onSampleToday();
  inPseudoLocale();

  it('leaves no plain text on step 1, Utility and team', async () => {
    const backend = createTestApi(votedUtility);
    const { container } = renderWithApi(
      <UtilityStep {...stepProps} onNameSaved={() => undefined} />,
      backend.api,
    );
    await screen.findByRole('textbox', { name: pseudo('Name of the utility') });
    await screen.findByRole('button', { name: pseudo('Add another person') });
    // What is still missing (utilityGaps) is said through the shared catalog.
    expect(plainTextLeft(container, typed)).toEqual([]);
  });

  it('leaves no plain text on step 6, Review, its findings included', async () => {
    const backend = createTestApi(votedUtility);
    const { container } = renderWithApi(
      <ReviewStep
        {...stepProps}
        onGoToGoal={() => undefined}
        onGoToCustomers={() => undefined}
        onGoToScope={() => undefined}
      />,
      backend.api,
    );
    await screen.findByRole('region', { name: pseudo('Summary') });
    const review = await backend.api['review:get']();
    if (!review.ok) throw new Error('The review reads.');
    // The findings (src/shared/domain/review) are said through the shared catalog.
    expect(review.value.findings.length).toBeGreaterThan(0);
    // The draft PDF buttons belong to features/export, converted with the papers.
    const exportButtons = ['Draft PDF for the board packet', 'Draft PDF in Spanish'];
    expect(plainTextLeft(container, [...exportButtons, ...typed])).toEqual([]);
  });

  it('leaves no plain text on step 7, Board approval, with the vote recorded', async () => {
    const backend = createTestApi(votedUtility);
    const { container } = renderWithApi(
      <ApprovalStep {...stepProps} onGoTo={() => undefined} />,
      backend.api,
    );
    await screen.findByRole('radiogroup', {
      name: `⟦${pseudoText('Vote of ')}Joe Baca⟧`,
    });
    // The weekday under the date field is form-kit's DateField's, not this step's.
    expect(plainTextLeft(container, ['Sunday, March 14, 2027', ...typed])).toEqual([]);
  });

  it('leaves no plain text on the utilities and backups screen', async () => {
    const library = withLibrary(createTestApi().api, {
      utilities: [
        entry({
          key: 'first',
          name: 'Cedar Flats Water',
          systemId: 'NM3512345',
          open: true,
          standing: {
            status: 'approved',
            revision: 2,
            approvedRevision: 2,
            reviewDue: '2099-03-14',
          },
        }),
        entry({
          key: 'pine',
          name: 'Pine Ridge MDWCA',
          standing: { status: 'draft', revision: 3, approvedRevision: 2, reviewDue: '2020-05-01' },
        }),
        entry({ key: 'blank', lastChange: null }),
      ],
    });
    const { container } = renderWithApi(
      <UtilitiesScreen openName="Cedar Flats Water" request={null} onContinue={() => undefined} />,
      library.api,
    );
    await screen.findByRole('region', { name: pseudo('Utilities on this computer') });
    const folder = '/home/maria/.config/LOS Builder';
    expect(
      plainTextLeft(container, ['Cedar Flats Water', 'Pine Ridge MDWCA', 'NM3512345', folder]),
    ).toEqual([]);
  });
});

describe('Step 7 in Spanish', () => {
  onSampleToday();

  it('names the vote, its outcome and the board in Spanish, with plurals that agree', async () => {
    const backend = createTestApi(votedUtility);
    const user = userEvent.setup();
    renderWithApi(<ApprovalStep {...stepProps} onGoTo={() => undefined} />, backend.api, 'es');
    const joe = await screen.findByRole('radiogroup', { name: 'Voto de Joe Baca' });
    expect(within(joe).getByRole('radio', { name: 'A favor' })).toBeTruthy();
    expect(screen.getByText('Aprobada 4–1.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Aprobar y congelar la revisión 1' })).toBeTruthy();

    // One absent member, then two: "1 ausente", "2 ausentes".
    await user.click(within(joe).getByRole('radio', { name: 'Ausente' }));
    expect(await screen.findByText('Aprobada 3–1, 1 ausente.')).toBeTruthy();
    const ana = screen.getByRole('radiogroup', { name: 'Voto de Ana Lucero' });
    await user.click(within(ana).getByRole('radio', { name: 'Ausente' }));
    await waitFor(() => expect(screen.getByText('Aprobada 2–1, 2 ausentes.')).toBeTruthy());
  });
});
