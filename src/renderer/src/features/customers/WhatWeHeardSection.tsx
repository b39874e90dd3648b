import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
} from '@shared/domain/customers/answer-words';
import type { EvidenceRef } from '@shared/domain/customers/evidence';
import { feedbackMethodTitles } from '@shared/domain/customers/feedback-plan';
import { tallyFeedback } from '@shared/domain/customers/tally-feedback';
import { runsSewer, runsWater, type SystemType } from '@shared/domain/utility';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { ChartFigure } from './ChartFigure';
import { plural } from '@shared/domain/numbers/plural';
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
import { topicTitle } from '@shared/domain/customers/topic-words';

interface WhatWeHeardSectionProps {
  state: CustomerRecordsState;
  /** Step 1's, for the complaint topics the agreement covers and the service questions asked. */
  systemType: SystemType | null;
  frozen: boolean;
  onUseAsEvidence: (ref: EvidenceRef) => void;
  onGoTo: (step: WizardStep) => void;
}

/** "What we heard": the tallies as charts and in words, and what each external goal rests on. */
export function WhatWeHeardSection(props: WhatWeHeardSectionProps) {
  const { state, systemType, frozen, onUseAsEvidence, onGoTo } = props;
  const { outreaches, entries } = state.records;
  const tally = useMemo(() => tallyFeedback({ outreaches, entries }), [outreaches, entries]);

  return (
    <Stack gap="lg">
      <Text fw={600} size="lg">
        {tally.entries === 0
          ? 'No cards typed yet. The charts fill in as you record what customers said.'
          : `${plural(tally.entries, 'card')} from ${plural(outreaches.length, 'outreach', 'outreaches')}.`}
      </Text>
      {tally.entries > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ChartFigure
            title="Comments by topic"
            across
            words={topicWords(tally)}
            data={tally.byTopic.map(({ topic, count }) => ({
              label: topicTitle(topic),
              count,
            }))}
          />
          <ChartFigure
            title="Cards by way of asking"
            across
            color="teal.8"
            words={methodWords(tally, outreaches)}
            data={tally.byMethod.map(({ method, entries: count }) => ({
              label: feedbackMethodTitles[method],
              count,
            }))}
          />
          <ChartFigure
            title="Satisfaction, 1 (very unhappy) to 5 (very happy)"
            color="grape.8"
            words={[satisfactionWords(tally)]}
            data={tally.satisfaction.distribution.map((count, index) => ({
              label: String(index + 1),
              count,
            }))}
          />
          {runsWater(systemType) && (
            <>
              <ChartFigure
                title="Acceptable outage"
                color="orange.8"
                words={[outageWords(tally)]}
                data={tally.outage.distribution.map(({ hours, count }) => ({
                  label: answerTitle(outageHourWords, hours),
                  count,
                }))}
              />
              <ChartFigure
                title="Notice wanted before a planned shutoff"
                color="cyan.8"
                words={[noticeWords(tally)]}
                data={tally.notice.distribution.map(({ days, count }) => ({
                  label: answerTitle(noticeDayWords, days),
                  count,
                }))}
              />
            </>
          )}
          {runsSewer(systemType) && (
            <>
              <ChartFigure
                title="Crew at a sewage backup within"
                color="orange.8"
                words={[cleanupWords(tally)]}
                data={tally.cleanup.distribution.map(({ hours, count }) => ({
                  label: answerTitle(cleanupHourWords, hours),
                  count,
                }))}
              />
              <ChartFigure
                title="Told of an overflow near home within"
                color="cyan.8"
                words={[overflowNoticeWords(tally)]}
                data={tally.overflowNotice.distribution.map(({ hours, count }) => ({
                  label: answerTitle(overflowNoticeHourWords, hours),
                  count,
                }))}
              />
            </>
          )}
          <ChartFigure
            title="Willing to pay for better service"
            color="green.8"
            words={[payWords(tally)]}
            data={tally.pay.distribution.map(({ choice, count }) => ({
              label: payChoiceWords[choice].label,
              count,
            }))}
          />
        </SimpleGrid>
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
