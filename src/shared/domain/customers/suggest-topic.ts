import type { FeedbackTopic } from './feedback-entry';

/**
 * Words people use for each topic, in English and Spanish, written for text that is lower-case,
 * without accents and with punctuation made spaces (see `plain`). Listed in tie-break order:
 * when two topics match as often, the earlier wins, so "no water since the leak" is an outage
 * and "high bill, rates went up" is a billing question.
 */
const topicWords: [Exclude<FeedbackTopic, 'other'>, string][] = [
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
    'sewer',
    String.raw`
      sewers?, sewage, septic, backed up, backing up, blockages?, blocked, clog(?:ged|s)?,
      overflow(?:ed|ing|s)?, manholes?, lift station, drains?, wastewater, drenajes?,
      alcantarill\w*, aguas (?:negras|residuales|servidas), desagues?, tapad[oa], atascad[oa],
      desbord\w*, rebals\w*, (?:fosa|pozo) septic[oa]
    `,
  ],
  [
    'water-quality',
    String.raw`
      water quality, brown, dirty, cloudy, murky, muddy, discolou?r\w*, colou?r(?:ed)?,
      tast(?:e|es|ed|ing|y), smell(?:s|y|ed|ing)?, odou?rs?, stinks?, rust(?:y)?, chlorine,
      hard water, hardness, scale, sediment, sand(?:y)?, boil (?:water|notice|order), e ?coli,
      coliform, sick, illness, yellow, milky, particles, metallic, calidad del agua, turbi[ao],
      suci[ao], sabor, olor, huele, apesta, oxido, cloro, agua dura, sarro, sedimentos?, arena,
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
      (?:tuberia|tubo|cano) rot[oa], se sale el agua, derram\w*, mojad[oa]
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

// One pattern per topic, compiled once: a 50,000-row log asks for up to two suggestions a row.
const topicPatterns = topicWords.map(([topic, list]) => {
  const words = list.split(',').map((word) => word.trim());
  return [topic, new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'g')] as const;
});

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

/**
 * The topic a complaint or comment is most likely about, from its words (English or Spanish):
 * the topic whose words occur most often; "other" when none do. Only a suggestion: the user
 * can change it.
 */
export function suggestTopic(text: string): FeedbackTopic {
  const words = plain(text);
  let best: FeedbackTopic = 'other';
  let bestCount = 0;
  if (words === '') return best;
  for (const [topic, pattern] of topicPatterns) {
    const count = words.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = topic;
      bestCount = count;
    }
  }
  return best;
}
