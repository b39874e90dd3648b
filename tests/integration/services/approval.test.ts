import { readIntact } from '../../support/read-intact';
import { describe, expect, it } from 'vitest';
import { emptyMeeting } from '../../../src/shared/domain/approval';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { AppError } from '../../../src/main/app-error';
import { boardMeeting, prepareApprovable } from '../../support/approval-sample';
import { goalFields, handlerFolder } from './handler-folder';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';

/** The view's reasons as an English reader sees them. */
const inEnglish = (reasons: Said[]) => reasons.map((reason) => sayIn(reason, 'en'));

const hex64 = /^[0-9a-f]{64}$/;

describe('approving the agreement', () => {
  it('records the vote, freezes the draft and lists the version with its fingerprint, across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('approve');
    await prepareApprovable(handlers);
    const before = await handlers['approval:get'](undefined);
    expect(before.blockers).toEqual([]);
    expect(before.outcome).toMatchObject({ hasQuorum: true, carried: true, ayes: 3, nays: 1 });

    const startedAt = Date.now();
    const approved = await handlers['approval:approve'](undefined);
    expect(approved.agreement).toEqual({ revision: 1, status: 'approved' });
    const [version] = approved.versions;
    expect(approved.versions).toHaveLength(1);
    expect(version).toMatchObject({ revision: 1, resolutionNumber: '2027-3' });
    // Said again from the stored tally: in English, the summary the board approved.
    expect(version?.outcomeSummary && sayIn(version.outcomeSummary, 'en')).toBe(
      before.outcome.summary,
    );
    expect(version?.fingerprint).toMatch(hex64);
    expect(version?.shortFingerprint).toBe(
      (version?.fingerprint.slice(0, 16).toUpperCase().match(/.{4}/g) ?? []).join('-'),
    );
    expect(Date.parse(version?.recordedAt ?? '')).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(version?.meetingDate).toBe('2027-03-09');
    // While frozen, the only way forward is a new revision, and the view says so.
    expect(inEnglish(approved.blockers)).toEqual([
      'Revision 1 was approved by the board on March 9, 2027 and can no longer be changed. Start a new revision to make changes.',
    ]);

    const again = await reopen();
    expect(await again['approval:get'](undefined)).toEqual(approved);
  });

  it('stores a snapshot whose fingerprint covers the content, the meeting and the outcome', async () => {
    const { store, handlers } = await handlerFolder('approve-snapshot');
    await prepareApprovable(handlers);
    await handlers['approval:approve'](undefined);
    const [stored] = store.repository.read().approvals;
    const version = readIntact(stored!);
    expect(version.content.goals.map((goal) => goal.statement)).toEqual([
      'Keep water loss at or below 15%',
      'Answer complaints within 1 working day',
    ]);
    expect(version.meeting).toEqual(boardMeeting());
    expect(version.nextReviewOn).toBe('2028-03-09');
    expect(await computeFingerprint(stored!)).toBe(stored?.fingerprint);
  });

  it('is refused while the review has blockers, saying so, and nothing is stored', async () => {
    const { store, handlers } = await handlerFolder('approve-review');
    await prepareApprovable(handlers);
    // A goal with no measure cannot be tracked: the review blocks it.
    await handlers['goals:add']({ fields: goalFields('Be a good water system') });
    const view = await handlers['approval:get'](undefined);
    expect(inEnglish(view.blockers)).toEqual([
      'The review found 1 problem that blocks approval: fix it on the Review step.',
    ]);
    const refused = handlers['approval:approve'](undefined);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'conflict',
      message: inEnglish(view.blockers)[0],
    });
    expect(store.repository.read().approvals).toEqual([]);
    expect(store.repository.read().agreement).toEqual({ revision: 1, status: 'draft' });
  });

  it('is refused without a quorum, saying how many were present', async () => {
    const { handlers } = await handlerFolder('approve-quorum');
    const votes = [
      { memberId: 'b1', vote: 'aye' as const },
      { memberId: 'b3', vote: 'aye' as const },
      { memberId: 'b2', vote: 'absent' as const },
      { memberId: 'b4', vote: 'absent' as const },
      { memberId: 'b5', vote: 'absent' as const },
    ];
    await prepareApprovable(handlers, boardMeeting({ votes }));
    await expect(handlers['approval:approve'](undefined)).rejects.toMatchObject({
      code: 'conflict',
      message:
        'There was no quorum (2 of 5 seats present, 3 needed): the board can approve only at a meeting with a quorum.',
    });
    expect((await handlers['approval:get'](undefined)).versions).toEqual([]);
  });

  it('is refused when the motion fails, saying how many ayes it needed', async () => {
    const { handlers } = await handlerFolder('approve-failed');
    const votes = boardMeeting().votes.map((row) =>
      row.memberId === 'b2' || row.memberId === 'b5' ? { ...row, vote: 'nay' as const } : row,
    );
    await prepareApprovable(handlers, boardMeeting({ votes }));
    await expect(handlers['approval:approve'](undefined)).rejects.toMatchObject({
      code: 'conflict',
      message:
        'The motion did not carry: 2 ayes; 3 needed (a majority of the 5 present). The agreement is approved only by a motion that carries: check each recorded vote against the minutes.',
    });
  });

  it('joins several reasons into one message, each a plain sentence', async () => {
    const { handlers } = await handlerFolder('approve-empty');
    const refused = handlers['approval:approve'](undefined);
    await expect(refused).rejects.toMatchObject({ code: 'conflict' });
    const { message } = (await refused.catch((error: unknown) => error)) as AppError;
    const { blockers } = await handlers['approval:get'](undefined);
    expect(blockers.length).toBeGreaterThan(2);
    expect(message).toBe(inEnglish(blockers).join(' '));
    expect(message).toContain('Enter the date of the board meeting.');
  });
});

