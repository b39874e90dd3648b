import type { VoteChoice } from '../domain/approval';
import type { MeasureFrequency } from '../domain/goal';
import type { Language } from '../domain/printed-date';
import { boardOfficeTitles } from '../domain/utility';
import type { BoardOffice, GoalSettingApproach, SystemType } from '../domain/utility';

/** The agreement's shared terms: each section that names a vote, an office or a frequency. */
export interface AgreementTerms {
  systemType: Record<SystemType, string>;
  vote: Record<VoteChoice, string>;
  /** Short enough for a table column. */
  frequency: Record<MeasureFrequency, string>;
  goalSetting: Record<GoalSettingApproach, string>;
  office: Record<BoardOffice, string>;
}

/**
 * In Spanish, the offices take the masculine form as a title does on a letterhead, whoever
 * holds them; "vocal" is the usual name of a board member without an office.
 */
export const agreementTerms: Record<Language, AgreementTerms> = {
  en: {
    systemType: {
      water: 'Drinking water system',
      wastewater: 'Wastewater system',
      both: 'Drinking water and wastewater system',
    },
    vote: { aye: 'Aye', nay: 'Nay', abstain: 'Abstained', absent: 'Absent' },
    frequency: {
      continuous: 'Continuously',
      daily: 'Daily',
      weekly: 'Weekly',
      monthly: 'Monthly',
      quarterly: 'Quarterly',
      yearly: 'Yearly',
      'every-2-3-years': 'Every 2–3 years',
      'each-event': 'Each event',
    },
    goalSetting: {
      'president-with-operator':
        'The board president and the operator drafted the goals; the whole board reviewed and approved them.',
      'board-with-operator':
        'The whole board drafted the goals together at its meetings, with advice from the operator.',
      'cross-section':
        'A team drawn from every level of the utility — board members, management and operators — drafted the goals so that they are realistic; the board approved them.',
    },
    office: boardOfficeTitles,
  },
  es: {
    systemType: {
      water: 'Sistema de agua potable',
      wastewater: 'Sistema de drenaje',
      both: 'Sistema de agua potable y drenaje',
    },
    vote: { aye: 'A favor', nay: 'En contra', abstain: 'Se abstuvo', absent: 'Ausente' },
    frequency: {
      continuous: 'Continuamente',
      daily: 'A diario',
      weekly: 'Cada semana',
      monthly: 'Cada mes',
      quarterly: 'Cada trimestre',
      yearly: 'Cada año',
      'every-2-3-years': 'Cada 2–3 años',
      'each-event': 'En cada caso',
    },
    goalSetting: {
      'president-with-operator':
        'El presidente de la mesa directiva y el operador redactaron las metas; toda la mesa directiva las revisó y aprobó.',
      'board-with-operator':
        'Toda la mesa directiva redactó las metas en sus reuniones, con el consejo del operador.',
      'cross-section':
        'Un equipo con gente de todos los niveles del sistema —miembros de la mesa directiva, administración y operadores— redactó las metas para que fueran realistas; la mesa directiva las aprobó.',
    },
    office: {
      president: 'Presidente',
      'vice-president': 'Vicepresidente',
      secretary: 'Secretario',
      treasurer: 'Tesorero',
      member: 'Vocal',
    },
  },
};

// The English words under their former names, for the screens and the spreadsheet.
export const systemTypeWords = agreementTerms.en.systemType;
export const voteWords = agreementTerms.en.vote;
export const frequencyWords = agreementTerms.en.frequency;
export const goalSettingWords = agreementTerms.en.goalSetting;
