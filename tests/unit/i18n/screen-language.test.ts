import { describe, expect, it } from 'vitest';
import { screenLanguage } from '../../../src/shared/i18n/screen-language';

describe('the language the app shows', () => {
  it('is the one chosen on this computer, whatever the computer speaks', () => {
    expect(screenLanguage('es', ['en-US'])).toBe('es');
    expect(screenLanguage('en', ['es-MX', 'es'])).toBe('en');
  });

  it('follows the computer’s first language until one is chosen: Spanish of any country', () => {
    expect(screenLanguage(null, ['es-MX', 'en-US'])).toBe('es');
    expect(screenLanguage(null, ['ES'])).toBe('es');
    expect(screenLanguage(null, ['es-419'])).toBe('es');
  });

  it('is English for any other first language, or none known', () => {
    expect(screenLanguage(null, ['en-US', 'es-MX'])).toBe('en');
    expect(screenLanguage(null, ['fr-CA'])).toBe('en');
    expect(screenLanguage(null, [])).toBe('en');
  });
});
