import { notifications } from '@mantine/notifications';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { AgreementState } from '@shared/domain/agreement-version';
import { useApi } from '../api/api-context';
import { useOtherWindows } from '../api/use-other-windows';
import { useText, type Text } from '../i18n/use-text';

/** What the wizard knows of the agreement and does to it. */
export interface AgreementShell {
  agreement: AgreementState;
  /** True once the board approved this revision: every earlier step is read-only. */
  frozen: boolean;
  /** Copies the approved agreement into a new draft and reloads the step on screen. */
  startNewRevision: () => Promise<void>;
  /** The approval step reports an approval here, so every step knows at once. */
  onAgreementChanged: (agreement: AgreementState) => void;
}

export interface AgreementStatus extends AgreementShell {
  /**
   * When (performance.now()) this window learned that another window approved the revision,
   * or null. A step loaded before then may show less than was approved, so it offers Reload.
   */
  approvedInOtherWindowAt: number | null;
  /** Reads the agreement's state again, after a save was refused as frozen, say. */
  recheck: () => void;
}

const draft: AgreementStatus = {
  agreement: { revision: 1, status: 'draft' },
  frozen: false,
  startNewRevision: () => Promise.resolve(),
  onAgreementChanged: () => undefined,
  approvedInOtherWindowAt: null,
  recheck: () => undefined,
};

const AgreementContext = createContext<AgreementStatus>(draft);

/** Only these change the agreement's revision or status. */
const agreementMethods = new Set([
  'approval:approve',
  'approval:newRevision',
  'annual:startRevision',
]);

/**
 * Shares the agreement's state with every step, and keeps it in step with the app's other
 * windows: an approval or a new revision there reaches this window at once.
 */
export function AgreementProvider(props: { value: AgreementShell; children: ReactNode }) {
  const api = useApi();
  const text = useText();
  const [approvedInOtherWindowAt, setApprovedAt] = useState<number | null>(null);
  const latest = useRef(props.value);
  useEffect(() => {
    latest.current = props.value;
  });

  const recheck = useCallback(() => {
    void api['approval:get']().then((result) => {
      if (!result.ok) return;
      const fresh = result.value.agreement;
      const known = latest.current.agreement;
      if (fresh.revision === known.revision && fresh.status === known.status) return;
      setApprovedAt(fresh.status === 'approved' ? performance.now() : null);
      latest.current.onAgreementChanged(fresh);
      tellOfChangeElsewhere(text, fresh);
    });
  }, [api, text]);

  useOtherWindows((news) => {
    if (news.kind === 'back' || agreementMethods.has(news.method)) recheck();
  });

  const value = { ...props.value, approvedInOtherWindowAt, recheck };
  return <AgreementContext.Provider value={value}>{props.children}</AgreementContext.Provider>;
}

/**
 * Said in a toast as well as in the notice at the top of the step: a person typing far down
 * the page would otherwise see only that the fields stopped taking text.
 */
function tellOfChangeElsewhere(text: Text, { revision, status }: AgreementState) {
  notifications.show({
    id: 'agreement-changed-elsewhere',
    color: 'blue',
    autoClose: false,
    title: text(status === 'approved' ? 'form.elsewhere.approved' : 'form.elsewhere.started', {
      revision,
    }),
    message: text(status === 'approved' ? 'form.elsewhere.readOnly' : 'form.elsewhere.newDraft'),
  });
}

/** Whether the working copy is approved and frozen; a step shown on its own sees a draft. */
export function useAgreement(): AgreementStatus {
  return useContext(AgreementContext);
}
