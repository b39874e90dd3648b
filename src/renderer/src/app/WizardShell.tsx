import { AppShell, Box, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useEffect, useRef, useState } from 'react';
import type { AppStatus, Notice } from '@shared/api/setup-contract';
import type { AgreementState } from '@shared/domain/agreement-version';
import type { Language } from '@shared/domain/printed-date';
import type { UtilityProfile } from '@shared/domain/utility';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../api/api-context';
import { AgreementProvider } from '../form-kit/agreement-context';
import { blockedMessage, firstBlocked } from '../form-kit/blocked-messages';
import type { LibraryRequest } from '../features/library/library-request';
import { showSwitchNotice } from '../features/library/finish-switch';
import { CurrentStep } from './CurrentStep';
import { ExampleBanner } from '../features/library/ExampleMarks';
import { ExampleInvite } from '../features/library/ExampleInvite';
import { rememberStep } from './last-step';
import type { Versioned } from '../form-kit/autosaver';
import { useFlushRegistry } from '../form-kit/flush-registry';
import type { PreloadedRecord } from '../form-kit/use-record';
import { StartupNotices } from './StartupNotices';
import { stepNameIn } from '../form-kit/step-titles';
import { useText } from '../i18n/use-text';
import { StepMenu } from './StepMenu';
import { OverviewView } from './OverviewView';
import { hasApprovedRevision, openingScreen, type ShellScreen } from './shell-screen';
import { rememberOpened } from './start-screen';
import { StepperNav } from './StepperNav';
import { useMenuCommands } from './use-menu-commands';
import { useChooseLanguage } from '../i18n/use-choose-language';
import { useSmallScreen } from './use-small-screen';
import { UtilitiesView } from './UtilitiesView';
import { WizardFooter } from './WizardFooter';
import { WizardHeader } from './WizardHeader';

/** What the wizard opens with: the step the user left, the utility's record and start-up notices. */
export interface WizardStart {
  step: WizardStep;
  /** The utility's saved record, for the header's name and for step 1 if it opens there. */
  utility: PreloadedRecord<Versioned<UtilityProfile>>;
  notices: Notice[];
  /** The language main said the notices in. */
  noticesLanguage: Language;
  agreement: AgreementState;
  /** The utility this window works on, and how many are kept on this computer. */
  library: AppStatus['utility'];
  /** The language chosen on this computer, or null: the app follows the computer's. */
  language: AppStatus['language'];
}

