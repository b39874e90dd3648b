import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';
import type { ScopeWords } from './scope-words';

/** Drawn from DOMAIN.md sections 1 and 5, in the words of the service the utility runs. */
export function scopeHelp(text: Text, words: ScopeWords): StepHelp {
  return {
    who: text('scope.help.who'),
    points: [
      {
        heading: text('scope.help.matters.heading'),
        text: text('scope.help.matters.text', { equipment: words.equipment }),
      },
      { heading: text('scope.help.small.heading'), text: text('scope.help.small.text') },
      { heading: text('scope.help.example.heading'), text: words.example },
      { heading: text('scope.help.mission.heading'), text: text('scope.help.mission.text') },
    ],
  };
}
