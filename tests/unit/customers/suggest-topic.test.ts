import { describe, expect, it } from 'vitest';
import { suggestTopic } from '../../../src/shared/domain/customers/suggest-topic';
import type { SystemType } from '../../../src/shared/domain/utility';

describe('suggestTopic for a utility that runs both services', () => {
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
    ['Manhole lid rattles when trucks go by', 'sewer'],
    ['Bill is wrong, meter reading too high', 'billing'],
    ['Rates are too expensive for seniors', 'rates'],
    ['The clerk was rude on the phone', 'courtesy'],
    ['Called three times, nobody called back', 'response'],
    ['When are the watering restrictions?', 'conservation'],
  ])('reads “%s” as %s', (text, topic) => {
    expect(suggestTopic(text, 'both')).toBe(topic);
  });

  it.each([
    ['Agua turbia', 'water-quality'],
    ['El agua sale café y con mal olor', 'water-quality'],
    ['Baja presión en la tarde', 'pressure'],
    ['Estuvimos sin agua dos días', 'outages'],
    ['Hay una fuga frente a la casa', 'leaks'],
    ['La alcantarilla de la esquina hace ruido', 'sewer'],
    ['La factura llegó con un cobro doble', 'billing'],
    ['La tarifa es muy cara', 'rates'],
    ['La empleada fue muy grosera', 'courtesy'],
    ['Nadie vino, seguimos esperando', 'response'],
    ['¿Cómo ahorrar agua en el riego del jardín?', 'conservation'],
  ])('reads the Spanish “%s” as %s', (text, topic) => {
    expect(suggestTopic(text, 'both')).toBe(topic);
  });

  it('tells a smell at the tap from a smell at the lagoon by the words around it', () => {
    expect(suggestTopic('The water smells of rotten eggs', 'both')).toBe('water-quality');
    expect(suggestTopic('Smell from the faucet', 'both')).toBe('water-quality');
    expect(suggestTopic('The lagoon stinks', 'both')).toBe('odor');
    expect(suggestTopic('Bad smell from the manhole on 3rd St', 'both')).toBe('odor');
    expect(suggestTopic('Huele muy feo la laguna', 'both')).toBe('odor');
    expect(suggestTopic('El agua de la llave huele a huevo podrido', 'both')).toBe('water-quality');
  });

  it('tells a spill of water from a spill of sewage by the words around it', () => {
    expect(suggestTopic('Derrame de agua en la calle', 'both')).toBe('leaks');
    expect(suggestTopic('Derrame de aguas negras en el arroyo', 'both')).toBe('overflows');
    expect(suggestTopic('Sewage spill by the lift station', 'both')).toBe('overflows');
  });

  it('reads category codes and shouting the same as plain words', () => {
    expect(suggestTopic('PRESSURE', 'both')).toBe('pressure');
    expect(suggestTopic('Billing/Meter', 'both')).toBe('billing');
    expect(suggestTopic('water_quality', 'both')).toBe('water-quality');
    expect(suggestTopic('SEWER BACKUP', 'both')).toBe('backups');
  });

  it('picks the topic named most often, and on a tie the likelier service problem', () => {
    expect(suggestTopic('Leak, leaking again, puddle in the yard, and the bill', 'both')).toBe(
      'leaks',
    );
    expect(suggestTopic('No water since the leak', 'both')).toBe('outages');
    expect(suggestTopic('High bill, rates went up', 'both')).toBe('billing');
  });

  it('keeps “sewer” for sewer talk that is not odor, a backup or an overflow', () => {
    expect(suggestTopic('Sewer backed up into basement', 'both')).toBe('backups');
    expect(suggestTopic('Sewage in the street, the sewer overflowed at the manhole', 'both')).toBe(
      'overflows',
    );
    expect(suggestTopic('Sewer gas in the sewer again', 'both')).toBe('odor');
    expect(suggestTopic('Septic hauler question', 'both')).toBe('sewer');
  });

  it('matches whole words only', () => {
    expect(suggestTopic('Thousands of thanks to the crew', 'both')).toBe('other');
    expect(suggestTopic('Trusty old meter', 'both')).toBe('other');
  });

  it('says other when nothing matches or there is no text', () => {
    expect(suggestTopic('Question about the board election', 'both')).toBe('other');
    expect(suggestTopic('', 'both')).toBe('other');
    expect(suggestTopic('  ...  ', 'both')).toBe('other');
  });
});

