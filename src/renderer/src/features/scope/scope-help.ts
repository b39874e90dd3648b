import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import type { StepHelp } from '../../form-kit/HelpPanel';
import { scopeWords } from './scope-words';

/** Drawn from DOMAIN.md sections 1 and 5, in the words of the service the utility runs. */
export function scopeHelp(systemType: SystemType | null): StepHelp {
  const words = scopeWords[wordedSystemType(systemType)];
  return {
    who: 'Board decides, operator answers the questions about equipment',
    points: [
      {
        heading: 'Why it matters',
        text: `Every promise in the agreement must sit between two limits: the rules the system must follow, and what ${words.equipment} can really do.`,
      },
      {
        heading: 'Start small',
        text: 'Choose three or four goal areas now. Later you will write about 10 to 12 simple goals in them; you can add more next year.',
      },
      { heading: 'An example', text: words.example },
      {
        heading: 'The mission statement',
        text: 'It comes first in the agreement. One or two plain sentences are enough.',
      },
    ],
  };
}
