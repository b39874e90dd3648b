import { runsSewer, runsWater, type SystemType } from '../utility';
import type { FeedbackTopic } from './feedback-entry';
import { topicApplies } from './topic-applies';

type SuggestedTopic = Exclude<FeedbackTopic, 'other'>;

/**
 * Words people use for each topic, in English and Spanish, written for text that is lower-case,
 * without accents and with punctuation made spaces (see `plain`). Listed in tie-break order:
 * when two topics match as often, the earlier wins, so "no water since the leak" is an outage,
 * "sewer backed up" a backup and "high bill, rates went up" a billing question. Within a list,
 * a longer phrase comes before a shorter one that starts it.
 */
const topicWords: [SuggestedTopic, string][] = [
  [
    'outages',
    String.raw`
      no water(?! pressure), without water, out of water, water (?:was |is |went )?(?:off|out),
      outages?, shut ?offs?, shut (?:off|down), main breaks?, broken main, interruptions?,
      disruptions?, cut off, sin agua, no (?:hay|hubo|habia|tenemos|tengo|teniamos) agua,
      cortes? (?:de|del) (?:agua|servicio), corte, cortaron, se corto, interrupcion(?:es)?,
      suspension, ruptura, rotura
    `,
  ],
  [
    'odor',
    String.raw`
      sewer gas, gas del drenaje
    `,
  ],
  [
    'backups',
    String.raw`
      back ?ups?, backed up, backing up, backs up,
      sewage (?:in|into|on) (?:the |my |our )?(?:basement|tub|bathtub|toilet|shower|house|home|floor),
      (?:toilet|tub|bathtub|shower|floor drain)s? (?:backed|backing|backs) up,
      drenajes? (?:esta |estan |se )?(?:tapad[oa]s?|atascad[oa]s?|tapo|atasco),
      se (?:me |nos )?(?:regreso|regresa|regresaron) (?:el |los )?drenajes?,
      (?:regreso|regresa|regresaron) (?:el |los )?drenajes?,
      aguas negras (?:en|dentro de) (?:la|mi|nuestra) casa, aguas negras en el bano
    `,
  ],
  [
    'overflows',
    String.raw`
      overflow(?:ed|ing|s)?,
      sewage (?:in|on|into|running (?:in|down|into)) the (?:street|road|creek|river|ditch|yard|park),
      desbordamientos?, desbord\w*, rebals\w*,
      aguas negras (?:en|por) (?:la|el) (?:calle|arroyo|rio|patio|jardin)
    `,
  ],
  [
    'sewer',
    String.raw`
      sewers?, sewage, septic, blockages?, blocked, clog(?:ged|s)?, manholes?, lift stations?,
      slow drains?, drains?, wastewater, lagoons?, drenajes?, alcantarill\w*,
      aguas (?:negras|residuales|servidas), desagues?, tapad[oa], atascad[oa],
      (?:fosa|pozo) septic[oa], lagunas? de oxidacion
    `,
  ],
  [
    'water-quality',
    String.raw`
      water quality, brown, dirty, cloudy, murky, muddy, discolou?r\w*, colou?r(?:ed)?,
      tast(?:e|es|ed|ing|y), rust(?:y)?, chlorine,
      hard water, hardness, scale, sediment, sand(?:y)?, boil (?:water|notice|order), e ?coli,
      coliform, sick, illness, yellow, milky, particles, metallic, calidad del agua, turbi[ao],
      suci[ao], sabor, oxido, cloro, agua dura, sarro, sedimentos?, arena,
      enferm\w*, amarill[ao], cafe, marron, hervir
    `,
  ],
  [
    'pressure',
    String.raw`
      pressure, (?:low|weak|poor|little) flow, trickles?, psi, barely comes out, presion,
      poca agua, chorro, flujo, sale poca
    `,
  ],
  [
    'leaks',
    String.raw`
      leak(?:s|ing|ed|y|age)?, drip(?:s|ping)?, puddles?, wet spot, soggy, gushing,
      (?:broken|burst|busted) pipe, pipe burst,
      water (?:running )?(?:in|down) the (?:street|road|yard), fugas?, gote\w*, charcos?,
      (?:tuberia|tubo|cano) rot[oa], se sale el agua, mojad[oa]
    `,
  ],
  [
    'response',
    String.raw`
      (?:no one|nobody|never) (?:came|called|showed|answered|heard|got back),
      no (?:response|answer|reply), slow (?:response|to respond), response time, respond(?:ed|s)?,
      wait(?:ed|ing)?, took (?:days|weeks|hours|forever), call(?:ed)? back, callback, heard back,
      follow ?up, still (?:not )?(?:fixed|broken), voicemail, nadie (?:vino|llego|contesto|llamo),
      no (?:vinieron|contestan|contestaron|respondieron|responden), tardaron, tardan, tardo,
      demora\w*, esper\w*, respuesta, nunca (?:llamaron|vinieron|regresaron),
      devolvieron la llamada, seguimiento
    `,
  ],
  [
    'courtesy',
    String.raw`
      rude(?:ly|ness)?, impolite, polite, courteous, courtesy, discourteous, disrespect\w*,
      attitude, (?:un)?friendly, yell(?:ed|ing)?, hung up, manners, unprofessional, (?:un)?helpful,
      groser[oa]s?, mal ?trato, mal ?educad[oa], descortes, cortes, amable, respeto, grit\w*,
      me colgo
    `,
  ],
  [
    'billing',
    String.raw`
      bills?, billed, billing, invoices?, meter read\w*, misread, overcharg\w*, charged?, charges,
      payments?, paid, autopay, late fees?, statements?, refund, facturas?, facturacion, recibos?,
      cobro(?:s)?, cobraron, cobran, cobrar, lectura, pagos?, pague, cargos?, reembolso
    `,
  ],
  [
    'rates',
    String.raw`
      rates?, prices?, pricing, expensive, too much, afford\w*, costs?, costly, increases?, raise,
      hike, cheaper, tarifas?, precios?, car[oa]s?, costos?, cuesta, aument\w*, subieron, subir
    `,
  ],
  [
    'conservation',
    String.raw`
      conserv\w*, (?:save|saving|wasting) water, water saving, waste of water, drought, watering,
      lawns?, irrigat\w*, sprinklers?, restrictions?, rain barrels?, ahorr\w*, sequia, riego,
      regar, cesped, jardin(?:es)?, restriccion(?:es)?, desperdici\w*
    `,
  ],
];

