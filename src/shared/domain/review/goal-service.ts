import type { GoalFields } from '../goal';
import type { GoalTemplate } from '../goal-template';
import { regulatoryFloors } from '../regulatory-floors';
import type { AssetCapability } from '../scope';
import type { SystemType } from '../utility';
import { needWords, wordsOf, type GoalWords } from './needed-equipment';

/** The service a goal is about, when its words, floor, equipment or library goal say. */
export type Service = 'sewer' | 'water';

// "water" as drinking water: not the end of "wastewater", nor waste, ground or storm water.
const water = String.raw`(?<!(?:waste|ground|storm|rain)[\s-]?)\bwater`;

/**
 * Words that give away a drinking-water promise, in English and Spanish (boards type both).
 * "Wells" need a word before them so that "as well" and "a well-run system" do not count, and
 * a Spanish "pozo" is a manhole ("pozo de visita") or a lift station's wet well, not a well.
 */
const drinkingWaterWords = new RegExp(
  [
    String.raw`drinking[\s-]+water|potable|\bsafe\s+to\s+drink|agua\s+para\s+beber`,
    String.raw`boil[\s-]+(?:water|notices?|orders?|advisor(?:y|ies))|hervir`,
    // The equipment words the capability check reads too, then their Spanish.
    needWords.fireHydrants.source,
    needWords.backupSource.source,
    String.raw`hidrante|(?:flujo|caudal)\s+(?:contra|para)\s+incendios`,
    String.raw`\b(?:the|each|every|our|all|a|one|two|three|new|main|backup)\s+wells?(?![\w-])|\bwell\s+(?:pumps?|house|field)`,
    String.raw`pozos?(?!\s+(?:de\s+)?(?:visita|registro|bombeo|inspecci|h[uú]medo))|fuente\s+(?:de\s+agua\s+)?(?:alterna|de\s+respaldo)`,
    String.raw`${water}\s+(?:storage|tanks?|towers?)|storage\s+tanks?|elevated\s+tanks?|standpipe|tanques?\s+de\s+(?:almacenamiento|agua)`,
    String.raw`${water}\s+(?:loss|lost|mains?|leaks?|lines?)\b|non[\s-]revenue\s+water|unaccounted[\s-]for\s+water|leak\s+detection`,
    String.raw`p[eé]rdidas?\s+de\s+agua|agua\s+no\s+facturada|fugas?\s+de\s+agua|detecci[oó]n\s+de\s+fugas|(?:tuber[ií]as?|l[ií]neas?)\s+de\s+agua`,
    String.raw`\btastes?\b|\bhardness|\bhard\s+water|\bsabor|\bdureza|agua\s+dura`,
    String.raw`backflow|cross[\s-]connections?|contraflujo|conexi[oó]n(?:es)?\s+cruzadas?`,
    String.raw`consumer\s+confidence|${water}[\s-]quality\s+reports?|calidad\s+del\s+agua|lead\s+service\s+lines?`,
    String.raw`\bshut-?offs?\b|cortes?\s+de\s+agua|${water}\s+(?:is\s+)?back\s+on|${water}\s+(?:conservation|saving)`,
  ].join('|'),
  'i',
);

/** Pressure is the drinking-water promise, except where the words are about force mains. */
const pressureWords = /\bpsi\b|\bpressures?\b|presi[oó]n/i;
const sewerPressureWords =
  /force[\s-]*mains?|pressure\s+sewers?|(?:l[ií]neas?|tuber[ií]as?)\s+de\s+impulsi[oó]n|alcantarillado\s+a\s+presi[oó]n/i;

/**
 * Words that give away a sewer promise. An overflow at a storage tank is water's; a "backup"
 * alone is too (backup power, a backup well), so only a backup into homes or basements counts.
 */
