import type { Api } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { callLanguage } from '../i18n/use-call-language';
import { preloadOverview, preloadStep } from './step-code';
import type { WizardStart } from './WizardShell';

/**
 * The four reads the wizard opens with, sent together. As soon as the step the user left is
 * known, its code starts downloading, while the other answers are still on their way; the
 * wizard opens once that code is in too, so the step is drawn with the shell, not after it.
 * An approved agreement's overview code is fetched the same way.
 */
export async function readWizardStart(api: Api): Promise<Result<WizardStart>> {
  const readAt = performance.now();
  // The transports send the page's language with each call; main says the notices in it.
  const noticesLanguage = callLanguage();
  const where = api['wizard:get']();
  const code = where.then((wizard) => (wizard.ok ? preloadStep(wizard.value.currentStep) : null));
  const approvalRead = api['approval:get']();
  // An approved agreement opens on the overview (shell-screen.ts): its code comes in meanwhile.
  const overviewCode = approvalRead.then((approval) =>
    approval.ok && approval.value.agreement.status === 'approved' ? preloadOverview() : null,
  );
  const [status, wizard, utility, approval] = await Promise.all([
    api['app:status'](),
    where,
    api['utility:get'](),
    approvalRead,
    code,
    overviewCode,
  ]);
  if (!status.ok) return status;
  if (!wizard.ok) return wizard;
  if (!utility.ok) return utility;
  if (!approval.ok) return approval;
  return {
    ok: true,
    value: {
      step: wizard.value.currentStep,
      utility: { record: utility.value, loadedAt: readAt },
      notices: status.value.notices,
      noticesLanguage,
      library: status.value.utility,
      language: status.value.language,
      agreement: approval.value.agreement,
    },
  };
}