/**
 * Words that mean one topic in drinking water and another in sewer service: a smell is water
 * quality at the tap and odor at the lagoon; a spill is a leak of water or an overflow of
 * sewage. Which one is meant follows from the services the utility runs, and for a utility
 * that runs both, from the other words in the text.
 */
const sharedWords: { water: SuggestedTopic; sewer: SuggestedTopic; words: string }[] = [
  {
    water: 'water-quality',
    sewer: 'odor',
    words: String.raw`
      smell(?:s|y|ed|ing)?, odou?rs?, stinks?, stinky, stench, foul, reeks?, fetid, rotten eggs?,
      olor(?:es)?, huele(?:n)?, apesta(?:n)?, apestos[oa], peste, hedor, fetido, huevos? podridos?
    `,
  },
  {
    water: 'leaks',
    sewer: 'overflows',
    words: String.raw`spill(?:s|ed|ing)?, derram\w*`,
  },
];

/** Words that say the text is about the sewer, or about the water from the tap. */
const contextWords = {
  sewer: String.raw`
    sewers?, sewage, septic, manholes?, lift stations?, lagoons?, wastewater, treatment plant,
    drains?, toilets?, drenajes?, alcantarill\w*, aguas (?:negras|residuales|servidas),
    lagunas?, registros?, planta de tratamiento, fosa septica, inodoros?, excusados?
  `,
  water: String.raw`
    water, tap, faucets?, drinking, shower, glass, kitchen sink, agua, llaves?, grifos?,
    regadera, vaso, tomar, beber
  `,
};

function pattern(list: string): RegExp {
  const words = list.split(',').map((word) => word.trim());
  return new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'g');
}

// One pattern per list, compiled once: a 50,000-row log asks for up to two suggestions a row.
const topicPatterns = topicWords.map(([topic, list]) => [topic, pattern(list)] as const);
const sharedPatterns = sharedWords.map((shared) => ({ ...shared, pattern: pattern(shared.words) }));
const contextPatterns = { sewer: pattern(contextWords.sewer), water: pattern(contextWords.water) };
/** The sewer topics more precise than 'sewer', which is kept for the rest of the sewer talk. */
const preciseSewerTopics: SuggestedTopic[] = ['odor', 'backups', 'overflows'];

/** Lower case, accents dropped ("presión" → "presion"), anything but letters and digits a space. */
function plain(text: string): string {
  // Most logs are plain ASCII; decomposing accents is slow, so it is skipped when there are none.
  const unaccented = /[\u0080-\uffff]/.test(text)
    ? text.normalize('NFD').replace(/\p{M}/gu, '')
    : text;
  return unaccented
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function countIn(words: string, pattern: RegExp): number {
  return words.match(pattern)?.length ?? 0;
}

/**
 * Whether a word that means a water topic or a sewer topic means the sewer one here: always for
 * a sewer district, never for a water system, and for a utility that runs both when the text
 * speaks more of the sewer than of the water ("the lagoon smells" but "the water smells").
 */
function meansSewer(words: string, systemType: SystemType | null): boolean {
  if (!runsWater(systemType)) return true;
  if (!runsSewer(systemType)) return false;
  return countIn(words, contextPatterns.sewer) > countIn(words, contextPatterns.water);
}

/**
 * The topic a complaint or comment is most likely about, from its words (English or Spanish):
 * among the topics that apply to the utility's `systemType` (step 1's), the one whose words
 * occur most often; "other" when none do. Only a suggestion: the user can change it.
 */
export function suggestTopic(text: string, systemType: SystemType | null): FeedbackTopic {
  const words = plain(text);
  if (words === '') return 'other';
  const counts = new Map<SuggestedTopic, number>();
  for (const [topic, topicPattern] of topicPatterns) {
    counts.set(topic, countIn(words, topicPattern));
  }
  for (const shared of sharedPatterns) {
    const found = countIn(words, shared.pattern);
    if (found === 0) continue;
    const topic = meansSewer(words, systemType) ? shared.sewer : shared.water;
    counts.set(topic, (counts.get(topic) ?? 0) + found);
  }
  if (preciseSewerTopics.some((topic) => (counts.get(topic) ?? 0) > 0)) counts.set('sewer', 0);
  let best: FeedbackTopic = 'other';
  let bestCount = 0;
  for (const [topic] of topicWords) {
    const count = counts.get(topic) ?? 0;
    if (count > bestCount && topicApplies(topic, systemType)) {
      best = topic;
      bestCount = count;
    }
  }
  return best;
}
