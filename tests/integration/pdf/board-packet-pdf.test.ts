import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { groupedHex } from '../../../src/shared/pdf/fingerprint-text';
import { boardMeeting, prepareApprovable } from '../../support/approval-sample';
import { annualMeeting, commentCard } from '../../support/customer-sample';
import type { PromisedHandlers } from '../../support/promised-handlers';
import { cedarFlatsUtility } from '../../unit/schemas/examples';
import { handlerFolder } from '../services/handler-folder';
import { oneLine, pdfText, tool } from './poppler';

const hostileName = 'Cedar Flats “Water” & Sewer <Co-op> O’Brien Mutual';

/** The meeting as step 7 holds it before the vote: date, place, notice and number, no votes. */
const beforeTheVote = boardMeeting({
  votes: [],
  movedBy: null,
  secondedBy: null,
  minutesExcerpt: '',
  seats: 5,
});

/** Cedar Flats ready for its meeting, with four survey cards typed from an annual meeting. */
async function preparedForMeeting(handlers: PromisedHandlers): Promise<void> {
  await prepareApprovable(handlers, beforeTheVote);
  const utility = await handlers['utility:get'](undefined);
  await handlers['utility:save']({
    rev: utility.rev,
    value: { ...utility.value, name: hostileName },
  });
  const outreach = await handlers['customers:addOutreach']({ fields: annualMeeting() });
  const cards = [
    { ratings: { pressure: 4, taste: 5 }, problems: ['low-pressure'], priorities: { reliable: 1 } },
    { ratings: { pressure: 2, taste: 4 }, problems: ['low-pressure', 'bad-taste'] },
    { ratings: { pressure: 5, taste: 'dont-know' }, contact: ['mail', 'text'] },
    { ratings: { pressure: 5 }, problems: ['none'], priorities: { reliable: 2, affordable: 1 } },
  ] as const;
  for (const answers of cards) {
    await handlers['customers:addEntry']({
      outreachId: outreach.id,
      fields: {
        ...commentCard(),
        ratings: { ...answers.ratings },
        problems: 'problems' in answers ? [...answers.problems] : [],
        priorities: 'priorities' in answers ? { ...answers.priorities } : {},
        contact: 'contact' in answers ? [...answers.contact] : [],
      },
    });
  }
}

let printed = 0;
/** The PDF as the user downloads it, saved, checked by qpdf, and read by pdftotext. */
async function printedText(dir: string, result: ExportResult): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  printed += 1;
  const path = join(dir, `paper-${printed}.pdf`);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  const check = tool('qpdf', ['--check', path]);
  expect(check.status, check.output).toBe(0);
  return oneLine(pdfText(path));
}

describe('the board packet', () => {
  it('holds the memo, the draft resolution with blanks, the notice, the findings, what customers said and the draft', async () => {
    const { dir, handlers } = await handlerFolder('packet');
    await preparedForMeeting(handlers);
    const text = await printedText(
      dir,
      await handlers['export:boardPacketPdf']({ language: 'en' }),
    );

    expect(text).toContain('AGENDA ITEM Approve the Level of Service Agreement, revision 1');
    expect(text).toContain(`The board of directors of ${hostileName}`);
    expect(text).toContain('Rosa Martínez, President');
    expect(text).toContain('At the meeting on March 9, 2027.');
    expect(text).toContain(
      'The board has 5 seats; a quorum is 3 members present. The motion carries with the ayes of a majority of the members present.',
    );
    // The draft resolution: its number and clauses filled from step 7, the vote left blank.
    expect(text).toContain('RESOLUTION NO. 2027-3');
    expect(text).toContain(`WHEREAS, ${hostileName} provides water service to its customers;`);
    expect(text).toContain('and 4 responses were recorded;');
    expect(text).toContain(
      'Posted at the post office and on the well house door on March 2, 2027.',
    );
    expect(text).toContain('NOW, THEREFORE, BE IT RESOLVED');
    expect(text).toContain('the first time by March 9, 2028.');
    expect(text).toContain(
      'on motion by ________________, seconded by ________________, by the following vote: AYES: ________________ NAYS: ________________ ABSTAINING: ________________ ABSENT: ________________',
    );
    expect(text).toContain('NOTICE OF PUBLIC MEETING');
    expect(text).toContain(
      'will hold a public meeting on March 9, 2027 at Cedar Flats community hall.',
    );
    expect(text).toContain('4. The review’s findings');
    expect(text).toContain('5. What customers said');
    expect(text).toContain('Annual meeting: 25 of 60 reached answered (42%).');
    expect(text).toContain('Only 4 cards so far');
    // The charts' figures in words, as the tallies count them.
    expect(text).toMatch(/Water pressure \S* ?3 \/ 4 \(75%\)/);
    expect(text).toMatch(/Taste and look of the water \S* ?2 \/ 2 \(100%\)/);
    expect(text).toMatch(/Low pressure \S* ?2 \/ 3 \(67%\)/);
    expect(text).toContain('ATTACHMENT A: THE DRAFT AGREEMENT');
    expect(text).toContain('8. Approval record This revision has not been approved yet.');
    expect(text).toContain('DRAFT — not approved Page 1 of 12');
  });

  it('prints in Spanish', async () => {
    const { dir, handlers } = await handlerFolder('packet-es');
    await preparedForMeeting(handlers);
    const text = await printedText(
      dir,
      await handlers['export:boardPacketPdf']({ language: 'es' }),
    );
    expect(text).toContain('PUNTO DEL ORDEN DEL DÍA');
    expect(text).toContain('RESOLUCIÓN NÚM. 2027-3');
    expect(text).toContain(
      `CONSIDERANDO que ${hostileName} presta servicio de agua a sus clientes;`,
    );
    expect(text).toContain('POR LO TANTO, SE RESUELVE');
    expect(text).toContain('AVISO DE REUNIÓN PÚBLICA');
    expect(text).toContain('Reunión anual: respondieron 25 de 60');
    expect(text).not.toContain('WHEREAS');
  });
});

