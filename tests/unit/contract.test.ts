import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appStatusSchema } from '../../src/shared/api/setup-contract';
import { contract } from '../../src/shared/api/contract';
import { exportResultSchema } from '../../src/shared/api/export-result';
import { isMethodName, methodNames } from '../../src/shared/api/methods';
import { fail, ok } from '../../src/shared/api/result';
import { emptyMeeting } from '../../src/shared/domain/approval';
import { emptyScope } from '../../src/shared/domain/scope';
import { emptyUtilityProfile } from '../../src/shared/domain/utility';
import { cedarFlatsScope, cedarFlatsUtility } from './schemas/examples';
import { problemsOf } from './schemas/issues';

describe('contract', () => {
  it('has an entry for every method name, and no other entry', () => {
    expect(Object.keys(contract).sort()).toEqual([...methodNames].sort());
    expect(new Set(methodNames).size).toBe(methodNames.length);
  });

  it('gives every method an input and an output schema', () => {
    for (const method of methodNames) {
      expect(contract[method].input, method).toBeInstanceOf(z.ZodType);
      expect(contract[method].output, method).toBeInstanceOf(z.ZodType);
    }
  });

  it('names methods area:verb', () => {
    for (const method of methodNames) expect(method).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });
});

describe('isMethodName', () => {
  it('knows every method', () => {
    for (const method of methodNames) expect(isMethodName(method)).toBe(true);
  });

  it('refuses other names, including ones every object inherits', () => {
    for (const name of [
      'utility:delete',
      'UTILITY:GET',
      '',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]) {
      expect(isMethodName(name), name).toBe(false);
    }
  });
});

describe('methods without input', () => {
  const noInputMethods = [
    'app:status',
    'utility:get',
    'scope:get',
    'wizard:get',
    'templates:list',
    'goals:list',
    'review:get',
    'approval:get',
    'approval:newRevision',
    'export:openSaved',
  ] as const;

  it('accept a call with nothing and refuse anything passed', () => {
    for (const method of noInputMethods) {
      expect(contract[method].input.safeParse(undefined).success).toBe(true);
      for (const input of [null, {}, '', 0]) {
        expect(problemsOf(contract[method].input, input)).toEqual([
          { path: [], message: 'This method takes no input.' },
        ]);
      }
    }
  });
});

describe('save methods', () => {
  const saves = [
    { method: 'utility:save', empty: emptyUtilityProfile, filled: cedarFlatsUtility() },
    { method: 'scope:save', empty: emptyScope, filled: cedarFlatsScope() },
  ] as const;

  for (const { method, empty, filled } of saves) {
    const input = contract[method].input;

    it(`${method} accepts a revision with an empty or filled value`, () => {
      expect(input.parse({ rev: 0, value: empty })).toEqual({ rev: 0, value: empty });
      expect(input.parse({ rev: 41, value: filled })).toEqual({ rev: 41, value: filled });
    });

    it(`${method} refuses a missing, negative or fractional revision`, () => {
      expect(problemsOf(input, { value: filled })).toEqual([
        { path: ['rev'], message: 'rev must be a number.' },
      ]);
      expect(problemsOf(input, { rev: -1, value: filled })).toEqual([
        { path: ['rev'], message: 'rev cannot be negative.' },
      ]);
      expect(problemsOf(input, { rev: 0.5, value: filled })).toEqual([
        { path: ['rev'], message: 'rev must be a whole number.' },
      ]);
      expect(problemsOf(input, { rev: '3', value: filled })).toEqual([
        { path: ['rev'], message: 'rev must be a number.' },
      ]);
    });

    it(`${method} refuses a bare value or extra keys`, () => {
      expect(input.safeParse(filled).success).toBe(false);
      expect(problemsOf(input, { rev: 1, value: filled, force: true })).toEqual([
        { path: [], message: 'Unrecognized key: "force"' },
      ]);
    });

    it(`${method} reports a bad field with its path under value`, () => {
      const problems = problemsOf(input, { rev: 1, value: { ...filled, mission: 7, name: 7 } });
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.path[0]).toBe('value');
    });

    it(`${method} answers with the same record shape it accepts`, () => {
      const record = { rev: 2, value: filled };
      expect(contract[method].output.parse(record)).toEqual(record);
    });
  }
});

