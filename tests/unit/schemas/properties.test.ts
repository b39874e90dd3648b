import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { z } from 'zod';
import { appStatusSchema, noticeSchema } from '../../../src/shared/api/setup-contract';
import { contract } from '../../../src/shared/api/contract';
import { methodNames } from '../../../src/shared/api/methods';
import { regulatoryCategorySchema, scopeSchema } from '../../../src/shared/domain/scope';
import {
  calendarDate,
  decimalNumber,
  lineText,
  paragraphText,
  rowId,
  wholeNumber,
} from '../../../src/shared/domain/text';
import {
  boardMemberSchema,
  helperSchema,
  operatorSchema,
  utilityProfileSchema,
} from '../../../src/shared/domain/utility';
import { wizardStateSchema } from '../../../src/shared/domain/wizard';
import { revSchema } from '../../../src/shared/domain/versioned';
import { workbookSchema } from '../../../src/shared/domain/workbook';
import * as valid from './arbitraries';
import { englishIssue, parsed } from './issues';
import { pathsIn, replaceAt } from './mutate';

interface Case {
  name: string;
  schema: z.ZodType;
  valid: fc.Arbitrary<unknown>;
}

const cases: Case[] = [
  {
    name: 'lineText',
    schema: lineText('validation.label.person.name', 120),
    valid: valid.unicodeText(40),
  },
  {
    name: 'paragraphText',
    schema: paragraphText('validation.label.outreach.notes', 5000),
    valid: valid.unicodeText(1666),
  },
  {
    name: 'calendarDate',
    schema: calendarDate('validation.label.outreach.date'),
    valid: fc.constantFrom('', '2027-06-30'),
  },
  {
    name: 'wholeNumber',
    schema: wholeNumber('validation.label.utility.connections', 1000, 10),
    valid: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  },
  {
    name: 'decimalNumber',
    schema: decimalNumber('validation.label.utility.milesOfMain', 1000, 1.5),
    valid: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
  },
  { name: 'rowId', schema: rowId, valid: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) },
  { name: 'rev', schema: revSchema, valid: valid.validRev },
  { name: 'board member', schema: boardMemberSchema, valid: valid.validBoardMember },
  { name: 'operator', schema: operatorSchema, valid: valid.validOperator },
  { name: 'helper', schema: helperSchema, valid: valid.validHelper },
  { name: 'utility profile', schema: utilityProfileSchema, valid: valid.validUtility },
  {
    name: 'regulatory category',
    schema: regulatoryCategorySchema,
    valid: valid.validRegulatoryCategory,
  },
  { name: 'scope', schema: scopeSchema, valid: valid.validScope },
  { name: 'wizard state', schema: wizardStateSchema, valid: valid.validWizardState },
  { name: 'workbook', schema: workbookSchema, valid: valid.validWorkbook },
  {
    name: 'notice',
    schema: noticeSchema,
    valid: valid.validAppStatus.map((s) => ({
      level: s.mode === 'desktop' ? 'info' : 'warning',
      message: s.appVersion,
    })),
  },
  { name: 'app status', schema: appStatusSchema, valid: valid.validAppStatus },
  ...methodNames.flatMap((method) => [
    {
      name: `${method} input`,
      schema: contract[method].input,
      valid: valid.contractArbitraries[method].input,
    },
    {
      name: `${method} output`,
      schema: contract[method].output,
      valid: valid.contractArbitraries[method].output,
    },
  ]),
];

/** Values no JSON file holds but a careless caller might pass. */
const oddValue = fc.constantFrom<unknown>(
  undefined,
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  2 ** 53,
  '',
  '12',
  ' ',
  '\u0000',
  'x'.repeat(6000),
  [],
  {},
  Object.create(null),
  new Date(0),
  Symbol('s'),
  10n,
  () => 1,
  JSON.parse('{"__proto__":{"polluted":true}}'),
);
const anyInput = fc.oneof(fc.jsonValue(), oddValue, fc.anything());

/** A valid value with one place (the root, a field, a row) replaced by anything at all. */
function mutated(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, fc.nat(), anyInput).map(([value, pick, replacement]) => {
    const paths = pathsIn(value);
    return replaceAt(value, paths[pick % paths.length]!, replacement);
  });
}

/** Fails unless every issue can be shown next to a field: a non-empty message and a usable path. */
function expectExplainedFailure(result: z.ZodSafeParseResult<unknown>): void {
  if (result.success) return;
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(issue.message.trim()).not.toBe('');
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
  }
}

/** Sends a value the way the HTTP transport and the store do: inside a JSON envelope. */
const throughJson = (value: unknown): unknown =>
  (JSON.parse(JSON.stringify({ value })) as { value?: unknown }).value;

describe.each(cases)('$name', ({ schema, valid: validValue }) => {
  test.prop([anyInput])('never throws on any input, and explains every refusal', (input) => {
    expectExplainedFailure(schema.safeParse(input));
  });

  test.prop([mutated(validValue)])(
    'never throws on a valid value with one part broken',
    (input) => {
      expectExplainedFailure(schema.safeParse(input));
    },
  );

  test.prop([validValue])(
    'accepts valid values, and cleaning them again changes nothing',
    (input) => {
      const stored = parsed(schema, input);
      expect(parsed(schema, stored)).toStrictEqual(stored);
      expect(parsed(schema, throughJson(stored))).toStrictEqual(stored);
    },
  );
});

// eslint-disable-next-line no-control-regex -- these are the characters that must be gone
const notInLine = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- paragraphs keep tab and line feed only
const notInParagraph = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function expectClean(text: string, forbidden: RegExp): void {
  expect(text).not.toMatch(forbidden);
  expect(text).toBe(text.normalize('NFC'));
  expect(text).toBe(text.trim());
}

describe('stored text', () => {
  test.prop([valid.validUtility])(
    'one-line fields of a utility hold no control or bidi characters',
    (input) => {
      const profile = parsed(utilityProfileSchema, input);
      const lines = [
        profile.name,
        profile.systemId,
        ...profile.board.map((m) => m.name),
        ...profile.operators.flatMap((o) => [o.name, o.certification]),
        ...profile.helpers.flatMap((h) => [h.name, h.role]),
      ];
      for (const line of lines) expectClean(line, notInLine);
    },
  );

  test.prop([valid.validScope])('paragraphs of step 2 keep only tabs and line feeds', (input) => {
    const scope = parsed(scopeSchema, input);
    const paragraphs = [scope.mission, scope.regulatoryStatement, scope.assetLimits];
    for (const text of [...paragraphs, ...scope.regulatoryCategories.map((c) => c.text)]) {
      expectClean(text, notInParagraph);
    }
  });

  test.prop([valid.unicodeText(400)])(
    'a one-line field is either clean or refused only for its length',
    (input) => {
      const result = lineText('validation.label.person.name', 200).safeParse(input);
      if (result.success) expectClean(result.data, notInLine);
      else
        expect(result.error.issues.map(englishIssue)).toEqual([
          'Name is too long: shorten it to 200 characters or fewer.',
        ]);
    },
  );
});