describe('approval:saveMeeting', () => {
  it('saves the meeting, recomputes the outcome, and refuses a stale revision', async () => {
    const { handlers } = await handlerFolder('meeting');
    const saved = await handlers['approval:saveMeeting']({ rev: 0, value: boardMeeting() });
    expect(saved.meeting).toEqual({ rev: 1, value: boardMeeting() });
    await expect(
      handlers['approval:saveMeeting']({ rev: 0, value: emptyMeeting }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'This was changed in another window. Reload to see the latest version.',
    });
    expect((await handlers['approval:get'](undefined)).meeting.value).toEqual(boardMeeting());
  });
});

describe('a new revision', () => {
  it('raises the number, keeps the board’s rules, clears the vote, and leaves the old version frozen and checkable', async () => {
    const { store, handlers, reopen } = await handlerFolder('new-revision');
    await prepareApprovable(handlers, boardMeeting({ seats: 5, threshold: 'majority-seats' }));
    const approved = await handlers['approval:approve'](undefined);
    const first = approved.versions[0]!;

    const next = await handlers['approval:newRevision'](undefined);
    expect(next.agreement).toEqual({ revision: 2, status: 'draft' });
    expect(next.meeting).toEqual({
      rev: approved.meeting.rev + 1,
      value: { ...emptyMeeting, seats: 5, threshold: 'majority-seats' },
    });
    expect(next.versions).toEqual([first]);

    // The new draft can change, and the approved version does not follow.
    const [goal] = await handlers['goals:list'](undefined);
    await handlers['goals:update']({
      id: goal!.id,
      rev: goal!.rev,
      fields: { ...goal!, statement: 'Keep water loss at or below 12%' },
    });
    const stored = store.repository.read().approvals[0]!;
    expect(readIntact(stored).content.goals[0]?.statement).toBe('Keep water loss at or below 15%');
    expect(await computeFingerprint(stored)).toBe(first.fingerprint);

    const again = await reopen();
    const typed = first.shortFingerprint.toLowerCase().replace(/-/g, ' ');
    expect(await again['approval:checkCopy']({ fingerprint: typed })).toEqual({ match: first });
    expect((await again['approval:get'](undefined)).agreement).toEqual({
      revision: 2,
      status: 'draft',
    });
  });

  it('is refused while the agreement is still a draft', async () => {
    const { handlers } = await handlerFolder('new-revision-draft');
    await expect(handlers['approval:newRevision'](undefined)).rejects.toMatchObject({
      code: 'conflict',
      message:
        'Revision 1 is still a draft: it can be changed as it is, so there is no need for a new revision.',
    });
  });

  it('approves the second revision as a version of its own', async () => {
    const { handlers } = await handlerFolder('second-approval');
    await prepareApprovable(handlers);
    await handlers['approval:approve'](undefined);
    const draft = await handlers['approval:newRevision'](undefined);
    await handlers['approval:saveMeeting']({
      rev: draft.meeting.rev,
      value: boardMeeting({ date: '2028-03-14', resolutionNumber: '2028-2' }),
    });
    // March 2028 is after "today" (June 2027): named first, approved only once confirmed.
    const later =
      'The meeting date, March 14, 2028, is after today. Record the vote after the meeting.';
    const warning = (await handlers['approval:get'](undefined)).meetingAfterToday;
    expect(warning && sayIn(warning, 'en')).toBe(later);
    await expect(handlers['approval:approve'](undefined)).rejects.toMatchObject({
      code: 'conflict',
      message: later,
    });
    expect((await handlers['approval:get'](undefined)).versions).toHaveLength(1);
    const second = await handlers['approval:approve']({ meetingAfterTodayConfirmed: true });
    expect(second.versions.map((version) => version.revision)).toEqual([1, 2]);
    expect(second.versions[0]?.fingerprint).not.toBe(second.versions[1]?.fingerprint);
    expect(second.versions.map(({ meetingDate, inForce }) => ({ meetingDate, inForce }))).toEqual([
      { meetingDate: '2027-03-09', inForce: false },
      { meetingDate: '2028-03-14', inForce: true },
    ]);
    expect(second.meetingAfterToday).toBeNull();
  });
});

describe('approval:checkCopy', () => {
  it('finds a version by the short fingerprint however it is typed, and nothing for a wrong one', async () => {
    const { handlers } = await handlerFolder('check-copy');
    expect(await handlers['approval:checkCopy']({ fingerprint: '0000 0000' })).toEqual({
      match: null,
    });
    await prepareApprovable(handlers);
    const [version] = (await handlers['approval:approve'](undefined)).versions;
    const short = version!.shortFingerprint;

    for (const typed of [short, short.toLowerCase(), ` ${short.replace(/-/g, ' ')} `]) {
      expect(await handlers['approval:checkCopy']({ fingerprint: typed }), typed).toEqual({
        match: version,
      });
    }
    const wrongDigit = short.startsWith('0') ? `1${short.slice(1)}` : `0${short.slice(1)}`;
    expect(await handlers['approval:checkCopy']({ fingerprint: wrongDigit })).toEqual({
      match: null,
    });
    // Too few digits could match by chance, so they match nothing.
    expect(await handlers['approval:checkCopy']({ fingerprint: short.slice(0, 7) })).toEqual({
      match: null,
    });
  });
});