const sewerWords = new RegExp(
  [
    String.raw`sewer|sewage|wastewater|waste\s+water|septic|lift\s+stations?|manholes?|effluent|lagoons?|wet\s+wells?`,
    String.raw`\bSSOs?\b|(?<!tanks?\s)overflows?|inflow\s+and\s+infiltration|\bI\s*[&/]\s*I\b|discharge\s+permits?|\bNPDES\b|grease\s+(?:traps?|interceptors?)`,
    String.raw`back[\s-]?ups?\s+(?:into|in)\s+(?:homes?|houses?|basements?)|basement\s+back[\s-]?ups?`,
    String.raw`drenaje|alcantarill|aguas?\s+(?:residuales|negras|servidas)|desbord|estaci[oó]n(?:es)?\s+elevadoras?|pozos?\s+de\s+(?:visita|registro)`,
    String.raw`lagunas?|efluente|permisos?\s+de\s+descarga|s[eé]ptic`,
  ].join('|'),
  'i',
);

/** The drinking-water equipment step 2 asks about; a sewer district has none of it. */
const waterAssets: readonly AssetCapability[] = ['fireHydrants', 'backupSource', 'storage'];

/** The services a goal's words speak of: "backup power at the lift stations" is sewer. */
export function spokenServices(goal: GoalWords): Set<Service> {
  const text = wordsOf(goal);
  const spoken = new Set<Service>();
  if (sewerWords.test(text) || sewerPressureWords.test(text)) spoken.add('sewer');
  if (drinkingWaterWords.test(text)) spoken.add('water');
  else if (pressureWords.test(text) && !sewerPressureWords.test(text)) spoken.add('water');
  return spoken;
}

const templateService: Record<GoalTemplate['systems'], Service | null> = {
  water: 'water',
  wastewater: 'sewer',
  both: null,
};

export type ServiceFields = GoalWords & Pick<GoalFields, 'floor' | 'needsAsset' | 'templateId'>;

/**
 * The service a goal is about when the utility does not provide it: drinking water in a
 * sewer-only agreement ("Minimum pressure 20 psi", a pressure floor, a hydrant), sewers in a
 * water-only one. Null when it fits, when the goal says nothing either way, and while step 1
 * does not say which system it is. The library goal it started from counts unless its words
 * now speak of the utility's own service: a board may have rewritten it to fit.
 */
export function foreignService(
  goal: ServiceFields,
  systemType: SystemType | null,
  templates: readonly Pick<GoalTemplate, 'id' | 'systems'>[],
): Service | null {
  if (systemType !== 'water' && systemType !== 'wastewater') return null;
  const foreign: Service = systemType === 'water' ? 'sewer' : 'water';
  const spoken = spokenServices(goal);
  if (spoken.has(foreign)) return foreign;
  if (goal.floor !== null && regulatoryFloors[goal.floor].service === foreign) return foreign;
  if (foreign === 'water' && goal.needsAsset !== null && waterAssets.includes(goal.needsAsset))
    return foreign;
  const template = templates.find((candidate) => candidate.id === goal.templateId);
  const own: Service = foreign === 'water' ? 'sewer' : 'water';
  if (template && templateService[template.systems] === foreign && !spoken.has(own)) return foreign;
  return null;
}

/** Where backup power must be for a goal: at the sewer lift stations, or the wells and pumps. */
export type PowerSite = 'lift-stations' | 'wells-and-pumps';

/**
 * Which of step 2's backup-power answers a goal rests on. A sewer district has only lift
 * stations and a water system only wells and pumps. A utility that runs both (or has not said)
 * could mean either, so the goal's words decide: sewer words ("a generator at every lift
 * station") mean the lift stations, anything else the water system's own question, as before.
 */
export function powerSiteFor(goal: GoalWords, systemType: SystemType | null): PowerSite {
  if (systemType === 'wastewater') return 'lift-stations';
  if (systemType === 'water') return 'wells-and-pumps';
  return spokenServices(goal).has('sewer') ? 'lift-stations' : 'wells-and-pumps';
}
