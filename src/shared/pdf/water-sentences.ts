import { countOf } from '../domain/numbers/plural';
import type { Language } from '../domain/printed-date';
import {
  assetCapabilities,
  type AssetCapability,
  type CapabilityAnswer,
  type Scope,
} from '../domain/scope';

type AssetWords = Record<AssetCapability, Record<CapabilityAnswer, string>>;

/** What each answer about the drinking-water system means for the promises, in the board's voice. */
const assetWordsIn: Record<Language, AssetWords> = {
  en: {
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
  },
  es: {
    fireHydrants: {
      yes: 'El sistema tiene hidrantes y puede dar el caudal que se necesita para apagar incendios.',
      no: 'El sistema no tiene hidrantes y no puede dar caudal para apagar incendios; la protección contra incendios no forma parte de este acuerdo.',
      unknown:
        'No se ha confirmado si el sistema puede dar el caudal que se necesita para apagar incendios.',
    },
    backupSource: {
      yes: 'El sistema tiene una fuente de agua de respaldo.',
      no: 'El sistema tiene una sola fuente de agua y ninguna de respaldo.',
      unknown: 'No se ha confirmado si hay una fuente de agua de respaldo.',
    },
    storage: {
      yes: 'El sistema tiene tanques de almacenamiento para seguir dando agua durante cortes breves.',
      no: 'El sistema no tiene tanque de almacenamiento; un corte en la fuente llega de inmediato a los clientes.',
      unknown: 'No se ha confirmado si hay almacenamiento.',
    },
    backupPower: {
      yes: 'El sistema tiene energía de respaldo para sus pozos y bombas.',
      no: 'El sistema no tiene energía de respaldo para sus pozos y bombas; un apagón puede dejar sin agua a los clientes.',
      unknown: 'No se ha confirmado si los pozos y las bombas tienen energía de respaldo.',
    },
  },
};

/** The English answers, for the screens that quote them. */
export const assetWords = assetWordsIn.en;

const holds: Record<Language, (amount: string) => string> = {
  en: (amount) => `It holds about ${amount}.`,
  es: (amount) => `Caben unos ${amount}.`,
};

const gallons = {
  en: { one: 'gallon', other: 'gallons' },
  es: { one: 'galón', other: 'galones' },
} as const;

/** Page 1's sentences about the drinking-water system, one per question step 2 asks. */
export function waterSentences(scope: Scope, language: Language = 'en'): string[] {
  return assetCapabilities.map((asset) => {
    const sentence = assetWordsIn[language][asset][scope.assets[asset]];
    if (asset === 'storage' && scope.assets.storage === 'yes' && scope.storageGallons !== null) {
      const amount = countOf(scope.storageGallons, gallons[language], language);
      return `${sentence} ${holds[language](amount)}`;
    }
    return sentence;
  });
}