describe('suggestTopic for a sewer district', () => {
  it.each([
    ['The lagoon stinks', 'odor'],
    ['Odor near the lift station', 'odor'],
    ['Odors again from the plant', 'odor'],
    ['The whole street smells of rotten eggs', 'odor'],
    ['Sewer backup in the basement', 'backups'],
    ['Two backups this month', 'backups'],
    ['Sewage in the tub', 'backups'],
    ['The toilet backed up', 'backups'],
    ['Manhole overflow on Main', 'overflows'],
    ['Overflows after every storm', 'overflows'],
    ['Overflowing manhole by the school', 'overflows'],
    ['Sewage in the creek behind the park', 'overflows'],
    ['Spill at the lift station', 'overflows'],
    ['Slow drain in the kitchen', 'sewer'],
    ['Wastewater plant question', 'sewer'],
  ])('reads “%s” as %s', (text, topic) => {
    expect(suggestTopic(text, 'wastewater')).toBe(topic);
  });

  it.each([
    ['Huele muy feo la laguna', 'odor'],
    ['Mal olor en la calle', 'odor'],
    ['Olores de la planta todas las noches', 'odor'],
    ['Apesta la laguna', 'odor'],
    ['Hay peste cerca del registro', 'odor'],
    ['Un hedor terrible', 'odor'],
    ['El drenaje está tapado', 'backups'],
    ['Drenaje tapado otra vez', 'backups'],
    ['Se regresó el drenaje en el baño', 'backups'],
    ['Aguas negras en la casa', 'backups'],
    ['Derrame en la esquina', 'overflows'],
    ['Desbordamiento del registro', 'overflows'],
    ['Se desbordó el pozo de visita', 'overflows'],
    ['Aguas negras en la calle', 'overflows'],
    ['Pregunta sobre el alcantarillado', 'sewer'],
  ])('reads the Spanish “%s” as %s', (text, topic) => {
    expect(suggestTopic(text, 'wastewater')).toBe(topic);
  });

  it('never suggests water quality or pressure', () => {
    expect(suggestTopic('The water smells of rotten eggs', 'wastewater')).toBe('odor');
    expect(suggestTopic('Dirty brown water', 'wastewater')).toBe('other');
    expect(suggestTopic('Baja presión', 'wastewater')).toBe('other');
  });

  it('still suggests the topics both services share', () => {
    expect(suggestTopic('High bill, rates went up', 'wastewater')).toBe('billing');
    expect(suggestTopic('Nobody called back', 'wastewater')).toBe('response');
  });
});

describe('suggestTopic for a water system', () => {
  it('reads every smell as water quality and never suggests a sewer topic', () => {
    expect(suggestTopic('The water smells of rotten eggs', 'water')).toBe('water-quality');
    expect(suggestTopic('The lagoon stinks', 'water')).toBe('water-quality');
    expect(suggestTopic('Huele muy feo', 'water')).toBe('water-quality');
    expect(suggestTopic('Derrame en la esquina', 'water')).toBe('leaks');
  });

  it.each(['Sewer backup in the basement', 'Overflowing manhole', 'El drenaje está tapado'])(
    'suggests no sewer topic for “%s”',
    (text) => {
      expect(suggestTopic(text, 'water')).toBe('other');
    },
  );
});

describe('suggestTopic before step 1 says which services the utility runs', () => {
  it.each<[string, SystemType | null]>([
    ['The lagoon stinks', null],
    ['Sewer backup in the basement', null],
  ])('offers the sewer topics for “%s”, as for both', (text) => {
    expect(suggestTopic(text, null)).toBe(suggestTopic(text, 'both'));
    expect(['odor', 'backups']).toContain(suggestTopic(text, null));
  });
});
