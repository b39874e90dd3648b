import { plural } from '../domain/numbers/plural';
import {
  assetCapabilities,
  type AssetCapability,
  type CapabilityAnswer,
  type Scope,
} from '../domain/scope';

/** What each answer about the drinking-water system means for the promises, in the board's voice. */
export const assetWords: Record<AssetCapability, Record<CapabilityAnswer, string>> = {
  fireHydrants: {
    yes: 'The system has fire hydrants and can deliver fire flow.',
    no: 'The system has no fire hydrants and cannot deliver fire flow; fire protection is not part of this agreement.',
    unknown: 'Whether the system can deliver fire flow has not been confirmed.',
  },
  backupSource: {
    yes: 'The system has a backup water source.',
    no: 'The system has a single source of water and no backup source.',
    unknown: 'Whether a backup water source is available has not been confirmed.',
  },
  storage: {
    yes: 'The system has storage to carry customers through short outages.',
    no: 'The system has no storage tank; an outage at the source reaches customers at once.',
    unknown: 'Whether storage is available has not been confirmed.',
  },
  backupPower: {
    yes: 'The system has backup power for its wells and pumps.',
    no: 'The system has no backup power for its wells and pumps; a power failure can stop the water.',
    unknown: 'Whether the wells and pumps have backup power has not been confirmed.',
  },
};

/** Page 1's sentences about the drinking-water system, one per question step 2 asks. */
export function waterSentences(scope: Scope): string[] {
  return assetCapabilities.map((asset) => {
    const sentence = assetWords[asset][scope.assets[asset]];
    if (asset === 'storage' && scope.assets.storage === 'yes' && scope.storageGallons !== null) {
      return `${sentence} It holds about ${plural(scope.storageGallons, 'gallon')}.`;
    }
    return sentence;
  });
}
