/**
 * Words of aim: a sentence that states an objective or a commitment ("strengthen international cooperation", "vise à
 * renforcer la coopération"), and one that puts the pillar elsewhere or later ("will be set out in a separate
 * submission"). An aim with a pillar's strong signal speaks for the pillar; an act (`acts.ts`) is told apart from it.
 */
/**
 * Words that make a sentence a stated aim: a strategy's objective or a commitment. With one of
 * a pillar's strong signals ("Integrate cybersecurity education at all levels", "fostering
 * international cooperation"), the sentence is about the pillar.
 */
const INTENT =
  /\b(?:aims?|aimed|aiming|will (?:train|educate|upskill|reskill)|objectives?|goals?|priorit(?:y|ies|ise|ize|ised|ized)|seeks? to|sought to|commit(?:s|ted|ment|ments)?|strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|foster(?:s|ed|ing)?|deepen(?:s|ed|ing)?|expand(?:s|ed|ing)?|invest(?:s|ed|ing)?|integrat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|develop(?:s|ed|ing)?|build(?:s|ing)?|improv(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|embed(?:s|ded|ding)?|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|intensif(?:y|ies|ied|ying)|(?:places?|placing|puts?|putting) (?:a |an )?(?:heavy |strong |particular |special |great |greater |major )?emphasis on|(?:mission|mandate|purpose|role) (?:is|was|will be) to)\b/i;

/**
 * Words that put the pillar elsewhere: "will be set out in a separate submission", "outside our terms of reference".
 */
export const DEFERRAL =
  /\b(?:separate(?:ly)?|elsewhere|outside (?:the|our|its) (?:scope|terms|remit)|beyond (?:the|our|its) (?:scope|remit)|out of scope|not (?:covered|addressed|discussed) (?:here|in this)|falls? outside|will be (?:set out|addressed|covered|dealt with))\b/i;

/**
 * Words of aim that name something else: "developing countries", "priority sectors", "increasing numbers", "deepening
 * concerns", the building of "capacity building" and "confidence-building measures" (a thing's name, not an aim
 * to build), and a trend told ("attacks that are increasing", "incidents increased sixfold").
 */
const NOT_INTENT =
  /\b(?:developing|developed|least developed) (?:countries|nations|states|economies)|\bpriority (?:countries|sectors|areas|regions)|\bincreas(?:ing|ed) (?:numbers?|frequency|threats?|attacks?|sophistication)\b|\b(?:deepening|expanding|increasing) (?:concerns?|threats?|risks?|challenges?|reliance|dependence)\b|\b(?:capacity|capacities|confidence|trust|team)[- ]building\b|\b(?:is|are|was|were|been|keeps?|kept)\s+(?:(?:also|still|steadily|rapidly|constantly|only)\s+)?(?:increasing|intensifying|expanding|deepening|improving|developing)\b|\bincreased\s+(?:(?:\p{L}+|\d+)-?fold|by\s+\d)|\bcontinu(?:e|es|ed|ing) to (?:increase|grow|rise|intensify|evolve|expand|worsen)\b/giu;

/**
 * The same words of aim in Spanish, Portuguese, French, German and Italian ("pretende promover la cooperación
 * internacional", "visa reforçar", "vise à renforcer la coopération", "fördert die Zusammenarbeit"). Letters, not
 * `\b`, bound them, as in `OTHER_ACTS`.
 */
const OTHER_INTENT = new RegExp(
  `(?<![\\p{L}])(?:${[
    'pretende[nr]?|busca[nr]?|buscará|objetivos?|metas?|prioridad(?:es)?|prioridades?|priorizar|compromisos?|compromete[rn]?|comprometid[oa]s?|compromissos?',
    'fortalec\\p{L}*|reforz\\p{L}*|reforç\\p{L}*|mejorar|mejora[nr]?|melhorar|promove[rn]?|promoverá|promueve[n]?|fomenta[nr]?|fomentará|impulsa[nr]?|impulsará|impulsiona[rn]?',
    'profundiza[nr]?|aprofunda[nr]?|amplia[nr]?|ampliará|invertir|investir|integrar|establecer|estabelecer|desarrollar|desenvolver|construir|avanzar|avançar|aumentar|intensificar',
    "vise[nr]?|visant|viser|objectifs?|priorités?|s['’]engage[rn]?|engagent|renforc\\p{L}*|améliorer|promouvoir|promeu[tv]\\p{L}*|favorise[rn]?|favorisant|encourager|encouragent|approfondir|élargir|intégrer|établir|développer|accroître|intensifier",
    'ziele?|zielt|fördern|fördert|stärken|stärkt|ausbauen|verbessern|vertiefen|priorität(?:en)?',
    'obiettiv[oi]|rafforzare|promuovere|sviluppare|migliorare|potenziare',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Whether the sentence has words of aim (`INTENT`, else `OTHER_INTENT`), those that name something else left out
 * (`NOT_INTENT`).
 */
export function statesAim(sentence: string): boolean {
  if (!INTENT.test(sentence)) return OTHER_INTENT.test(sentence);
  NOT_INTENT.lastIndex = 0;
  return !NOT_INTENT.test(sentence) || INTENT.test(sentence.replace(NOT_INTENT, ' '));
}

export function hasIntent(sentence: string): boolean {
  return statesAim(sentence) && !DEFERRAL.test(sentence);
}

/** Whether the sentence puts what it names elsewhere (`DEFERRAL`): its words are then no evidence. */
export function isDeferral(sentence: string): boolean {
  return DEFERRAL.test(sentence);
}
