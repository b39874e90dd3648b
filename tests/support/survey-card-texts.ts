import { answersIn } from '../../src/shared/domain/customers/answer-words';
import type { Language } from '../../src/shared/domain/printed-date';
import type { SystemType } from '../../src/shared/domain/utility';
import { cardChoiceWords, cardQuestionWords } from '../../src/shared/pdf/card-choice-words';
import { surveyCardWords } from '../../src/shared/pdf/survey-card-words';

const systemTypes: SystemType[] = ['water', 'wastewater', 'both'];

/**
 * Every text of the printed survey card's questions and answers in `language`: words records
 * that follow the language on their own, which the entry screen and the tallies repeat as the
 * card prints them, so they are rightly not the catalog's.
 */
export function surveyCardTexts(language: Language): string[] {
  const choices = cardChoiceWords[language];
  return [
    ...(['outage', 'notice', 'cleanup', 'overflowNotice', 'pay'] as const).flatMap((question) =>
      answersIn[question](language, 'card'),
    ),
    ...systemTypes.flatMap((systemType) => Object.values(cardQuestionWords(systemType, language))),
    ...[
      choices.aspects,
      choices.problems,
      choices.priorities,
      choices.contact,
      choices.importance,
    ].flatMap((words) => Object.values(words)),
    choices.reliabilityOfBoth,
    ...surveyCardWords[language].scale.filter((word) => word !== ''),
    surveyCardWords[language].dontKnow,
  ];
}