describe('before the meeting papers print', () => {
  it('names the meeting fields the fonts cannot print, which the draft agreement alone does not print', async () => {
    const { handlers } = await handlerFolder('packet-check');
    await preparedForMeeting(handlers);
    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: { ...meeting.value, place: 'Town hall 🏛' },
    });
    const packet = await handlers['export:check']({
      revision: null,
      document: 'board-packet',
      language: 'en',
    });
    expect(packet.unprintable).toEqual([{ field: 'Meeting place', characters: '🏛' }]);
    const draft = await handlers['export:check']({
      revision: null,
      document: 'agreement',
      language: 'en',
    });
    expect(draft.unprintable).toEqual([]);
  });
});

describe('after the vote', () => {
  it('is refused until a vote is recorded', async () => {
    const { handlers } = await handlerFolder('no-vote');
    await preparedForMeeting(handlers);
    await expect(handlers['export:minutesPdf']({ revision: null, language: 'en' })).rejects.toThrow(
      /No vote is recorded for revision 1 yet/,
    );
  });

  it('fills the minutes excerpt and the resolution from the recorded vote, with the fingerprint once approved', async () => {
    const { dir, handlers } = await handlerFolder('voted');
    await preparedForMeeting(handlers);
    const meeting = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.meeting.rev,
      value: boardMeeting({ seats: 5, minutesExcerpt: '' }),
    });
    const recorded = await printedText(
      dir,
      await handlers['export:minutesPdf']({ revision: null, language: 'en' }),
    );
    expect(recorded).toContain('EXCERPT FROM THE MINUTES');
    expect(recorded).toContain('is not recorded in LOS Builder yet');
    // No excerpt was saved: the paragraph is worded from the vote, as step 7 suggests it.
    expect(recorded).toContain(
      'On motion by Rosa Martínez, seconded by Ana Chávez, the board adopted Resolution No. 2027-3',
    );
    expect(recorded).toContain('No minutes excerpt was saved in step 7');

    const approved = await handlers['approval:approve']({ meetingAfterTodayConfirmed: true });
    const fingerprint = approved.versions[0]!.fingerprint;
    const text = await printedText(
      dir,
      await handlers['export:minutesPdf']({ revision: 1, language: 'en' }),
    );
    expect(text).toContain(
      `PASSED AND ADOPTED at a meeting of the board held on March 9, 2027 at Cedar Flats community hall, on motion by Rosa Martínez, seconded by Ana Chávez, by the following vote: AYES: Rosa Martínez, Dale Whitaker, Ana Chávez NAYS: Tom Begay ABSTAINING: Lucy Ortiz ABSENT: none`,
    );
    expect(text).toContain(`identified by the fingerprint ${groupedHex(fingerprint, ' ')}`);
    expect(text).toContain('I certify that this is a true excerpt');
    expect(text).not.toContain('not recorded in LOS Builder yet');
    await expect(handlers['export:boardPacketPdf']({ language: 'en' })).rejects.toThrow(
      /Revision 1 is already approved/,
    );
  });

  it('says a motion that failed was not adopted, and asks nobody to sign it', async () => {
    const { dir, handlers } = await handlerFolder('failed');
    await preparedForMeeting(handlers);
    const meeting = await handlers['approval:get'](undefined);
    const board = cedarFlatsUtility().board.map((member) => member.id);
    await handlers['approval:saveMeeting']({
      rev: meeting.meeting.rev,
      value: boardMeeting({
        seats: 5,
        votes: board.map((memberId, index) => ({ memberId, vote: index < 2 ? 'aye' : 'nay' })),
      }),
    });
    const text = await printedText(
      dir,
      await handlers['export:minutesPdf']({ revision: null, language: 'en' }),
    );
    expect(text).toContain('RESOLUTION NO. 2027-3 NOT ADOPTED');
    expect(text).toContain(
      'to adopt this resolution failed by the following vote: AYES: Rosa Martínez, Dale Whitaker NAYS: Ana Chávez, Tom Begay, Lucy Ortiz',
    );
    expect(text).not.toContain('PASSED AND ADOPTED');
    expect(text).not.toContain('President of the board');
  });
});