describe('wizard:setStep', () => {
  it('accepts a known step and refuses others', () => {
    expect(contract['wizard:setStep'].input.parse({ currentStep: 'scope' })).toEqual({
      currentStep: 'scope',
    });
    expect(problemsOf(contract['wizard:setStep'].input, { currentStep: 'finish' })).toEqual([
      { path: ['currentStep'], message: 'Step must be one of the wizard steps.' },
    ]);
  });
});

describe('approval methods', () => {
  const saveMeeting = contract['approval:saveMeeting'].input;

  it('approval:saveMeeting takes a revision and a meeting, and names a bad vote by its row', () => {
    const meeting = {
      ...emptyMeeting,
      date: '2027-03-09',
      votes: [{ memberId: 'b1', vote: 'aye' }],
    };
    expect(saveMeeting.parse({ rev: 2, value: meeting })).toEqual({ rev: 2, value: meeting });
    expect(
      problemsOf(saveMeeting, {
        rev: 2,
        value: { ...meeting, votes: [{ memberId: 'b1', vote: 'yes' }] },
      }),
    ).toEqual([
      { path: ['value', 'votes', 0, 'vote'], message: 'Vote must be aye, nay, abstain or absent.' },
    ]);
    expect(problemsOf(saveMeeting, { value: meeting })).toEqual([
      { path: ['rev'], message: 'rev must be a number.' },
    ]);
  });

  it('approval:checkCopy takes typed text of a sensible length', () => {
    const input = contract['approval:checkCopy'].input;
    expect(input.parse({ fingerprint: '3f2a 91bc' })).toEqual({ fingerprint: '3f2a 91bc' });
    expect(input.safeParse({ fingerprint: 'f'.repeat(101) }).success).toBe(false);
    expect(input.safeParse({}).success).toBe(false);
  });
});

describe('export methods', () => {
  it('print the draft (null) or an approved revision number, nothing else', () => {
    for (const method of ['export:check', 'export:agreementPdf'] as const) {
      const input = contract[method].input;
      expect(input.parse({ revision: null })).toMatchObject({ revision: null });
      expect(input.parse({ revision: 3 })).toMatchObject({ revision: 3 });
      for (const revision of [0, -1, 1.5, '2', undefined]) {
        expect(input.safeParse({ revision }).success, `${method} ${String(revision)}`).toBe(false);
      }
    }
  });

  it('check the agreement unless another paper is named', () => {
    const input = contract['export:check'].input;
    expect(input.parse({ revision: null })).toEqual({
      revision: null,
      document: 'agreement',
      language: 'en',
    });
    expect(input.parse({ revision: null, language: 'es' }).language).toBe('es');
    expect(input.parse({ revision: null, document: 'survey-forms' }).document).toBe('survey-forms');
    expect(input.parse({ revision: null, document: 'board-packet' }).document).toBe('board-packet');
    expect(input.parse({ revision: 1, document: 'minutes' }).document).toBe('minutes');
    expect(input.safeParse({ revision: null, document: 'agenda' }).success).toBe(false);
  });

  it('print the customer summary of an approved revision in English, Spanish or both side by side', () => {
    const input = contract['export:customerSummaryPdf'].input;
    expect(input.parse({ revision: 1, language: 'es' })).toEqual({ revision: 1, language: 'es' });
    expect(input.parse({ revision: 1, language: 'both' }).language).toBe('both');
    expect(input.safeParse({ revision: null, language: 'en' }).success).toBe(false);
    expect(input.safeParse({ revision: 1, language: 'fr' }).success).toBe(false);
  });

  it('print the agreement and the board report in English unless Spanish is asked for', () => {
    const agreement = contract['export:agreementPdf'].input;
    expect(agreement.parse({ revision: null })).toEqual({ revision: null, language: 'en' });
    expect(agreement.parse({ revision: 2, language: 'es' }).language).toBe('es');
    expect(agreement.safeParse({ revision: 2, language: 'both' }).success).toBe(false);
    const report = contract['export:boardReportPdf'].input;
    expect(report.parse({ period: '2027-Q4' })).toEqual({ period: '2027-Q4', language: 'en' });
    expect(report.safeParse({ period: '2027', language: 'fr' }).success).toBe(false);
  });

  it('never take a file path from the page, and never hand one back', () => {
    expect(
      contract['export:agreementPdf'].input.safeParse({ revision: 1, path: '/tmp/x.pdf' }).success,
    ).toBe(false);
    expect(exportResultSchema.safeParse({ status: 'saved', fileName: 'a.pdf' }).success).toBe(true);
    expect(
      exportResultSchema.safeParse({ status: 'saved', fileName: 'a.pdf', path: '/home/a.pdf' })
        .success,
    ).toBe(false);
    expect(exportResultSchema.safeParse({ status: 'download', fileName: 'a.pdf' }).success).toBe(
      false,
    );
  });
});

