import { describe, expect, it } from 'vitest';
import {
  boardMemberSchema,
  emptyUtilityProfile,
  helperSchema,
  operatorSchema,
  utilityProfileSchema,
  type BoardMember,
} from '../../../src/shared/domain/utility';
import { cedarFlatsUtility } from './examples';
import { parsed, problemsOf } from './issues';

const member = (n: number): BoardMember => ({
  id: `b${n}`,
  name: `Member ${n}`,
  office: 'member',
  termEnds: '',
  onPlanningTeam: false,
});

describe('utilityProfileSchema accepts', () => {
  it('the empty draft a new utility starts with', () => {
    expect(parsed(utilityProfileSchema, emptyUtilityProfile)).toEqual(emptyUtilityProfile);
  });

  it('a fully filled utility, unchanged', () => {
    expect(parsed(utilityProfileSchema, cedarFlatsUtility())).toEqual(cedarFlatsUtility());
  });

  it('a board of 25 and the most operators and helpers allowed', () => {
    const profile = {
      ...cedarFlatsUtility(),
      board: Array.from({ length: 25 }, (_, i) => member(i)),
      operators: Array.from({ length: 10 }, (_, i) => ({
        id: `o${i}`,
        name: 'Op',
        certification: '',
        onPlanningTeam: false,
      })),
      helpers: Array.from({ length: 20 }, (_, i) => ({ id: `h${i}`, name: 'Helper', role: '' })),
    };
    expect(parsed(utilityProfileSchema, profile).board).toHaveLength(25);
  });

  it('a system ID typed in lower case or with spaces around it, stored as on the permit', () => {
    const profile = parsed(utilityProfileSchema, {
      ...cedarFlatsUtility(),
      systemId: ' nm3512301 ',
    });
    expect(profile.systemId).toBe('NM3512301');
  });

  it('names as typed, cleaned of hidden characters', () => {
    const profile = parsed(utilityProfileSchema, {
      ...cedarFlatsUtility(),
      name: '  Cedar Flats\u202E MDWCA\n',
    });
    expect(profile.name).toBe('Cedar Flats MDWCA');
  });
});

