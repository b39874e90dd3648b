import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { catalogAreas, catalogs } from '../../../src/renderer/src/i18n/catalog';
import { intlLocale } from '../../../src/shared/i18n/intl-locale';
import { pseudoCatalog } from '../../../src/renderer/src/i18n/pseudo-locale';

/**
 * The placeholders a message takes, by name. Not by kind: Spanish may need a plural where
 * English says a number plainly ("{count} members present" against "{count, plural, …}").
 */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      placeholders(element.children, found);
    }
  }
  return found;
}

describe('the catalog', () => {
  it('has every key in both languages, each once across all areas', () => {
    const total = catalogAreas.reduce((sum, area) => sum + Object.keys(area.en).length, 0);
    expect(Object.keys(catalogs.en)).toHaveLength(total);
    expect(Object.keys(catalogs.es).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const [key, text] of Object.entries(catalogs.es)) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('gives each Spanish message the same placeholders as the English one', () => {
    for (const [key, english] of Object.entries(catalogs.en)) {
      const spanish = catalogs.es[key as keyof typeof catalogs.es];
      expect([...placeholders(parse(spanish))].sort(), key).toEqual(
        [...placeholders(parse(english))].sort(),
      );
    }
  });

  it('says every plural right for 0, 1, 2 and many, in both languages', () => {
    const say = (language: 'en' | 'es', fields: number) =>
      createIntl({ locale: intlLocale[language], messages: catalogs[language] }).formatMessage(
        { id: 'save.conflict' },
        { fields },
      );
    expect(say('en', 0)).toContain('saved 0 fields you');
    expect(say('en', 1)).toContain('saved a field you');
    expect(say('en', 2)).toContain('saved 2 fields you');
    expect(say('en', 1250)).toContain('saved 1,250 fields you');
    expect(say('es', 0)).toContain('guardó 0 campos que');
    expect(say('es', 1)).toContain('guardó un campo que');
    expect(say('es', 2)).toContain('guardó 2 campos que');
    // US Spanish groups thousands with a comma, as the board's bills do.
    expect(say('es', 1250)).toContain('guardó 1,250 campos que');
  });

  it('makes the pseudo-locale from every English message, placeholders kept', () => {
    const pseudo = pseudoCatalog(catalogs.en);
    const intl = createIntl({ locale: 'en-US', messages: pseudo });
    const shown = intl.formatMessage({ id: 'step.nextTo' }, { title: 'Review' });
    expect(shown).toBe('⟦Ñéxt: Review →⟧');
    expect(Object.keys(pseudo)).toEqual(Object.keys(catalogs.en));
  });
});
