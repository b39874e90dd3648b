import { describe, expect, it } from 'vitest';
import { suggestTopic } from '../../../src/shared/domain/customers/suggest-topic';

describe('suggestTopic', () => {
  it.each([
    ['Low pressure in the shower', 'pressure'],
    ['Water just trickles out upstairs', 'pressure'],
    ['No water pressure since Tuesday', 'pressure'],
    ['Brown water from the kitchen tap', 'water-quality'],
    ['Water smells like chlorine', 'water-quality'],
    ['Main break on Elm St', 'outages'],
    ['No water at all this morning', 'outages'],
    ['Planned shutoff lasted all day', 'outages'],
    ['Leak at the meter box', 'leaks'],
    ['Water running down the street by the church', 'leaks'],
    ['Sewer backed up into basement', 'sewer'],
    ['Bill is wrong, meter reading too high', 'billing'],
    ['Rates are too expensive for seniors', 'rates'],
    ['The clerk was rude on the phone', 'courtesy'],
    ['Called three times, nobody called back', 'response'],
    ['When are the watering restrictions?', 'conservation'],
  ])('reads “%s” as %s', (text, topic) => {
    expect(suggestTopic(text)).toBe(topic);
  });

  it.each([
    ['Agua turbia', 'water-quality'],
    ['El agua sale café y con mal olor', 'water-quality'],
    ['Baja presión en la tarde', 'pressure'],
    ['Estuvimos sin agua dos días', 'outages'],
    ['Hay una fuga frente a la casa', 'leaks'],
    ['El drenaje está tapado', 'sewer'],
    ['La factura llegó con un cobro doble', 'billing'],
    ['La tarifa es muy cara', 'rates'],
    ['La empleada fue muy grosera', 'courtesy'],
    ['Nadie vino, seguimos esperando', 'response'],
    ['¿Cómo ahorrar agua en el riego del jardín?', 'conservation'],
  ])('reads the Spanish “%s” as %s', (text, topic) => {
    expect(suggestTopic(text)).toBe(topic);
  });

  it('reads category codes and shouting the same as plain words', () => {
    expect(suggestTopic('PRESSURE')).toBe('pressure');
    expect(suggestTopic('Billing/Meter')).toBe('billing');
    expect(suggestTopic('water_quality')).toBe('water-quality');
  });

  it('picks the topic named most often, and on a tie the likelier service problem', () => {
    expect(suggestTopic('Leak, leaking again, puddle in the yard, and the bill')).toBe('leaks');
    expect(suggestTopic('No water since the leak')).toBe('outages');
    expect(suggestTopic('High bill, rates went up')).toBe('billing');
  });

  it('matches whole words only', () => {
    expect(suggestTopic('Thousands of thanks to the crew')).toBe('other');
    expect(suggestTopic('Trusty old meter')).toBe('other');
  });

  it('says other when nothing matches or there is no text', () => {
    expect(suggestTopic('Question about the board election')).toBe('other');
    expect(suggestTopic('')).toBe('other');
    expect(suggestTopic('  ...  ')).toBe('other');
  });
});