export function WizardShell({ start }: { start: WizardStart }) {
  const api = useApi();
  const registry = useFlushRegistry();
  const [step, setStep] = useState<WizardStep>(start.step);
  const [utilityName, setUtilityName] = useState(start.utility.record.value.name);
  const [moved, setMoved] = useState(false);
  const [moving, setMoving] = useState(false);
  // The utilities screen or the overview stands in for the steps (shell-screen.ts).
  const [screen, setScreen] = useState<ShellScreen>(() =>
    openingScreen(start.agreement, start.library.count),
  );
  const [request, setRequest] = useState<LibraryRequest | null>(null);
  const requests = useRef(0);
  // Set by the review step's "Go to this goal": the goals step opens that goal's editor.
  const [goalToOpen, setGoalToOpen] = useState<string | null>(null);
  const [agreement, setAgreement] = useState<AgreementState>(start.agreement);
  // Raised by "Start a new revision", so the step on screen loads the new draft.
  const [generation, setGeneration] = useState(0);
  const small = useSmallScreen();
  const text = useText();
  const chooseLanguage = useChooseLanguage();
  useEffect(() => rememberStep(step), [step]);
  useEffect(() => {
    rememberOpened();
    showSwitchNotice();
  }, []);
  const index = wizardSteps.indexOf(step);
  const previous = wizardSteps[index - 1];
  const next = wizardSteps[index + 1];

  /** Saves what the step on screen holds; false, and says why, when it cannot be left yet. */
  async function leaveStep(): Promise<boolean> {
    setMoving(true);
    const statuses = (await registry?.flushAll()) ?? [];
    setMoving(false);
    const blocked = firstBlocked(statuses);
    if (!blocked) return true;
    notifications.show({
      color: 'red',
      title: text('app.stillOnStep'),
      message: blockedMessage(text, blocked.kind),
    });
    return false;
  }

  async function goTo(target: WizardStep | undefined, openGoal: string | null = null) {
    if (!target || (target === step && screen === 'steps') || moving) return;
    if (!(await leaveStep())) return;
    setGoalToOpen(openGoal);
    setStep(target);
    setScreen('steps');
    setMoved(true);
    window.scrollTo({ top: 0 });
    const result = await api['wizard:setStep']({ currentStep: target });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: text('app.stepNotRemembered'),
        message: result.error.message,
      });
    }
  }

  async function openUtilities(command: LibraryRequest['command'] | null = null) {
    if (moving || !(await leaveStep())) return;
    requests.current += 1;
    setRequest(command ? { command, serial: requests.current } : null);
    setScreen('utilities');
    window.scrollTo({ top: 0 });
  }

  async function openOverview() {
    if (screen === 'overview' || moving || !(await leaveStep())) return;
    setScreen('overview');
    // Drawn afresh, it takes the focus; a step shown after it reads its record again.
    setMoved(true);
    window.scrollTo({ top: 0 });
  }

  function continueWithSteps() {
    setScreen('steps');
    // The step is drawn afresh: it reads its record again and takes the focus.
    setMoved(true);
    window.scrollTo({ top: 0 });
  }

  useMenuCommands((command) => {
    // The export actions live on the last step; the language is the header's switch; everything
    // else is on the utilities screen.
    if (command === 'export') void goTo('signed-agreement');
    else if (command === 'language-en' || command === 'language-es') {
      void chooseLanguage(command === 'language-en' ? 'en' : 'es');
    } else void openUtilities(command === 'utilities' ? null : command);
  });

  async function startNewRevision() {
    const result = await api['approval:newRevision']();
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: text('app.newRevisionFailed'),
        message: result.error.message,
      });
      return;
    }
    setAgreement(result.value.agreement);
    setGeneration((previous) => previous + 1);
    notifications.show({
      title: text('app.revisionStarted', { revision: result.value.agreement.revision }),
      message: text('app.revisionStarted.body', { step: stepNameIn(text, 'approval') }),
    });
  }

  const agreementStatus = {
    agreement,
    frozen: agreement.status === 'approved',
    startNewRevision,
    onAgreementChanged: setAgreement,
  };

  const onSteps = screen === 'steps';
  const header = {
    utilityName,
    agreement,
    example: start.library.example,
    onOpenUtilities: () => void openUtilities(),
    overview: hasApprovedRevision(agreement)
      ? { current: screen === 'overview', onOpen: () => void openOverview() }
      : null,
  };

  return (
    <AgreementProvider value={agreementStatus}>
      <AppShell
        header={small ? undefined : { height: 64 }}
        // The utilities screen and the overview have no Back and Next: neither is a step.
        footer={onSteps ? { height: small ? 64 : 76 } : undefined}
        padding={small ? 'md' : 'lg'}
      >
        {small ? (
          // Not fixed: on a small screen it scrolls away and leaves the window to the work.
          <Box
            component="header"
            px="md"
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <WizardHeader {...header} small>
              <StepMenu
                step={step}
                onStep={screen !== 'overview'}
                onGoTo={(target) => void goTo(target)}
              />
            </WizardHeader>
          </Box>
        ) : (
          <AppShell.Header px="lg">
            <WizardHeader {...header} small={false} />
          </AppShell.Header>
        )}
        <AppShell.Main>
          <Stack gap={small ? 'lg' : 'xl'} maw={1280} mx="auto" pb="xl">
            {start.library.example && (
              <ExampleBanner
                onOpenUtilities={
                  onSteps || screen === 'overview' ? () => void openUtilities() : null
                }
              />
            )}
            <StartupNotices notices={start.notices} language={start.noticesLanguage} />
            {onSteps && step === 'utility' && !start.library.example && utilityName === '' && (
              <ExampleInvite />
            )}
            {onSteps ? (
              <>
                {!small && <StepperNav step={step} onGoTo={(target) => void goTo(target)} />}
                <Fragment key={generation}>
                  <CurrentStep
                    step={step}
                    // Step 1 shown where the app opened needs no second read of the same record.
                    openingUtility={moved || generation > 0 ? null : start.utility}
                    focusOnShow={moved}
                    goalToOpen={goalToOpen}
                    onNameSaved={setUtilityName}
                    onGoTo={(target, openGoal) => void goTo(target, openGoal)}
                  />
                </Fragment>
              </>
            ) : screen === 'utilities' ? (
              <UtilitiesView
                openName={utilityName}
                request={request}
                onContinue={continueWithSteps}
              />
            ) : (
              <OverviewView
                focusOnShow={moved}
                onOpenSteps={continueWithSteps}
                onOpenReview={() => void goTo('review')}
              />
            )}
          </Stack>
        </AppShell.Main>
        {onSteps && (
          <AppShell.Footer px={small ? 'md' : 'lg'}>
            <WizardFooter
              previous={previous}
              next={next}
              moving={moving}
              small={small}
              onGoTo={(target) => void goTo(target)}
            />
          </AppShell.Footer>
        )}
      </AppShell>
    </AgreementProvider>
  );
}
