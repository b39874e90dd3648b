import { englishIssue } from '../schemas/issues';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { blankGoalFields, type GoalFields } from '../../../src/shared/domain/goal';
import { goalInputFieldsSchema } from '../../../src/shared/domain/goal-input';
import { numberFromText } from '../../../src/shared/domain/numbers/number-from-text';
import { isShareUnit } from '../../../src/shared/domain/numbers/share-unit';
import { decimalNumber, wholeNumber } from '../../../src/shared/domain/text';

// The field's schema as the form uses it: the typed text goes through the shared reader first.
function messagesFor(schema: z.ZodType, typed: string, percent = false): string[] | number | null {
  const parsed = schema.safeParse(numberFromText(typed, { percent }));
  return parsed.success ? (parsed.data as number | null) : parsed.error.issues.map(englishIssue);
}

const connections = wholeNumber('validation.label.utility.connections', 1_000_000, 250);
const miles = decimalNumber('validation.label.utility.milesOfMain', 100_000, 12.5);

const withCommas = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 20 });

/** A goal's target as the goal editor sends it: the % sign is read only for a share. */
function goalMessages(unit: string, typed: string): string[] | number | null {
  const fields: GoalFields = {
    ...blankGoalFields('internal'),
    area: 'water-efficiency',
    direction: 'at-most',
    unit,
  };
  const target = numberFromText(typed, { percent: isShareUnit(unit) });
  const parsed = goalInputFieldsSchema.safeParse({ ...fields, target });
  return parsed.success ? parsed.data.target : parsed.error.issues.map(englishIssue);
}

describe('every number field follows the same rules', () => {
  it('reads 1,200 as twelve hundred, not as 1.2 (the connections bug)', () => {
    expect(messagesFor(connections, '1,200')).toBe(1200);
    expect(messagesFor(miles, '1,200.5')).toBe(1200.5);
  });

  it('refuses a negative with a message instead of dropping the sign (-3 became 3)', () => {
    expect(messagesFor(connections, '-3')).toEqual(['Connections cannot be negative.']);
    expect(messagesFor(miles, '\u22122.5')).toEqual(['Miles of water main cannot be negative.']);
    expect(goalMessages('hours', '-3')).toEqual(['Target cannot be negative.']);
  });

  it('refuses a share over 100% (a 1,800% water-loss target was accepted)', () => {
    const over = 'Target is a share, so it cannot be more than 100%: enter a number from 0 to 100.';
    expect(goalMessages('%', '1,800%')).toEqual([over]);
    expect(goalMessages('% of production', '1,800')).toEqual([over]);
    expect(goalMessages('percent of customers', '101')).toEqual([over]);
    expect(goalMessages('%', '15%')).toBe(15);
    expect(goalMessages('kWh/MG', '1,800')).toBe(1800);
  });

  it('says what is wrong with a number written the wrong way', () => {
    expect(messagesFor(connections, '1,5')).toEqual([
      'Connections must be written like 1,200 or 2.5: a comma only between thousands, a point only before decimals.',
    ]);
    expect(messagesFor(connections, '15%')).toEqual([
      'Connections takes a plain number, such as 250: leave out the % sign.',
    ]);
    expect(goalMessages('hours', '8%')).toEqual([
      'Target takes a plain number, such as 20: leave out the % sign.',
    ]);
    expect(messagesFor(connections, 'many')).toEqual([
      'Connections must be a number, such as 250.',
    ]);
    expect(messagesFor(connections, '12.5')).toEqual([
      'Connections must be a whole number, such as 250.',
    ]);
    expect(messagesFor(connections, '')).toBeNull();
  });

  test.prop([fc.integer({ min: 0, max: 1_000_000 }), fc.boolean(), fc.boolean()])(
    'a count in range, with or without commas and a + sign, is accepted as itself',
    (value, commas, plus) => {
      const typed = `${plus ? '+' : ''}${commas ? withCommas(value) : String(value)}`;
      expect(messagesFor(connections, typed)).toBe(value);
    },
  );

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('-', '\u2212')])(
    'a negative count is refused with the message, never made positive',
    (value, sign) => {
      expect(messagesFor(connections, `${sign}${withCommas(value)}`)).toEqual([
        'Connections cannot be negative.',
      ]);
    },
  );

  test.prop([fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('%', ' %')])(
    'a % sign on a count is refused, whatever the number',
    (value, percent) => {
      expect(messagesFor(connections, `${withCommas(value)}${percent}`)).toEqual([
        'Connections takes a plain number, such as 250: leave out the % sign.',
      ]);
    },
  );

  test.prop([
    fc.double({ min: 0, max: 100, noNaN: true }).map((n) => Math.round(n * 100) / 100),
    fc.constantFrom('', '%', ' %'),
    fc.constantFrom('%', '% of production', '% a year', 'percent'),
  ])('a share from 0 to 100, with or without the % sign, is accepted', (value, percent, unit) => {
    expect(goalMessages(unit, `${String(value)}${percent}`)).toBe(value);
  });

  test.prop([
    fc.integer({ min: 101, max: 1_000_000 }),
    fc.constantFrom('', '%'),
    fc.constantFrom('%', '% of production'),
  ])(
    'a share over 100 is refused, with or without the % sign and commas',
    (value, percent, unit) => {
      expect(goalMessages(unit, `${withCommas(value)}${percent}`)).toEqual([
        'Target is a share, so it cannot be more than 100%: enter a number from 0 to 100.',
      ]);
    },
  );

  test.prop([fc.integer({ min: 1000, max: 1_000_000 }), fc.constantFrom('hours', 'psi', 'kWh/MG')])(
    'any target that is not a share may pass 100, written with commas',
    (value, unit) => {
      expect(goalMessages(unit, withCommas(value))).toBe(value);
    },
  );
});
