import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
} from '@shared/domain/customers/answer-words';
import type { EvidenceRef } from '@shared/domain/customers/evidence';
import { tallyFeedback } from '@shared/domain/customers/tally-feedback';
import { runsSewer, runsWater, type SystemType } from '@shared/domain/utility';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import type { CardLine } from './card-entry-options';
import { CardAnswersSection } from './CardAnswersSection';
import { ChartFigure } from './ChartFigure';
import { answerTitle } from './customer-words';
import { EvidenceLinks } from './EvidenceLinks';
import { EvidenceSources } from './EvidenceSources';
import {
  cleanupWords,
  methodWords,
  noticeWords,
  outageWords,
  overflowNoticeWords,
  payWords,
  satisfactionWords,
  topicWords,
} from './tally-words';
import type { CustomerRecordsState } from './use-customer-records';

interface WhatWeHeardSectionProps {
  state: CustomerRecordsState;
  /** Step 1's, for the complaint topics the agreement covers and the service questions asked. */
  systemType: SystemType | null;
  /** The importance question's lines, as the printed card has them. */
  importance: readonly CardLine[];
  frozen: boolean;
  onUseAsEvidence: (ref: EvidenceRef) => void;
  onGoTo: (step: WizardStep) => void;
}

/** "What we heard": the tallies as charts and in words, and what each external goal rests on. */
export function WhatWeHeardSection(props: WhatWeHeardSectionProps) {
  const { state, systemType, importance, frozen, onUseAsEvidence, onGoTo } = props;
  const { outreaches, entries } = state.records;
  const tally = useMemo(() => tallyFeedback({ outreaches, entries }), [outreaches, entries]);
  const text = useText();
  const language = useScreenLanguage();
  const words = { text, language };

  return (
    <Stack gap="lg">
      <Text fw={600} size="lg">
        {tally.entries === 0
          ? text('customers.heard.none')
          : text('customers.heard.total', {
              cards: tally.entries,
              outreaches: outreaches.length,
            })}
      </Text>
      {tally.entries > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ChartFigure
            title={text('customers.chart.topics')}
            across
            words={topicWords(words, tally)}
            data={tally.byTopic.map(({ topic, count }) => ({
              label: text(`evidence.topic.${topic}`),
              count,
            }))}
          />
          <ChartFigure
            title={text('customers.chart.methods')}
            across
            color="teal.8"
            words={methodWords(words, tally, outreaches)}
            data={tally.byMethod.map(({ method, entries: count }) => ({
              label: text(`evidence.method.${method}`),
              count,
            }))}
          />
          <ChartFigure
            title={text('customers.chart.satisfaction')}
            color="grape.8"
            words={[satisfactionWords(words, tally)]}
            data={tally.satisfaction.distribution.map((count, index) => ({
              label: String(index + 1),
              count,
            }))}
          />
          {runsWater(systemType) && (
            <>
              <ChartFigure
                title={text('customers.chart.outage')}
                color="orange.8"
                words={[outageWords(words, tally)]}
                data={tally.outage.distribution.map(({ hours, count }) => ({
                  label: answerTitle(outageHourWords, hours, language),
                  count,
                }))}
              />
              <ChartFigure
                title={text('customers.chart.notice')}
                color="cyan.8"
                words={[noticeWords(words, tally)]}
                data={tally.notice.distribution.map(({ days, count }) => ({
                  label: answerTitle(noticeDayWords, days, language),
                  count,
                }))}
              />
            </>
          )}
          {runsSewer(systemType) && (
            <>
              <ChartFigure
                title={text('customers.chart.cleanup')}
                color="orange.8"
                words={[cleanupWords(words, tally)]}
                data={tally.cleanup.distribution.map(({ hours, count }) => ({
                  label: answerTitle(cleanupHourWords, hours, language),
                  count,
                }))}
              />
              <ChartFigure
                title={text('customers.chart.overflowNotice')}
                color="cyan.8"
                words={[overflowNoticeWords(words, tally)]}
                data={tally.overflowNotice.distribution.map(({ hours, count }) => ({
                  label: answerTitle(overflowNoticeHourWords, hours, language),
                  count,
                }))}
              />
            </>
          )}
          <ChartFigure
            title={text('customers.chart.pay')}
            color="green.8"
            words={[payWords(words, tally)]}
            data={tally.pay.distribution.map(({ choice, count }) => ({
              label: text(`customers.pay.${choice}`),
              count,
            }))}
          />
        </SimpleGrid>
      )}
      {tally.entries > 0 && (
        <CardAnswersSection
          entries={entries}
          tally={tally}
          systemType={systemType}
          importance={importance}
        />
      )}
      <EvidenceSources
        tally={tally}
        context={{ records: state.records, complaints: state.complaints }}
        systemType={systemType}
        frozen={frozen}
        onUseAsEvidence={onUseAsEvidence}
      />
      <EvidenceLinks state={state} frozen={frozen} onGoTo={onGoTo} />
    </Stack>
  );
}