describe('app:status output', () => {
  it('accepts a status with a restore notice and refuses an unknown mode or level', () => {
    const status = {
      appVersion: '0.1.0',
      schemaVersion: 1,
      mode: 'browser',
      notices: [{ level: 'warning', message: 'Restored the backup from 2027-03-01 09:14.' }],
      utility: { key: 'first', count: 2, example: true },
      language: null,
    };
    expect(appStatusSchema.parse(status)).toEqual(status);
    expect(appStatusSchema.safeParse({ ...status, mode: 'server' }).success).toBe(false);
    expect(
      appStatusSchema.safeParse({ ...status, notices: [{ level: 'urgent', message: 'x' }] })
        .success,
    ).toBe(false);
  });
});

describe('approval:approve input', () => {
  it('takes nothing, or the confirmation of a meeting dated after today, and nothing else', () => {
    const input = contract['approval:approve'].input;
    expect(input.safeParse(undefined).success).toBe(true);
    expect(input.safeParse({ meetingAfterTodayConfirmed: true }).success).toBe(true);
    expect(input.safeParse({ meetingAfterTodayConfirmed: 'yes' }).success).toBe(false);
    expect(input.safeParse({ confirmed: true }).success).toBe(false);
  });
});

describe('Result helpers', () => {
  it('ok wraps a value and fail carries a code, message and optional fields', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('storage', 'The disk is full.')).toEqual({
      ok: false,
      error: { code: 'storage', message: 'The disk is full.' },
    });
    expect(
      fail('invalid-input', 'Check the highlighted fields.', { 'board.0.name': 'Too long.' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Check the highlighted fields.',
        fields: { 'board.0.name': 'Too long.' },
      },
    });
  });
});

describe('the names of files people bring in', () => {
  // A name can carry a right-to-left override that shows "report.csv" for another name, or a
  // control character a file system allowed; both are cleaned like typed text.
  const tricky = 'Quejas\u202Evsc.txt\u0007 2026.csv';

  it('are cleaned for a complaint log, and for a backup to restore', () => {
    const log = contract['complaints:open'].input.parse({
      fileName: tricky,
      csvText: 'a,b\n1,2\n',
    });
    expect(log.fileName).toBe('Quejasvsc.txt 2026.csv');
    const backup = contract['backup:preview'].input.parse({ fileName: tricky, fileBase64: 'e30=' });
    expect(backup).toEqual({ fileName: 'Quejasvsc.txt 2026.csv', fileBase64: 'e30=' });
  });
});
