import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../../src/main/goals/template-library';
import { goalFieldsFromTemplate } from '../../../src/shared/domain/goal-template';
import { foreignService, spokenServices } from '../../../src/shared/domain/review/goal-service';

const templates = templateLibrary();
const spoken = (systems: string) =>
  templates
    .filter((template) => template.systems === systems)
    .map((template) => ({ id: template.id, spoken: [...spokenServices(template)] }));

describe('the library’s goals and the system-type check', () => {
  it('words every goal for both kinds of utility so it fits either one alone', () => {
    expect(spoken('both').filter((row) => row.spoken.length > 0)).toEqual([]);
  });

  // A drinking-water goal is known by its library entry even where its words are plain ("Our
  // meters measure water accurately"); a sewer goal's words always say sewer.
  it('words every sewer goal so that its words alone give it away', () => {
    expect(spoken('wastewater').filter((row) => row.spoken.join() !== 'sewer')).toEqual([]);
  });

  it('flags a library goal added before the system type changed', () => {
    for (const template of templates) {
      const goal = goalFieldsFromTemplate(template);
      const inWater = foreignService(goal, 'water', templates);
      const inSewer = foreignService(goal, 'wastewater', templates);
      const expected = {
        water: [null, 'water'],
        wastewater: ['sewer', null],
        both: [null, null],
      }[template.systems];
      expect([inWater, inSewer], template.id).toEqual(expected);
    }
  });
});
