import { Fieldset, Stack, Textarea } from '@mantine/core';
import { suggestTopic } from '@shared/domain/customers/suggest-topic';
import type { SystemType } from '@shared/domain/utility';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { questionLegendStyles } from './CardQuestionFields';
import { entryOptions, topicOptions, type EntryDraft } from './entry-draft';
import { KeyedChoice } from './KeyedChoice';
import { topicHint } from './topic-hint';

interface CommentFieldsProps {
  /** The card's last question, numbered as printed. */
  label: string;
  draft: EntryDraft;
  set: (change: Partial<EntryDraft>) => void;
  systemType: SystemType | null;
  /** Whether the user picked the topic; until then it follows what was said. */
  topicChosen: boolean;
  onTopicChosen: () => void;
}

/**
 * "What else should the board know?": what was written, the topic it is about and how strongly
 * it was felt. Enter saves the card from here as from anywhere on it.
 */
export function CommentFields(props: CommentFieldsProps) {
  const { label, draft, set, systemType, topicChosen, onTopicChosen } = props;
  const text = useText();
  const language = useScreenLanguage();
  return (
    <div data-card-question="comments">
      <Fieldset legend={label} variant="unstyled" styles={questionLegendStyles}>
        <Stack gap="md">
          <Textarea
            label={text('customers.entry.said')}
            description={text('customers.entry.saidHint')}
            autosize
            minRows={2}
            maxRows={6}
            value={draft.said}
            onChange={(event) => {
              const said = event.currentTarget.value;
              set(topicChosen ? { said } : { said, topic: suggestTopic(said, systemType) });
            }}
          />
          <KeyedChoice
            label={text('customers.entry.topic')}
            description={topicHint(text, {
              topic: draft.topic,
              suggested: !topicChosen,
              systemType,
            })}
            options={topicOptions(text, systemType, draft.topic)}
            value={draft.topic}
            columns={4}
            onChange={(topic) => {
              onTopicChosen();
              set({ topic });
            }}
          />
          <KeyedChoice
            label={text('customers.entry.strength')}
            options={entryOptions(text, language).strength}
            value={draft.strength}
            onChange={(strength) => set({ strength })}
          />
        </Stack>
      </Fieldset>
    </div>
  );
}
