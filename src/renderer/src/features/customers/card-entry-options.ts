import {
  cardLists,
  contactWays,
  importanceAnswers,
  type CardProblem,
} from '@shared/domain/customers/card-questions';
import { satisfactionScores } from '@shared/domain/customers/feedback-entry';
import type { Language } from '@shared/domain/printed-date';
import type { SystemType } from '@shared/domain/utility';
import { aspectWords, cardChoiceWords } from '@shared/pdf/card-choice-words';
import { surveyCardWords } from '@shared/pdf/survey-card-words';
import type { ChoiceOption } from './KeyedChoice';

/** One line of a grid question: its stored key and the card's words for it. */
export interface CardLine {
  key: string;
  label: string;
}

/**
 * The lines and answers of the card's grid and check-box questions, in the card's words and
 * order for this utility's services: what the entry screen offers, box for box.
 */
export function cardEntryOptions(
  systemType: SystemType | null,
  language: Language,
  notAnswered: ChoiceOption,
) {
  const lists = cardLists(systemType);
  const choices = cardChoiceWords[language];
  const problems: readonly CardProblem[] = [...lists.problems, 'none'];
  const ranks = lists.priorities.map((_, index) => String(index + 1));
  return {
    aspects: lists.aspects.map((aspect) => ({
      key: aspect,
      label: aspectWords(aspect, systemType, language),
    })),
    rating: [
      ...satisfactionScores.map((score) => ({ value: String(score), label: String(score) })),
      { value: 'dont-know', label: surveyCardWords[language].dontKnow },
      notAnswered,
    ],
    problems: problems.map((problem) => ({ value: problem, label: choices.problems[problem] })),
    priorities: lists.priorities.map((priority) => ({
      key: priority,
      label: choices.priorities[priority],
    })),
    rank: [...ranks.map((rank) => ({ value: rank, label: rank })), notAnswered],
    contact: contactWays.map((way) => ({ value: way, label: choices.contact[way] })),
    importance: [
      ...importanceAnswers.map((answer) => ({ value: answer, label: choices.importance[answer] })),
      notAnswered,
    ],
  } satisfies Record<string, (ChoiceOption | CardLine)[]>;
}
