import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { englishIssue } from '../../unit/schemas/issues';
import { approvedV8Folder } from './handler-folder';
import { followUp, recordYear } from './report-papers';

const spanish = 'Cambiaremos la válvula reductora de presión de la loma antes del verano.';

// The follow-up to a miss is printed on the customer report card, so it has Spanish wording too
// (issue 17). It is a record about the year, not approved content: no fingerprint covers it.
describe('what the utility will do about a miss, in Spanish', () => {
  it('is saved beside the English, kept when only the English is saved again, and checked by the font check', async () => {
    const { handlers, reopen } = await approvedV8Folder('follow-up-spanish');
    await recordYear(handlers);
    const saved = await handlers['report:saveFollowUp']({
      goalId: 'g-pressure',
      year: 2027,
      text: followUp,
      textSpanish: spanish,
    });
    expect(saved.years[1]?.missed[0]).toMatchObject({ followUp, followUpSpanish: spanish });

    // A screen that shows only the English does not wipe the Spanish.
    await handlers['report:saveFollowUp']({ goalId: 'g-pressure', year: 2027, text: followUp });
    const again = await reopen();
    const view = await again['report:get'](undefined);
    expect(view.years[1]?.missed[0]?.followUpSpanish).toBe(spanish);

    await again['report:saveFollowUp']({
      goalId: 'g-pressure',
      year: 2027,
      text: followUp,
      textSpanish: 'Lo arreglaremos 🔧',
    });
    const { unprintable } = await again['export:check']({
      revision: null,
      document: 'reports',
      language: 'es',
    });
    expect(unprintable).toEqual([
      { field: 'Goal 3, What we will do, in Spanish (2027)', characters: '🔧' },
    ]);
  });

  it('names the Spanish field when it is too long', async () => {
    const { handlers } = await approvedV8Folder('follow-up-spanish-long');
    await recordYear(handlers);
    const refused = (await handlers['report:saveFollowUp']({
      goalId: 'g-pressure',
      year: 2027,
      text: followUp,
      textSpanish: 'x'.repeat(601),
    }).catch((error: unknown) => error)) as z.ZodError;
    expect(refused.issues.map(englishIssue)).toContain(
      'What we will do, in Spanish is too long: shorten it to 600 characters or fewer.',
    );
  });
});
