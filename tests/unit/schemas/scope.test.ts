import { describe, expect, it } from 'vitest';
import { goalAreas } from '../../../src/shared/domain/goal-areas';
import { emptyScope, scopeSchema } from '../../../src/shared/domain/scope';
import { cedarFlatsScope } from './examples';
import { parsed, problemsOf } from './issues';

const withField = (field: string, value: unknown) => ({ ...cedarFlatsScope(), [field]: value });

describe('scopeSchema accepts', () => {
  it('the empty draft', () => {
    expect(parsed(scopeSchema, emptyScope)).toEqual(emptyScope);
  });

  it('a fully filled step 2, unchanged', () => {
    expect(parsed(scopeSchema, cedarFlatsScope())).toEqual(cedarFlatsScope());
  });

  it('all six goal areas, and statements by category', () => {
    const scope = {
      ...cedarFlatsScope(),
      areas: [...goalAreas],
      regulatoryStyle: 'categories',
      regulatoryCategories: [
        { id: 'c1', text: 'Drinking water: no health-based violations.' },
        { id: 'c2', text: 'Operator certification kept current.' },
      ],
    };
    expect(parsed(scopeSchema, scope).areas).toEqual(goalAreas);
  });

  it('a mission typed with Windows line ends, stored with plain ones', () => {
    expect(parsed(scopeSchema, withField('mission', 'Safe water.\r\nFair prices.')).mission).toBe(
      'Safe water.\nFair prices.',
    );
  });
});

describe('scopeSchema refuses', () => {
  it('a goal area chosen twice', () => {
    expect(problemsOf(scopeSchema, withField('areas', ['social', 'regulatory', 'social']))).toEqual(
      [{ path: ['areas'], message: 'Each goal area can be chosen once.' }],
    );
  });

  it('more entries than there are goal areas', () => {
    expect(problemsOf(scopeSchema, withField('areas', [...goalAreas, 'social']))).toEqual([
      { path: ['areas'], message: 'Each goal area can be chosen once.' },
    ]);
  });

  it('an unknown goal area, naming its position', () => {
    expect(problemsOf(scopeSchema, withField('areas', ['social', 'fun']))).toEqual([
      { path: ['areas', 1], message: 'Goal area must be one of the six areas.' },
    ]);
  });

  it('a mission over 1,000 characters', () => {
    expect(problemsOf(scopeSchema, withField('mission', 'm'.repeat(1001)))).toEqual([
      {
        path: ['mission'],
        message: 'Mission statement is too long: shorten it to 1000 characters or fewer.',
      },
    ]);
  });

  it('statements over their maximum', () => {
    expect(problemsOf(scopeSchema, withField('regulatoryStatement', 'r'.repeat(2001)))).toEqual([
      {
        path: ['regulatoryStatement'],
        message: 'Regulatory statement is too long: shorten it to 2000 characters or fewer.',
      },
    ]);
    expect(problemsOf(scopeSchema, withField('assetLimits', 'a'.repeat(2001)))).toEqual([
      {
        path: ['assetLimits'],
        message: 'What we cannot do is too long: shorten it to 2000 characters or fewer.',
      },
    ]);
    const categories = [{ id: 'c1', text: 'c'.repeat(501) }];
    expect(problemsOf(scopeSchema, withField('regulatoryCategories', categories))).toEqual([
      {
        path: ['regulatoryCategories', 0, 'text'],
        message: 'Category statement is too long: shorten it to 500 characters or fewer.',
      },
    ]);
  });

  it('more than 20 category statements', () => {
    const categories = Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, text: '' }));
    expect(problemsOf(scopeSchema, withField('regulatoryCategories', categories))).toEqual([
      { path: ['regulatoryCategories'], message: 'List at most 20 category statements.' },
    ]);
  });

  it('an unknown regulatory style', () => {
    expect(problemsOf(scopeSchema, withField('regulatoryStyle', 'none'))).toEqual([
      {
        path: ['regulatoryStyle'],
        message: 'Choose one broad statement or statements by category.',
      },
    ]);
  });

  it('an asset answer other than yes, no or not sure, naming the asset', () => {
    const assets = { ...cedarFlatsScope().assets, backupPower: 'maybe' };
    expect(problemsOf(scopeSchema, withField('assets', assets))).toEqual([
      {
        path: ['assets', 'backupPower'],
        message: 'Backup power for the wells and pumps: answer yes, no or not sure.',
      },
    ]);
  });

  it('an unknown asset or key', () => {
    const assets = { ...cedarFlatsScope().assets, wells: 'yes' };
    expect(problemsOf(scopeSchema, withField('assets', assets))).toEqual([
      { path: ['assets'], message: 'Unrecognized key: "wells"' },
    ]);
    expect(problemsOf(scopeSchema, withField('notes', ''))).toEqual([
      { path: [], message: 'Unrecognized key: "notes"' },
    ]);
  });

  it('storage that is negative, too large or typed as text', () => {
    expect(problemsOf(scopeSchema, withField('storageGallons', -1))).toEqual([
      { path: ['storageGallons'], message: 'Storage (gallons) cannot be negative.' },
    ]);
    expect(problemsOf(scopeSchema, withField('storageGallons', 100_000_001))).toEqual([
      {
        path: ['storageGallons'],
        message: 'Storage (gallons) looks too large: enter a number up to 100,000,000.',
      },
    ]);
    expect(problemsOf(scopeSchema, withField('storageGallons', '50000'))).toEqual([
      { path: ['storageGallons'], message: 'Storage (gallons) must be a number, such as 50,000.' },
    ]);
  });
});
