import type { AssetCapability, Scope } from '@shared/domain/scope';
import type { SewerSystem } from '@shared/domain/sewer-system';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';
import type { Text } from '../../i18n/use-text';

type SewerNumber = 'milesOfSewer' | 'liftStations' | 'liftStationsWithBackupPower';

/** The sewer answers as the form holds them: the counts and miles may be half-typed text. */
export type SewerDraft = Omit<SewerSystem, SewerNumber> & Record<SewerNumber, NumberDraft>;

/** Step 2 as the form holds it: like the scope, but its numbers may be half-typed text. */
export type ScopeDraft = Omit<Scope, 'storageGallons' | 'sewer'> & {
  storageGallons: NumberDraft;
  sewer: SewerDraft;
};

export function scopeToDraft(scope: Scope): ScopeDraft {
  return structuredClone(scope);
}

export function scopeDraftToInput(draft: ScopeDraft): unknown {
  const { sewer } = draft;
  return {
    ...draft,
    storageGallons: numberFromDraft(draft.storageGallons),
    sewer: {
      ...sewer,
      milesOfSewer: numberFromDraft(sewer.milesOfSewer),
      liftStations: numberFromDraft(sewer.liftStations),
      liftStationsWithBackupPower: numberFromDraft(sewer.liftStationsWithBackupPower),
    },
  };
}

/** A typed count as a number, or null while it is empty or not yet a number. */
export function draftCount(value: NumberDraft): number | null {
  const number = numberFromDraft(value);
  return typeof number === 'number' ? number : null;
}

/** The sewer answers with every count read, for the words shown back and the limit sentences. */
export function sewerFromDraft(sewer: SewerDraft): SewerSystem {
  return {
    ...sewer,
    milesOfSewer: draftCount(sewer.milesOfSewer),
    liftStations: draftCount(sewer.liftStations),
    liftStationsWithBackupPower: draftCount(sewer.liftStationsWithBackupPower),
  };
}

export interface AssetQuestion {
  question: string;
  why: string;
  /** What a "no" means for the agreement (DOMAIN.md section 1: promises within the assets). */
  ifNo: string;
  /** A sentence for "what our system cannot do" when the answer is no. */
  limit: string;
}

/** One of the drinking-water system's questions, asked when the utility runs water. */
export function assetQuestion(text: Text, asset: AssetCapability): AssetQuestion {
  return {
    question: text(`scope.asset.${asset}.question`),
    why: text(`scope.asset.${asset}.why`),
    ifNo: text(`scope.asset.${asset}.ifNo`),
    limit: text(`scope.asset.${asset}.limit`),
  };
}