describe('utilityProfileSchema refuses', () => {
  const withField = (field: string, value: unknown) => ({ ...cedarFlatsUtility(), [field]: value });

  it('fractional connections, naming the field', () => {
    expect(problemsOf(utilityProfileSchema, withField('connections', 2.5))).toEqual([
      { path: ['connections'], message: 'Connections must be a whole number, such as 250.' },
    ]);
  });

  it('connections typed as text', () => {
    expect(problemsOf(utilityProfileSchema, withField('connections', '212'))).toEqual([
      { path: ['connections'], message: 'Connections must be a number, such as 250.' },
    ]);
  });

  it('a negative or unbelievable population', () => {
    expect(problemsOf(utilityProfileSchema, withField('population', -3))).toEqual([
      { path: ['population'], message: 'Population served cannot be negative.' },
    ]);
    expect(problemsOf(utilityProfileSchema, withField('population', 5_000_001))).toEqual([
      {
        path: ['population'],
        message: 'Population served looks too large: enter a number up to 5,000,000.',
      },
    ]);
  });

  it('negative miles of main', () => {
    expect(problemsOf(utilityProfileSchema, withField('milesOfMain', -1))).toEqual([
      { path: ['milesOfMain'], message: 'Miles of water main cannot be negative.' },
    ]);
  });

  it('a system ID with spaces, punctuation or too many characters', () => {
    const message = 'System ID: use only the letters and digits on your permit, such as NM3500101.';
    for (const systemId of [
      'NM 3512301',
      'NM.3512301',
      'NM#35',
      'NM3512301;DROP',
      'A'.repeat(21),
      'NM\u202E35',
    ]) {
      expect(problemsOf(utilityProfileSchema, withField('systemId', systemId)), systemId).toEqual([
        { path: ['systemId'], message },
      ]);
    }
  });

  it('an unknown state, system type or goal-setting approach', () => {
    expect(problemsOf(utilityProfileSchema, withField('state', 'XX'))).toEqual([
      { path: ['state'], message: 'State: pick your state from the list.' },
    ]);
    expect(problemsOf(utilityProfileSchema, withField('state', 'nm'))).toEqual([
      { path: ['state'], message: 'State: pick your state from the list.' },
    ]);
    expect(problemsOf(utilityProfileSchema, withField('systemType', 'gas'))).toEqual([
      { path: ['systemType'], message: 'Choose water, wastewater or both.' },
    ]);
    expect(problemsOf(utilityProfileSchema, withField('goalSetting', 'mayor'))).toEqual([
      { path: ['goalSetting'], message: 'Choose who drafts the goals.' },
    ]);
  });

  it('a name over 200 characters', () => {
    expect(problemsOf(utilityProfileSchema, withField('name', 'W'.repeat(201)))).toEqual([
      {
        path: ['name'],
        message: 'Name of the utility is too long: shorten it to 200 characters or fewer.',
      },
    ]);
  });

  it('a board of 26', () => {
    const board = Array.from({ length: 26 }, (_, i) => member(i));
    expect(problemsOf(utilityProfileSchema, withField('board', board))).toEqual([
      { path: ['board'], message: 'A board of more than 25 members is not supported.' },
    ]);
  });

  it('11 operators or 21 helpers', () => {
    const operators = Array.from({ length: 11 }, (_, i) => ({
      id: `o${i}`,
      name: '',
      certification: '',
      onPlanningTeam: false,
    }));
    expect(problemsOf(utilityProfileSchema, withField('operators', operators))).toEqual([
      { path: ['operators'], message: 'List at most 10 operators.' },
    ]);
    const helpers = Array.from({ length: 21 }, (_, i) => ({ id: `h${i}`, name: '', role: '' }));
    expect(problemsOf(utilityProfileSchema, withField('helpers', helpers))).toEqual([
      { path: ['helpers'], message: 'List at most 20 other people.' },
    ]);
  });

  it('a problem inside a board row, with the path to that row and field', () => {
    const profile = cedarFlatsUtility();
    profile.board[2] = { ...profile.board[2]!, office: 'chair' as never };
    profile.board[4] = { ...profile.board[4]!, termEnds: '2027-02-30' };
    expect(problemsOf(utilityProfileSchema, profile)).toEqual([
      {
        path: ['board', 2, 'office'],
        message: 'Office must be president, vice-president, secretary, treasurer or member.',
      },
      {
        path: ['board', 4, 'termEnds'],
        message: 'Term ends must be a real date, such as 2027-06-30.',
      },
    ]);
  });

  it('unknown keys, at the top and inside rows', () => {
    expect(problemsOf(utilityProfileSchema, withField('isAdmin', true))).toEqual([
      { path: [], message: 'Unrecognized key: "isAdmin"' },
    ]);
    const profile = cedarFlatsUtility();
    const operators = [{ ...profile.operators[0], phone: '555-0100' }];
    expect(problemsOf(utilityProfileSchema, { ...profile, operators })).toEqual([
      { path: ['operators', 0], message: 'Unrecognized key: "phone"' },
    ]);
  });

  it('a __proto__ key from parsed JSON', () => {
    const json = JSON.stringify(cedarFlatsUtility()).replace(
      '{',
      '{"__proto__":{"polluted":true},',
    );
    expect(problemsOf(utilityProfileSchema, JSON.parse(json))).toEqual([
      { path: [], message: 'Unrecognized key: "__proto__"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a missing field', () => {
    const { goalSetting: _dropped, ...rest } = cedarFlatsUtility();
    expect(problemsOf(utilityProfileSchema, rest)).toEqual([
      { path: ['goalSetting'], message: 'Choose who drafts the goals.' },
    ]);
  });

  it('what is not an object', () => {
    for (const value of [null, undefined, 'Cedar Flats', 42, []]) {
      expect(problemsOf(utilityProfileSchema, value).length).toBeGreaterThan(0);
    }
  });
});

describe('row schemas', () => {
  it('a board member needs an office from the list and a yes/no planning-team answer', () => {
    const row = cedarFlatsUtility().board[0];
    expect(problemsOf(boardMemberSchema, { ...row, office: 'President' })).toEqual([
      {
        path: ['office'],
        message: 'Office must be president, vice-president, secretary, treasurer or member.',
      },
    ]);
    expect(
      problemsOf(boardMemberSchema, { ...row, onPlanningTeam: 'yes' }).map((p) => p.path),
    ).toEqual([['onPlanningTeam']]);
  });

  it('a board member name over 120 characters is refused', () => {
    const row = cedarFlatsUtility().board[0];
    expect(problemsOf(boardMemberSchema, { ...row, name: 'x'.repeat(121) })).toEqual([
      {
        path: ['name'],
        message: 'Board member name is too long: shorten it to 120 characters or fewer.',
      },
    ]);
  });

  it('an operator certification over 120 characters is refused', () => {
    const row = cedarFlatsUtility().operators[0];
    expect(problemsOf(operatorSchema, { ...row, certification: 'x'.repeat(121) })).toEqual([
      {
        path: ['certification'],
        message: 'Certification is too long: shorten it to 120 characters or fewer.',
      },
    ]);
  });

  it('a helper role over 120 characters or a bad id is refused', () => {
    const row = cedarFlatsUtility().helpers[0];
    expect(problemsOf(helperSchema, { ...row, role: 'x'.repeat(121), id: '' })).toEqual([
      { path: ['id'], message: 'Row id must be 1–64 letters, digits, dashes or underscores.' },
      { path: ['role'], message: 'Role is too long: shorten it to 120 characters or fewer.' },
    ]);
  });
});
