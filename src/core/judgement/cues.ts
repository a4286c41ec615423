/**
 * How the words around a pillar's signals frame them: a stated aim ("strengthen international
 * cooperation"), the topics of a meeting ("discussed policy and legislative developments"), a
 * label standing for a heading ("3. International Cooperation"), or a placeholder the writer
 * has yet to replace. Read on the prose mask, and only where a verdict could turn on it (a block
 * that falls short, or one that covers a pillar on topic words), so a check's cost is unchanged.
 */
import type { PillarId } from '../framework/model.js';
import type { PillarSet } from '../framework/pillar-set.js';
import { lowerBound } from '../parse/positions.js';
import { STATE_NAMES } from './countries.js';

/**
 * Where a sentence ends: a full stop, semicolon, question or exclamation mark, or a line break,
 * unless the next line goes on in lower case (a hard-wrapped paragraph: "… in their critical\n
 * infrastructure").
 */
function isSentenceEnd(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch === 0x0a || ch === 0x0d) return !continuesLine(text, i);
  if (ch === 0x3b /* ; */ || ch === 0x21 || ch === 0x3f) return true;
  // A full stop ends a sentence before white space ("U.N." and "2.1" do not).
  if (ch === 0x2e) {
    const next = text.charCodeAt(i + 1);
    if (!(Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09)) return false;
    // Nor a German date's day ("am 22. Dezember 2021 beschlossen").
    const before = text.charCodeAt(i - 1);
    return !(before >= 0x30 && before <= 0x39 && next === 0x20 && GERMAN_MONTH.test(text.slice(i + 2, i + 12)));
  }
  return false;
}

const GERMAN_MONTH =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/** Whether the line after the break at `i` starts in lower case (white space skipped). */
function continuesLine(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c !== 0x0a && c !== 0x20 && c !== 0x09) break;
    if (c === 0x0a && text.charCodeAt(i) === 0x0a) return false; // a blank line
    j++;
  }
  const c = text.charCodeAt(j);
  if (c >= 0x61 && c <= 0x7a) return true;
  // A line that ends on a comma or a word that cannot end a sentence goes on, whatever the next begins with ("… by the
  // Ministry of Communication and the\nInternational Telecommunication Union").
  return WRAPPED_BEFORE.test(text.slice(Math.max(0, i - 12), i));
}

/** The end of a line that a hard-wrapped sentence goes on from: a comma, an article, a preposition, a conjunction. */
const WRAPPED_BEFORE =
  /(?:,|(?<![\p{L}])(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|its|their|our|between|among|into|under|la|le|les|el|los|las|de|del|des|du|et|y|e|da|do|der|die|das|und))[ \t]*$/iu;

/** The sentence of `text` around `start`–`end`, within `from`–`to`. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): { start: number; end: number } {
  let a = start;
  while (a > from && !isSentenceEnd(text, a - 1)) a--;
  let b = end;
  while (b < to && !isSentenceEnd(text, b)) b++;
  return { start: a, end: b };
}

/**
 * Words that make a sentence a stated aim: a strategy's objective or a commitment. With one of
 * a pillar's strong signals ("Integrate cybersecurity education at all levels", "fostering
 * international cooperation"), the sentence is about the pillar.
 */
const INTENT =
  /\b(?:aims?|aimed|aiming|objectives?|goals?|priorit(?:y|ies|ise|ize|ised|ized)|seeks? to|sought to|commit(?:s|ted|ment|ments)?|strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|foster(?:s|ed|ing)?|deepen(?:s|ed|ing)?|expand(?:s|ed|ing)?|invest(?:s|ed|ing)?|integrat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|develop(?:s|ed|ing)?|build(?:s|ing)?|improv(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|embed(?:s|ded|ding)?|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|intensif(?:y|ies|ied|ying)|(?:places?|placing|puts?|putting) (?:a |an )?(?:heavy |strong |particular |special |great |greater |major )?emphasis on|(?:mission|mandate|purpose|role) (?:is|was|will be) to)\b/i;

/**
 * Words that put the pillar elsewhere: "will be set out in a separate submission", "outside our terms of reference".
 */
const DEFERRAL =
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
function statesAim(sentence: string): boolean {
  if (!INTENT.test(sentence)) return OTHER_INTENT.test(sentence);
  NOT_INTENT.lastIndex = 0;
  return !NOT_INTENT.test(sentence) || INTENT.test(sentence.replace(NOT_INTENT, ' '));
}

export function hasIntent(sentence: string): boolean {
  return statesAim(sentence) && !DEFERRAL.test(sentence);
}

/**
 * Words that make a sentence an act of dialogue, something held, opened, attended or exchanged ("ECOWAS
 * co-organised the regional conference", "officially opened a two-day symposium", "bringing ministers, regulators
 * and CERT leaders together", "the MoU will enable both countries to share knowledge",
 * "by encouraging the exchange of best practices among supervisors"), or a draft put to the public ("the draft policy
 * is made available for a first round of consultations", "invites organisations and individuals to provide feedback"),
 * something said at a meeting on its day ("at the regional health and security conference on November 11"), or good
 * practices shared or compared ("members develop and share tools and best practices"), not an aim to promote it.
 */
const ACT =
  /\b(?:held|hold(?:s|ing)?|took place|takes place|host(?:s|ed|ing)?|co-host(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|co-organi[sz](?:e|es|ed|ing)|convened?|convening|took part|take[sn]? part|taking part|attend(?:s|ed|ing)?|participat(?:e|es|ed|ing) (?:\p{L}+ly )?(?:in|at)|in (?:close )?consultation with|(?:delivered|made|gave) (?:a|an|the|its) (?:[\p{L}-]+ ){0,2}statement (?:at|before|to|in)|met (?:with|in|at|during|on the (?:sidelines|margins))|(?:brought|brings|bringing) together|(?:brought|brings|bringing)\s+(?:[\p{L}’'-]+,?\s+){1,8}together\b|(?:officially\s+)?open(?:ed|s)\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:symposium|conference|forum|workshop|summit|seminar|dialogue|meeting)|gathered|gathers|(?:speaking|spoke|speaks|addressing|addressed|addresses)\s+(?:at|to)\s+(?:the|a|an|this|its)\s+(?:[\p{L}\p{N}’'-]+\s+){0,8}?(?:workshop|conference|forum|summit|seminar|dialogue|meeting|symposium|roundtable)|conduct(?:ed|ing|s)?\s+(?:a|an|the|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:conference|forum|summit|seminar|dialogue|symposium|roundtable|webinar|consultations?|meetings?|workshops?)|(?:runs|ran) (?:an? |the )?(?:annual |yearly |regular )?(?:international |regional )?(?:conference|forum|summit|workshop|seminar|dialogue|symposium)|joined|shared|exchanged|(?:launched|founded|started|set up|established|created)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:forums?|dialogues?|working groups?|platforms?|conferences?|roundtables?)|concluded\s+(?:(?:a|an|the|their|its)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}(?:dialogues?|consultations?|talks|meetings?|conferences?|forums?|summits?|rounds?)|(?:concluded|ended|closed|opened|kicked off|wrapped up)\s+(?:in|at|on|over|with|yesterday|today|last|this)\b|(?:officially\s+)?(?:closing|opening)\s+(?:the|a|an|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:forum|conference|summit|workshop|seminar|dialogue|symposium|meeting)|members? of (?:[\p{L}-]+\s+){0,3}(?:forums?|fora|working groups?|dialogues?)|exchanges? of (?:best |good )?(?:practices?|experiences?|expertise|knowledge|views|ideas)|(?:to|will|let|lets|can)\s+(?:[\p{L}-]+\s+){0,4}(?:share|exchange)|(?:made\s+(?:[\p{L}-]+\s+){0,6}available|opened|open|put (?:out|forward))\s+(?:[\p{L}-]+\s+){0,2}for\s+(?:[\p{L}-]+\s+){0,3}(?:consultations?|comments?|feedback)|invit(?:e|es|ed|ing)\s+(?:[\p{L},-]+\s+){0,10}(?:to\s+)?(?:[\p{L}-]+\s+(?:and\s+)?){0,2}(?:provide|give|submit|send|share)\s+(?:their\s+)?(?:feedback|comments|views|input|submissions)|(?:at|during)\s+(?:the\s+)?(?:[\p{L}\p{N}’'&()-]+,?\s+){0,8}?(?:conference|forum|summit|workshop|seminar|symposium|dialogue|meeting|roundtable|congress)\s+(?:on|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b)|(?:shar(?:e|es|ed)|exchang(?:e|es|ed)|compar(?:e|es|ed))\s+(?:[\p{L},-]+\s+){0,8}?(?:best|good)\s+practices)\b/iu;

/**
 * Words that make a sentence an act of partnership, an agreement entered into or a body joined
 * ("has signed a cybersecurity agreement with Morocco", "became an operational member of APCERT",
 * "led to the forging of partnerships"), or something done in partnership with others ("the ministry,
 * in partnership with the governments of …, launched a project", "the regulator collaborated with UNDP", "the agency,
 * in collaboration with international technical organisations, has worked on drafting a law", "the CERT works in
 * cooperation with the government, ISPs and security companies").
 */
const PARTNER_ACT =
  /\b(?:sign(?:s|ed|ing)?|co-sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|enter(?:s|ed)? into|ratif(?:y|ies|ied|ying)|acced(?:e|es|ed|ing) to|join(?:s|ed|ing)?|(?:founded|launched|set up|established|created)\b[^.;]{0,60}?\bwith (?:[a-z]+ )?partners\b|became (?:a |an )?(?:full |operational |founding )?member|renew(?:s|ed|ing)?|co-found(?:s|ed|ing)?|(?:co-)?fund(?:s|ed)|(?:co-)?financ(?:es|ed)|help(?:s|ed)? (?:to )?(?:co-)?fund|partner(?:s|ed)? with|teamed up|(?:bolster|strengthen|deepen|expand|enhanc|reinforc|intensifi|broaden|widen)(?:ed|s)? (?:its |their |our |the )?(?:[a-z-]+ )?(?:cooperation|co-operation|collaboration|partnerships?|ties) with|stepped up (?:its |their |our )?(?:[a-z-]+ )?(?:cooperation|co-operation|collaboration) with|agree(?:d|s)? to (?:[a-z-]+ ){0,2}(?:cooperat[a-z]*|co-operat[a-z]*|collaborat[a-z]*|work (?:together|closely)|partner|deepen|strengthen|expand|enhance|boost|step up)|forg(?:ed|ing)|(?:collaborat|cooperat|co-operat)ed with|maintain(?:s|ed|ing)? (?:a |an )?(?:close |strong |regular |active )?(?:cooperation|co-operation|collaboration|partnerships?) with|worked (?:closely )?with|(?:launch(?:ed|es)|host(?:ed|s)|co-host(?:ed|s)|organi[sz]ed|co-organi[sz]ed|founded|set up|implemented|delivered|conducted|carried out|initiated|started|developed|built|created|established|drafted|prepared|designed|led|run|managed|operated)\b[^.;]{0,80}?\bin (?:close )?(?:partnership|cooperation|collaboration) with|in (?:close )?(?:partnership|cooperation|collaboration) with\b[^.;]{0,120}?\b(?:launch(?:ed|es)|host(?:ed|s)|organi[sz]ed|co-organi[sz]ed|founded|set up|implemented|delivered|conducted|carried out|initiated|started|developed|built|created|established|drafted|prepared|designed|worked on)|work(?:s|ed|ing)? (?:closely |together )?in (?:close )?(?:partnership|cooperation|collaboration) with|works closely with|(?:organi[sz]ed|held|hosted|run|launched|implemented|delivered|conducted|developed|funded) jointly (?:with|by)|jointly (?:organi[sz]ed|hosted|run|implemented|delivered|conducted|developed|funded) (?:with|by)|(?:collaborative|joint|cooperative) (?:effort|initiative|undertaking|venture) (?:of|between|by|with)|(?:brought in|roped in|signed up|named|chose|selected|appointed|welcomed|added)\b[^.;]{0,80}?\bas (?:[a-z'’-]+ ){0,4}?partners?)\b/i;

/**
 * Words that make a sentence an act of policy put into effect: a strategy, plan or law adopted
 * ("Cabinet approved the national cybersecurity strategy", "the Act entered into force", "the Act repeals the Computer
 * Misuse Act and provides for a committee"), or one being made or a body stood up ("a committee has been tasked with
 * formulating the national strategy", "working towards the creation of a strategy", "stood up a response team").
 */
const POLICY_ACT =
  /\b(?:adopt(?:s|ed)?|approv(?:e|es|ed)|repeal(?:s|ed)?|provides? for|launch(?:es|ed)?|enact(?:s|ed)?|pass(?:es|ed)|review(?:ed|ing)|revis(?:ed|ing)|(?:review|revision|update|refresh) of the|updating the|amend(?:s|ed|ing)|(?:entered|enters|came|comes) into (?:force|effect)|validat(?:e|es|ed)|promulgat(?:e|es|ed)|sign(?:s|ed)? into law|unveil(?:s|ed)?|announc(?:e|es|ed)|releas(?:e|es|ed)|publish(?:es|ed)|issu(?:e|es|ed)|present(?:s|ed)|submit(?:s|ted)|rolled out|put in place|(?:is|are|was|were|has been|have been) in (?:place|force)|sets? out|lays? down|establishes|defines|strengthens|introduces|contains|comprises|st(?:and|ands|ood|anding) up|tasked with (?:formulating|drafting|developing|preparing|elaborating|designing|writing)|work(?:s|ed|ing)? (?:towards|on) (?:the )?(?:creation|development|drafting|formulation|elaboration|preparation) of|(?:is|are|was|were|has been|have been) (?:currently |now )?(?:formulating|drafting|developing|preparing|finali[sz]ing|elaborating|implementing))\b/i;

/**
 * Words that make a sentence an act of setting up a body that puts policy into effect: a CERT or an agency
 * established, created or made operational ("We have set up a Computer Emergency Response Team", "the national
 * cybersecurity agency has been operational since Monday"), or one the country now has ("now has a National Cyber
 * Security Centre to protect its networks").
 */
const BODY_ACT_BEFORE =
  /\b(?:set(?:s|ting)? up|st(?:and|ands|ood|anding) up|now (?:has|have)|(?:has|have) (?:now )?developed|establish(?:es|ed|ing)?|establishment of|creat(?:e|es|ed|ing)|creation of|launch(?:es|ed)?|inaugurat(?:e|es|ed)|operationali[sz](?:e|es|ed)|designat(?:e|es|ed)|création|creación|criação|créée?s?|creó|criou|mise en place)\s+(?:(?!(?:between|with|among|amongst|within|across|through)\s)[\p{L}\p{N}’'-]+\s+){0,6}$/iu;
/**
 * Before the body's name, the body said to be the country's own: "CERT Tonga is the National Computer Emergency
 * Response Team", "designated as the national CSIRT".
 */
const BODY_NAMED_NATIONAL = /\b(?:is|as)\s+(?:the|its)\s+(?:official\s+|designated\s+|sole\s+)?national\s+$/iu;
/** The same in apposition, the country named after it: "KrCERT/CC, the national CERT of Korea". */
const BODY_NAMED_NATIONAL_OF = /,\s+the\s+national\s+$/iu;
/** What must follow the name in apposition: the country it is for ("… of Korea"), not a list going on. */
const OF_COUNTRY = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;
/**
 * After the body's name (and the place a name may end with, "… Team Hong Kong"): "… (CERT) was created by decree",
 * "… has been operational since Monday", "… which was established in June 2018", "… was formed and commenced its
 * services".
 */
const BODY_ACT_AFTER =
  /^(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,4})?,?\s+(?:(?:which|that)\s+)?(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:been|now|recently|officially|formally|fully|already)\s+){0,2}(?:set up|established|created|formed|launched|inaugurated|operationali[sz]ed|operational|designated|commenced (?:its )?(?:services|operations))\b/u;
/**
 * After the body's name, the body at work: a CERT or an agency that records, handles or answers incidents, monitors,
 * issues alerts or runs drills ("the National Cyber Security Centre recorded 573 cyber-incidents", "CERT-MU handled
 * 300 incidents last year", "the national CSIRT issued 40 advisories", "the NCSC is providing advice", "CERT-PH holds
 * its annual national cyber drill"). Its name is the sentence's subject: the verb
 * follows it at once.
 */
const BODY_AT_WORK =
  /^(?:[-./][\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)?)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:under|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,4})?(?:\s*\([^()]{1,40}\))?(?:,\s+(?:the\s+)?\p{L}[^,.;:!?]{2,60},)?,?\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:also|already|now|since|continuously|successfully|actively|effectively|just|recently)\s+)?(?:(?:been|currently)\s+)?(?:(?:effectively|successfully|actively)\s+)?(?:recorded|registered|logged|handled|handles|concluded|completed|responded to|responds to|detected|detects|monitored|monitors|monitoring|analy[sz]ed|analy[sz]es|investigated|investigates|processed|processes|received|receives|resolved|mitigated|issued|issues|coordinated (?:the|a|its|national)\b|conducted|conducts|ran|runs|carried out|carries out|dealt with|deals with|operates|operating|tracked|blocked|notified|alerted|warned|published|publishes|thwarted|foiled|prevented|combated|combating|held its (?:first |inaugural |second |third |\p{L}+ )?meeting|(?:is|was) mandated to|providing|offering|assisting|supporting|coordinating|responding to|handling|investigating|conducting|running|(?:holds|held|hosts|hosted|organi[sz]es|organi[sz]ed) (?:its |an? |the )?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:drills?|exercises?)|gives priority to|gave priority to|defending|defended|defends|maintains|maintained|provides|provided|offers|offered|extends|extended|assists|assisted|serves|served|plays? (?:a|an|the) (?:[\p{L}-]+\s+){0,2}role (?:in|for|of)|(?:legally\s+)?mandated\s+and\s+(?:operates|operating|works))\b/iu;
/**
 * Before the body's name, the same work told in the passive: "the incidents handled by the Bhutan Computer Incident
 * Response Team", "advisories issued by the national CSIRT".
 */
const BODY_AT_WORK_BEFORE =
  /\b(?:recorded|registered|logged|handled|detected|monitored|analy[sz]ed|investigated|processed|resolved|mitigated|issued|published|coordinated|managed|tracked|blocked)\s+by\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}$/iu;
/** A body that is no country's: a company's own team ("the retailer's incident response team detected …"). */
const OWN_BODY =
  /\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he (?!(?:country|nation|government|state|ministry|island|kingdom|republic|region)['’])\p{Ll}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * What may follow a body's name when the name is whole: not another word of a longer name ("CERT technical
 * advisers").
 */
const NAME_ENDS =
  /^(?:\s*(?:[(),.;:!?"”’—–]|$)|\s+(?:of|for|in|to|and|or|with|which|that|who|was|were|has|have|had|is|are|as|at|on|by|under|within|from|will|would|can|could|shall|should|since|after|led)\b)/iu;

/**
 * Before the words that set a body up, others' setting up promoted or helped: "promotion of the establishment of
 * CSIRTs in research networks", "supporting the creation of national CERTs in the region" (capacity building for
 * others, not a body at home).
 */
const HELPED_TO_SET_UP =
  /\b(?:promot\p{L}*|support\p{L}*|assist\p{L}*|help\p{L}*|encourag\p{L}*|facilitat\p{L}*|advocat\p{L}*)\s+(?:(?:in|with|to|for|of)\s+)?(?:the\s+)?(?:establishment|creation|setting up|set-up|establishing|creating|set up|establish|create)\b/iu;

/**
 * Whether a body that puts policy into effect, named at `start`–`end` in `sentence`, is set up there: a CERT or an
 * agency established, created or made operational ("We have set up a Computer Emergency Response Team", "the
 * national cybersecurity agency has been operational since Monday"), the name whole (not "establish a network of
 * CSIRT technical advisers", nor "establishing the Regional CERT Information Exchange Mechanism").
 */
export function isBodySetUp(sentence: string, start: number, end: number): boolean {
  if (DEFERRAL.test(sentence)) return false;
  const after = sentence.slice(end);
  // Set up as told after the name, its place between them or not ("the Computer Emergency Response Team Hong Kong
  // (GovCERT.HK) was formed").
  if (BODY_ACT_AFTER.test(after)) return true;
  if (!NAME_ENDS.test(after)) return false;
  const before = sentence.slice(Math.max(0, start - 120), start);
  // The name may hold the word itself ("the national CERT of Korea").
  const national = /^national\s/i.test(sentence.slice(start, end)) ? `${before}national ` : before;
  return (
    (BODY_ACT_BEFORE.test(before) && !HELPED_TO_SET_UP.test(before)) ||
    BODY_NAMED_NATIONAL.test(national) ||
    (BODY_NAMED_NATIONAL_OF.test(national) && OF_COUNTRY.test(after))
  );
}

/**
 * Whether a body that puts policy into effect, named at `start`–`end` in `sentence`, is at work there
 * (`BODY_AT_WORK`, `BODY_AT_WORK_BEFORE`): a country's CERT or agency recording, handling or answering incidents, not a
 * company's own team.
 */
export function isBodyAtWork(sentence: string, start: number, end: number): boolean {
  if (DEFERRAL.test(sentence) || OWN_BODY.test(sentence.slice(Math.max(0, start - 60), start))) return false;
  return (
    BODY_AT_WORK.test(sentence.slice(end)) || BODY_AT_WORK_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))
  );
}

/**
 * Words that make a sentence an act of education: a course, workshop or campaign held, run or launched, a training
 * or research centre opened or founded, or people trained ("MACRA held a capacity-building workshop for heads of
 * ministries", "more than 35,000 officials have been trained", "the government will re-introduce its awareness
 * campaign"), a course attended or under way ("officers attended a training course", "a training programme currently
 * underway").
 */
const EDUCATION_ACT =
  /\b(?:held|conducted|conducts|carried out|carries out|launches|took place|takes place|observ(?:es|ed|ance of)|celebrat(?:es|ed)|dedicated\s+(?:[a-z0-9-]+,?\s+){0,5}as\b|organi[sz]ed|organi[sz](?:es|ing)|co-organi[sz]ed|will (?:soon |also )?(?:organi[sz]e|hold|host|deliver|conduct|launch)|to deliver|delivered|ran|hosted|launched|established|founded|set up|opened|inaugurated|(?:re-?)?introduc(?:e|es|ed)|rolled out|roll(?:s|ing)? out|launch of|(?:currently\s+)?(?:underway|under way)|participated in|participating in|took part in|engaged in (?:[a-z-]+\s+){0,2}(?:training|trainings|courses?|exercises?|workshops?|bootcamps?)|attended|attending|complet(?:ed|ing|es)|(?:has|have|had|were|was) (?:been )?trained|trained (?:over |more than |some |about |nearly |almost |around )?\d[\d,.]*|facilitat(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z0-9-]+\s+){0,2}(?:training|course|workshop|bootcamp)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:day|week|month)|(?:over|for|during)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months)|(?:for|to|targeting|targeted at|aimed at)\s+(?:[a-z0-9-]+\s+){0,3}(?:judges|magistrates|prosecutors|lawyers|police officers|law enforcement officers|officers|officials|civil servants|public servants|employees|students|teachers|pupils|journalists|diplomats|technicians|engineers|practitioners|analysts|investigators))\b/i;

/**
 * Words that make a sentence an act of education only near the pillar's word: training provided, offered, given or
 * received ("training was provided on cybercrime investigations"), not a service provided elsewhere in the sentence.
 */
const EDUCATION_GIVEN =
  /\b(?:provided(?!\s+(?:that|for|by)\b)|offered|imparted|gave|(?:was|were|been|is|are) given|received|underwent|benefit(?:t)?ed from)\b/i;
/** How far from the pillar's word an act of giving it is read (`EDUCATION_GIVEN`), each way. */
const GIVEN_REACH = 60;

/**
 * The same acts in Spanish, Portuguese, French, German, Italian, Dutch and Catalan, as the vocabulary reads those
 * languages too ("la estrategia fue aprobada", "a estratégia foi aprovada", "l'atelier de validation s'est tenu à
 * Dakar", "ont signé un accord", "hielten ihre Cyberkonsultationen ab", "het kabinet heeft de strategie goedgekeurd").
 * Letters, not `\b`, bound the words: `\b` does not see accented letters.
 */
const otherLanguages = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
const OTHER_ACTS = {
  dialogue: otherLanguages(
    "durante (?:o|a|el|la) (?:\\p{L}+ ){0,3}?(?:workshop|taller|seminario|seminário|conferencia|conferência|reunión|reunião|fórum|foro|cumbre|cimeira)|lors d(?:u|e la|e l['’]) ?(?:\\p{L}+ ){0,3}?(?:atelier|séminaire|conférence|réunion|forum|sommet)|a lancé|ont lancé|a ouvert|ont ouvert|à l['’]ouverture d|s['’]est tenue?|se sont tenue?s|a eu lieu|ont eu lieu|la tenue d(?:e|u|es|['’]une?)|se celebró|se celebraron|se llevó a cabo|se llevaron a cabo|tuvo lugar|tuvieron lugar|realizó|realizaron|celebró|teve lugar|realizou|realizaram|organisé(?:e|s|es)?|a organisé|ont organisé|organizó|organizaron|organizou|organizaram|accueilli|acogió|sediou|participé|participaron|participou|participaram|échangé(?:e|s|es)?|intercambiaron|compartieron|trocaram|partagé|iniciad[oa]|iniciou|con aportes de|com contribuições de|hielten|abgehalten|fand statt|fanden statt|trafen sich|llevó a cabo|llevaron a cabo|levou a cabo|reúne|reunió|reuniu|réunit|a réuni|ont réuni|riunisce|ha riunito|si è tenut[oa]|si sono tenut[ie]|ha ospitato|hanno partecipato|ha organizzato|hanno organizzato|vond plaats|vonden plaats|werd gehouden|werden gehouden|organiseerde|organiseerden|namen deel aan|nam deel aan|es va celebrar|es van celebrar|va tenir lloc|han participat|ha participat|va organitzar|ha organitzat",
  ),
  partnerships: otherLanguages(
    'signé(?:e|s|es)?|ont signé|a signé|firmaron|firmó|firmado|firmada|suscribieron|suscribió|suscrito|suscrita|subscreveram|subscreveu|ont conclu|a conclu|assinaram|assinou|assinado|assinada|ratifié(?:e|s|es)?|ratificó|ratificou|adhéré|adhirió|aderiu|collaborent|colaboran|colaboram|coopèrent|cooperan|cooperam|financé(?:e|s|es)? par|financiad[oa] por|financiad[oa] pel[oa]|unterzeichnet(?:e|en)?|vereinbart(?:e|en)?|pflegt eine enge|pflegen eine enge|mantiene una estrecha|mantém uma estreita|entretient une étroite|ratifiziert(?:e|en)?|hanno firmato|ha firmato|firmat[oa]|sottoscritt[oa]|ondertekend|ondertekende|ondertekenden|werken samen|werkt samen|ha signat|han signat|va signar|van signar|signat|signada|aangegaan|gezamenlijk',
  ),
  policy: otherLanguages(
    "vient de (?:présenter|lancer|adopter|publier|valider)|publicad[oa]s?|define|establece|estabelece|estableció|estabeleceu|a établi|presentaron|apresentaram|lanzaron|lançaram|aprobaron|aprovaram|publicaron|publicaram|adoptaron|adotaram|adotou|adotad[oa]s?|révis(?:er|ée?s?)|révision d[eu]|revisión de|revisão d[ao]|actualización de|atualização d[ao]|mise à jour d[eu]|oficializó|oficializou|officialisé(?:e|s|es)?|aprobación de|aprovação d[aoe]|approbation d[eu]|adopción de|adoção d[aoe]|cuenta con una|conta com uma|dispose d['’]une|reemplaza|substitui|remplace|définit|établit|kabinettsbeschluss|fortgeschrieben|festgelegt|lancement d[eu]|lancement officiel d[eu]|lanzamiento de|lanzamiento oficial de|lançamento d[ao]|lançamento oficial d[ao]|a choisi de présenter|acaba de (?:presentar|lanzar|aprobar|publicar)|acaba de (?:apresentar|lançar|aprovar)|adopté(?:e|s|es)?|adoptó|adoptad[oa]s?|aprob[óo]|aprobad[oa]s?|aprovou|aprovad[oa]s?|approuvé(?:e|s|es)?|validé(?:e|s|es)?|atelier de validation|validation de la stratégie|validó|validad[oa]|promulg(?:ó|ou|u[ée]e?)|promulgad[oa]|publicó|publicou|publié(?:e|s|es)?|lanzó|lançou|lancé(?:e|s|es)?|entr[óo] en vigor|entrou em vigor|entr[ée]e? en vigueur|mettre en place|mise en place|mis en place|puesta en marcha|élaboré(?:e|s|es)?|elaborad[oa]|instituíd[oa]|instituiu|présenté(?:e|s|es)?|presentó|apresentou|verabschiedet(?:e|en)?|beschlossen|in kraft getreten|trat in kraft|vorgestellt|adottat[oa]|approvat[oa]|istituit[oa]|entrat[oa] in vigore|pubblicat[oa]|varat[oa]|goedgekeurd|aangenomen|vastgesteld|gepresenteerd|gelanceerd|lanceert|opgericht|in werking getreden|ha aprovat|han aprovat|va aprovar|aprovat|aprovada|aprovats|aprovades|ha presentat|va presentar|ha creat|entra en vigor|va entrar en vigor",
  ),
  education: otherLanguages(
    'dirigid[oa]s? a|destinad[oa]s? a|destiné(?:e|s|es)? aux?|(?:a|para) (?:los |las |os |as )?(?:funcionarios|funcionários|magistrados|jueces|juízes|fiscales|servidores|estudiantes|estudantes|docentes|professores|policías|técnicos)|enseñándoles|participa(?:n|m)? (?:en|no|na|nos|nas)|formé(?:s|es)|ont été formés|capacitad[oa]s|capacitó|capacitou|formó|formou|treinad[oa]s|a organisé une formation|impartió|ministrou|dispensé|geschult|ausgebildet|comenzó|inició|inauguró|impartido|dictó|sono stati formati|ha formato|opgeleid|getraind|zijn opgeleid|van ser formats|han estat formats|ha format',
  ),
} as const;

const ACTS = { dialogue: ACT, partnerships: PARTNER_ACT, policy: POLICY_ACT, education: EDUCATION_ACT } as const;

/** A launch or adoption still to come: "ahead of the imminent launch of the national strategy". */
const ACT_TO_COME =
  /\b(?:imminent|upcoming|forthcoming|planned|anticipated|expected|proposed)\s+(?:launch|adoption|publication|release|approval|validation|enactment|signing)\b/i;

/**
 * Whether the sentence tells of an act of the pillar: dialogue held (`ACT`), a partnership entered
 * into (`PARTNER_ACT`), a course held or people trained (`EDUCATION_ACT`), not an aim (`INTENT`); a strategy, plan
 * or law adopted (`POLICY_ACT`, whatever it aims at); none put elsewhere or still to come (`ACT_TO_COME`).
 */
export function isAct(sentence: string, pillar: keyof typeof ACTS, at?: { start: number; end: number }): boolean {
  const given =
    pillar === 'education' &&
    at !== undefined &&
    EDUCATION_GIVEN.test(sentence.slice(Math.max(0, at.start - GIVEN_REACH), at.end + GIVEN_REACH));
  if (!(given || ACTS[pillar].test(sentence) || OTHER_ACTS[pillar].test(sentence)) || DEFERRAL.test(sentence))
    return false;
  if (ACT_TO_COME.test(sentence)) return false;
  // A meeting held is an act whatever it was held for ("the working group meeting was held to enhance …").
  return pillar === 'policy' || !statesAim(sentence) || (pillar === 'dialogue' && HELD_PAST.test(sentence));
}

/** Words that tell of a meeting that took place, or is set to ("was held", "convened", "took place"). */
const HELD_PAST = /\b(?:held|convened|took place|co-hosted)\b/i;

/**
 * Words before a meeting's noun that say it is held: "held talks", "convened three meetings", "hosted the third GCC
 * Ministerial Cybercrime Committee meeting" (a meeting's full name runs to several words).
 */
const HELD_BEFORE =
  /\b(?:held|hold|holds|holding|convened?|convenes|convening|hosted|co-hosted)\s+(?:[\p{L}\p{N}’'-]+\s+){0,7}$/iu;
/** Words after it: "the meeting, which was held in Port Louis", "talks were held", "the meeting took place". */
const HELD_AFTER =
  /^[^.;!?]{0,30}?\b(?:(?:was|were|been|be|is|are)\s+(?:\p{L}+\s+)?(?:held|convened)|took place|takes place)\b/iu;

/** Words that say a meeting was held, in Dutch, Catalan, Spanish, Portuguese, French and Italian (after or before). */
const HELD_OTHER =
  "gehouden|plaatsgevonden|vond plaats|vonden plaats|es va celebrar|es van celebrar|va tenir lloc|se celebró|se celebraron|se realizó|se realizaron|se llevó a cabo|tuvo lugar|s['’]est tenue?|a eu lieu|teve lugar|realizou-se|foi realizad[oa]|si è tenut[oa]|participaram d[oa]s?|participaron en|ont participé à|hanno partecipato a|abertura d[ao]|apertura de(?:l|la)?|ouverture d[eu]|ouverture d['’]une?|lancement d['’]une?";
const HELD_AFTER_OTHER = new RegExp(`^[^.;!?]{0,30}?(?<![\\p{L}])(?:${HELD_OTHER})(?![\\p{L}])`, 'iu');

/**
 * Before it, something done there, so it took place: "the strategy was launched in Oslo at the annual dialogue
 * meeting", "the two ministers signed the memorandum on the sidelines of the meeting" (not "will be presented at the
 * next meeting").
 */
const DONE_AT_BEFORE =
  /(?<!\b(?:will|to|would|shall|could|may|can) be )\b(?:launched|presented|unveiled|signed|adopted|announced|endorsed|released|agreed)\s+(?:[\p{L}\p{N},’'-]+\s+){0,6}?(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an|this|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/iu;

/** "had talks", "have engaged in discussions"; "the meeting, held at the ministry"; "talks with the minister". */
const HAD_BEFORE = /\b(?:had|have had|has had|engaged in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Before it, in Spanish, Portuguese, French and Italian: "se celebró en esta capital la primera reunión". */
const HELD_BEFORE_OTHER = new RegExp(`(?<![\\p{L}])(?:${HELD_OTHER})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,6}$`, 'iu');
const HELD_AFTER_COMMA = /^,\s*(?:which was\s+|that was\s+)?(?:held|convened)\b/i;
/** Right after it, held and when or where: "an online meeting held on Monday with the minister". */
const HELD_AFTER_PARTICIPLE =
  /^\s+(?:held|convened)\s+(?:on|in|at|via|online|virtually|last|earlier|between|with|by|from|during)\b/i;
/** After it, who held it: "a donor coordination meeting organized by the agency and the British Embassy". */
const HELD_BY_AFTER =
  /^\s*,?\s+(?:(?:was|were)\s+)?(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|convened|chaired)\s+(?:jointly\s+)?by\b/i;
const WITH_AFTER = /^\s+(?:with|between)\s+(?:the\s+)?\p{Lu}/u;
/** After "met", a date perhaps: who with or where ("met with the Minister", "met on 24 October in New Delhi"). */
const MET_AFTER =
  /^(?:\s+on\s+(?:\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+)(?:,?\s+\d{4})?,?)?\s+(?:with\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{Lu}|counterparts?|officials|representatives|delegat|ministers?|envoys?|ambassadors?)|in\s+\p{Lu}|at\s+the\s+\p{Lu}|during\s+the\b|on the (?:sidelines|margins)|virtually|online)/u;

/** After "gathered": where, or what for ("stakeholders gathered at the Biltmore Plaza to discuss the action plan"). */
const GATHERED_AFTER =
  /^(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}|\s+(?:[\p{L}-]+\s+){0,8}?to\s+(?:discuss|review|share|exchange|debate|consider)\b)/u;

/** Before it, what is gathered rather than who: "the data gathered in Tonga", "evidence was gathered at the port". */
const GATHERED_WHAT =
  /\b(?:data|evidence|information|intelligence|materials?|samples|feedback|logs|statistics|insights|results|findings|was|were|been|being|is|are)\s+$/i;

/**
 * Whether the meeting named at `start`–`end` in `prose` is one held ("held discussions with the High Commission",
 * "the working group meeting was held in May"), not talk of meetings in general ("regular meetings are needed").
 */
export function isHeld(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 60), start);
  const after = prose.slice(end, end + 60);
  return (
    HELD_BEFORE.test(before) ||
    HAD_BEFORE.test(before) ||
    HELD_BEFORE_OTHER.test(before) ||
    HELD_AFTER.test(after) ||
    HELD_AFTER_OTHER.test(after) ||
    HELD_AFTER_COMMA.test(after) ||
    HELD_AFTER_PARTICIPLE.test(after) ||
    HELD_BY_AFTER.test(after) ||
    DONE_AT_BEFORE.test(prose.slice(Math.max(0, start - 120), start)) ||
    (/^(?:talks|discussions|meetings?|consultations)$/i.test(prose.slice(start, end)) && WITH_AFTER.test(after)) ||
    (/^met$/i.test(prose.slice(start, end)) && MET_AFTER.test(after)) ||
    (/^gathered$/i.test(prose.slice(start, end)) && GATHERED_AFTER.test(after) && !GATHERED_WHAT.test(before))
  );
}

/**
 * Words just before a signal that deny it: "PaCSON is not a Computer Emergency Response Team (CERT) or …", "does not
 * provide an incident response capability", "the country has no national strategy yet" (not a contrast: "trust is
 * built in rooms, not in treaties").
 */
const NEGATED_BEFORE =
  /(?:\b(?:is|are|was|were)\s+not\s+(?:an?|the)\s+|\b(?:does|do|did)\s+not\s+(?:yet\s+)?(?:provide|have|offer|run|operate|include|constitute)\s+(?:an?\s+|any\s+)?|\b(?:has|have|had)\s+no\s+|\bthere\s+(?:is|are)\s+no\s+|\bnot\s+(?:an?|the)\s+[^.;:!?]{1,80}?\s+(?:or|nor)\s+(?:an?\s+)?)(?:[\p{L}-]+\s+)?$/iu;

/** "not" or "no" anywhere before: the one word every denial needs. */
const NEGATION = /\bnot?\b/i;

/** Whether words just before `offset` in `sentence` deny what follows (`NEGATED_BEFORE`). */
export function negatedBefore(sentence: string, offset: number): boolean {
  const before = sentence.slice(Math.max(0, offset - 100), offset);
  // Most signals have no denial before them: a cheap look first.
  return NEGATION.test(before) && NEGATED_BEFORE.test(before);
}

/** Whether the sentence puts what it names elsewhere (`DEFERRAL`): its words are then no evidence. */
export function isDeferral(sentence: string): boolean {
  return DEFERRAL.test(sentence);
}

/**
 * How a text was made: "prepared after consultation with all relevant stakeholders", "developed through a
 * participatory approach based on a series of meetings", "the bill reflects consultation with industry". The
 * consultation is the drafting's method, not dialogue the draft tells of.
 */
const DRAFTED_THROUGH =
  /\b(?:(?:prepared|drafted|developed|elaborated|formulated|designed|written|produced|revised|amended|updated|finali[sz]ed|shaped|informed|devised|crafted)\s+(?:[\p{L}-]+\s+){0,3}?(?:after|through|following|via|by way of|on the basis of|based on|with the help of|thanks to|in)\s+(?:[\p{L},-]+\s+){0,6}?(?:consultations?|participatory|hearings?|meetings?|workshops?|input|feedback|discussions?)|reflects?\s+(?:[\p{L}-]+\s+){0,3}?(?:consultations?|input|feedback|discussions?))\b/iu;

/** Whether the signal at `offset` in `sentence` tells how the text was drafted (`DRAFTED_THROUGH`). */
export function draftedThrough(sentence: string, offset: number): boolean {
  const found = DRAFTED_THROUGH.exec(sentence);
  return found !== null && found.index < offset;
}

/** Words that make public and private sectors partners rather than a scope: "cooperation between", "work together". */
const PARTNERING =
  /\b(?:co-?operat\p{L}*|collaborat\p{L}*|partner\p{L}*|together|joint|jointly|alliances?|engag\p{L}*|dialogue|coordinat\p{L}*|between|among|amongst|with)\b/iu;

/**
 * Whether public and private sectors named at `phrase` are only whom the sentence is about ("improve the cyber-security
 * of public and private sector organisations", "ready to work in both public and private institutions"), with no word
 * that has them work together. A partnership's own name ("public-private", "industry partners") always speaks.
 */
export function sectorsAsScope(phrase: string, sentence: string): boolean {
  return (
    /^(?:public and private|both public and private|private companies|technology companies|tech companies)/i.test(
      phrase,
    ) && !PARTNERING.test(sentence)
  );
}

/**
 * After "in collaboration with", "in cooperation with": a body of the state's own (a ministry, an authority, a
 * university, the police), not another state, an international body or a company ("organised by the ministry in
 * collaboration with the Communications Authority"). Only a name's words tell: an acronym alone ("in collaboration
 * with INSA") is read as any partner.
 */
const DOMESTIC_AFTER =
  /^\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|&)\s+){0,6}?(?:Ministry|Ministries|Authority|Agency|Commission|Committee|Council|Bureau|Directorate|Department|Police|Parliament|House|University|Polytechnic|Regulator|Office)\b/u;

/** A sentence's words for a partner beyond the state's own bodies: another state, an international body, industry. */
const BEYOND_HOME =
  /\b(?:international|foreign|embass(?:y|ies)|united nations|european|world|global|regional|bilateral|multilateral|african union|commonwealth|companies|company|industry|private sector|firms?|vendors?|partners? (?:states|countries|nations)|governments? of)\b/i;
/** The same, by the names written in capitals: "UN", "EU", "NATO", "ITU", "GIZ". */
const BEYOND_HOME_NAMES = /\b(?:U\.?N\.?|E\.?U\.?|NATO|ITU|OAS|OSCE|ASEAN|GIZ|USAID|UNDP|UNODC|INTERPOL|Interpol)\b/;

/**
 * Before the phrase, who works with them, as the state's own too: "organised by the ministry", "the university will
 * launch" (not "the CTO is working closely with the Department": who the CTO is, the sentence does not say).
 */
const DOMESTIC_BEFORE =
  /\b(?:ministry|ministries|minister|government|authority|agency|department|directorate|police|parliament|university|universities|council|commission|committee|regulator)\b/i;

/**
 * Whether cooperation told by the phrase at `start`–`end` of a sentence is with the state's own bodies only, by the
 * state's own bodies (`DOMESTIC_AFTER`, `DOMESTIC_BEFORE`).
 */
export function withOwnBodies(sentence: string, end: number, start: number): boolean {
  const after = sentence.slice(end, end + 120);
  return (
    DOMESTIC_AFTER.test(after) &&
    (DOMESTIC_BEFORE.test(sentence.slice(0, start)) || homeMinistry(after, sentence.slice(0, start))) &&
    !BEYOND_HOME.test(sentence) &&
    !BEYOND_HOME_NAMES.test(sentence)
  );
}

/**
 * A ministry named without a state's name or adjective ("with the Ministry of Education and Higher Education", not
 * "with the Estonian Ministry of Foreign Affairs" or "the Ministry of Defence of Japan"): the state's own, unless a
 * body named before the phrase works with it (`BODY_BEFORE`).
 */
const HOME_MINISTRY = /^\s+the\s+Ministry\s+(?:of|for)\s+((?:(?:\p{Lu}[\p{L}'’-]*|and|of|for|the|&)\s*)+)/u;
const STATE_NAMED = new RegExp(`(?<![\\p{L}])(?:${STATE_NAMES})(?![\\p{L}])`, 'u');

/** A body named before the phrase, whose own the ministry need not be ("The Programme Office in Bishkek, in …"). */
const BODY_BEFORE =
  /\b(?:Office|Offices|Agency|Centre|Center|Organi[sz]ation|Team|Commission|Council|Bank|Fund|Union|Secretariat|Mission|Embassy|Delegation|Institute|Programme|Program|Forum|Group)\b/u;

function homeMinistry(after: string, before: string): boolean {
  const name = HOME_MINISTRY.exec(after)?.[1];
  return name !== undefined && !STATE_NAMED.test(name) && !BODY_BEFORE.test(before);
}

/** A meeting's verbs for what it talked about ("discussed", "looked at", "the forum aimed to identify"). */
const MEETING_VERBS =
  'discuss(?:ed|es|ing|ion|ions)?|exchanges? on|exchanged on|talks (?:on|about)|touched (?:up)?on|considered|looked at|examined|explored|(?:forums?|meetings?|workshops?|conferences?|seminars?|events?|sessions?|summits?|symposi(?:um|a))\\b[^.;!?]{0,100}?\\baim(?:s|ed)? to (?:identify|discuss|examine|explore|consider|review|address|look at)';

/**
 * Words before which a sentence's other words name the topics of a meeting, not what was done:
 * "the delegations exchanged updates on policy, legislative developments and resilience", "both
 * sides highlighted the cooperation … and exchanged on capacity-building approaches", "experts
 * focused on the coordination of policy and on legal frameworks", "the forum aimed to identify the challenges of
 * securing critical information infrastructures", "it considered best practices", "under the MoU the two agencies will
 * consult regularly on incident response" (a readout's verbs, but not "noted that …", which reports what was done).
 * "Focus on" before a verb of work is work, not a topic ("the centre will focus on promoting cyber security
 * awareness").
 */
const TOPIC = new RegExp(
  `\\b(?:(?:noted|highlighted|welcomed|reaffirmed|underlined|stressed)(?! that\\b)|exchang(?:e|ed|es|ing) (?:of )?(?:views|updates|information|ideas|perspectives|notes)|topics?|themes?|agenda|focus(?:es|ed|ing|ses|sed|sing)? on(?!\\s+(?:promot|develop|build|strengthen|improv|rais|train|establish|creat|deliver|provid|expand|enhanc|support|implement|foster|educat)[a-z]*ing\\b)|cent(?:re|er)(?:s|d|ed|ing)? (?:on|around)|open to|briefed|briefings?|updates? on|presentations? (?:on|about)|sessions? (?:on|about)|(?:will|shall|agreed to|agree to)\\s+(?:also\\s+)?(?:regularly\\s+)?(?:consult|cooperate|co-operate|collaborate)\\s+(?:regularly\\s+|closely\\s+)?(?:on|in)|${MEETING_VERBS})\\b`,
  'i',
);

/**
 * A meeting's verbs before which cooperation is what it talked about, not work done: "the forum looked at actions to
 * enhance cooperation and collaboration with other stakeholders", "the session discussed public-private partnerships"
 * (not who took part, as `TOPIC` also reads: "officials of the two countries signed a declaration" is done; nor what
 * a strategy's domain focuses on).
 */
const PARTNER_TOPIC = new RegExp(`\\b(?:${MEETING_VERBS})\\b`, 'i');

/** Whether a meeting's verb (`PARTNER_TOPIC`) stands in `sentence` before `offset`: partnerships it talked about. */
export function partnerTopicBefore(sentence: string, offset: number): boolean {
  return PARTNER_TOPIC.test(sentence.slice(0, offset));
}

/**
 * Words before which a sentence's next words name who took part ("the delegation led by the ministry's director",
 * "representatives of the national CERT"), unless the sentence goes on to what they did (`DID`: "The delegation, led by
 * the regional body's specialists, … held a three-day workshop … and the provision of technical training").
 */
const WHO = /\b(?:delegations?|representatives of|officials (?:of|from)|led by|participants (?:from|of))\b/gi;
/** A verb after those words: what the people named did. */
const DID = /\b(?:held|hosted|organi[sz]ed|conducted|delivered|provided|launched|signed|ran|opened)\b/i;

/** Whether a topic cue stands in `sentence` before `offset` (an offset into it). */
export function topicBefore(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  if (TOPIC.test(before)) return true;
  let last = -1;
  for (const m of before.matchAll(WHO)) last = m.index + m[0].length;
  return last >= 0 && !DID.test(before.slice(last));
}

/**
 * Words before which policy words name what is taught, held as a credential or what others are helped with, not
 * policy put into effect: "certifications in creating incident response teams", "training sessions and seminars on
 * governance, risk management and incident response", "capacity building of cyber incident management", "tools and
 * guidance for countries to reflect these principles in national legislation", "assisting Kalvania with the reform of
 * its Cybercrime Act".
 */
const ASIDE =
  /\b(?:(?:certifications?|certificates?|diplomas?|degrees?|qualifications?|certified)\s+(?:in|on)\b|(?:training|trainings|workshops?|seminars?|webinars?|courses?|modules?|curricul(?:um|a)|lectures?|classes|exercises?|capacity[- ]building|capacities|research (?:projects?|themes?|topics?|questions?|agenda)|theses|thesis|dissertations?|education programmes?)\b[^.;:!?]{0,100}?\b(?:on|in|of|for|about|into|how|covering|such as|including|related to)\b|(?:comparative |empirical |doctoral )?(?:study|studies)\s+(?:[\p{L}-]+\s+){0,2}?(?:on|of|into|about|covering|related to)\b|capacity[- ]building (?:helps?|aims?|seeks?) to\b|(?:help|helps|helping|assist|assists|assisting|support|supports|supporting|guidance for|tools for|enable|enables|enabling)\s+(?:[\p{L}-]+\s+){0,2}(?:countries|nations|partner countries|developing countries|beneficiary countries|other states)\b|\bfor (?:countries|nations|governments) to\b|\b(?:support|supports|supporting|assist|assists|assisting|help|helps|helping)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s\b|\b(?:assist|assists|assisting|assisted|help|helps|helping|helped|support|supports|supporting|supported)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:with|in)\s+(?:the\s+)?(?:reform|review|drafting|development|revision|update|establishment)\b)/iu;

/**
 * Words before which bodies are only the addressees of a report, not at work: "the breach has been reported to the
 * police, the privacy agency and the national CERT", "the company notified the regulator and CERT-SE" (not "notified
 * the public that …", which goes on to say something).
 */
const ADDRESSEE =
  /(?:\b(?:has|have|had)\s+been|\b(?:was|were|is|are)(?:\s+also)?)\s+(?:reported|notified|referred|escalated)\s+to\b[^.;!?]{0,120}$|\b(?:has|have|had|we|it|they)\s+(?:also\s+)?(?:notified|informed|alerted|contacted)\s+(?:(?!\bthat\b)[^.;!?]){0,100}$/i;

/** Whether a policy word at `offset` in `sentence` names who a report went to (`ADDRESSEE`). */
export function addressedBefore(sentence: string, offset: number): boolean {
  return ADDRESSEE.test(sentence.slice(0, offset));
}

/**
 * Words in whose company "implementation" and "law" are the international order's, not a country's
 * own policy: the norms of responsible state behaviour, confidence-building measures, international law.
 */
const INTERNATIONAL_ORDER =
  /\b(?:norms?|cbms?|confidence[- ]building|responsible (?:state )?behaviou?r|international law|charter of the (?:un|united nations)|un charter)\b/i;

/** Whether a policy word at `offset` in `sentence` is taught or helped with (`ASIDE`), not done. */
export function asideBefore(sentence: string, offset: number): boolean {
  return ASIDE.test(sentence.slice(0, offset));
}

/**
 * Words before which a policy is only called for, not in effect: "participants emphasized the urgent need for
 * legislative action", "he called for a national cybersecurity policy", "urged the government to adopt …".
 */
const CALL_FOR =
  /\b(?:(?:urgent|pressing|critical)\s+need\s+(?:for|to)|(?:emphasi[sz]|stress|underscor|highlight|underlin|reiterat)(?:e|es|ed|ing)\s+(?:the\s+)?need\s+(?:for|to)|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)\s+(?:the\s+)?(?:government|authorities|parliament|lawmakers|states|countries)\s+to)\b[^.;!?]{0,120}$/i;

/** Whether a policy word at `offset` in `sentence` is only called for (`CALL_FOR`). */
export function calledForBefore(sentence: string, offset: number): boolean {
  return CALL_FOR.test(sentence.slice(Math.max(0, offset - 200), offset));
}

/**
 * Words of a job description: in a block that has them, its duties and requirements ("the
 * analyst implements incident response procedures", "candidates need a bachelor's degree", "strong
 * problem-solving skills", "excellent written communication") say what a post asks, not what a country or its
 * institutions do, teach or research.
 */
const JOB =
  /\b(?:job descriptions?|job adverts?|job postings?|job summary|job title|job requirements|job specifications?|job vacanc(?:y|ies)|vacancy (?:notice|announcement)|current vacancies|(?:the|successful|ideal|suitable|qualified) candidates?(?!\s+(?:countr|states?\b|members?\b))|(?:candidates|applicants) (?:need|must|should|will)|about the role|about the (?:position|post|job)|job purpose|purpose of the job|in this role|this role|the role (?:ensures|involves|requires|includes|is responsible)|^\s*reports to(?=:)|the role holder|this position|the position holder|we are looking for (?!(?:young |new |more |fresh )?talents?\b|ways\b|partners\b)|we are seeking (?:an? |to recruit )|position title(?=:)|(?:objectives?|purpose) of the (?:role|position|post)|^\s*reporting to(?=:)|responsibilities (?:include|are)|duties (?:include|are)|(?:primary|main) responsibilit(?:y|ies) of the (?:[a-z]+ ){0,3}(?:analyst|engineer|officer|manager|specialist|role|post|position)|reports? to the (?:ciso|cio|head of)|typical (?:education|experience|salary)|key certifications|duties and responsibilities|key responsibilities|key accountabilities|accountabilities and deliverables|person(?:al)? specifications?|requirements of the role|your (?:new )?role|your (?:daily |main )?tasks (?:will )?include|day-to-day,? your tasks|years(?:['’])? (?:of )?(?:relevant )?experience|(?:minimum|preferred|required|desired) qualifications|employer types?|closing date for applications|(?:other )?duties as (?:may be )?assigned|or equivalent qualifications?|dienstverband|vacatures?|functieomschrijving|functie-eisen|solliciteren|sollicitatie|excellent (?:written|verbal|oral|communication|interpersonal)|(?:strong|proven|excellent) (?:problem-solving|leadership|analytical|communication|organisational|organizational) skills|familiarity with)\b/i;

/**
 * Words of a service's notice to its customers: in a block that has them, law, regulation and
 * requirements are what the service abides by with "your personal information", not public policy.
 */
const CUSTOMER_NOTICE =
  /\b(?:your (?:personal )?(?:information|data)|your consent|your privacy|we (?:collect|retain|process|disclose|store) (?:your|personal|the information)|we are committed to (?:the |your )?privacy|our (?:[a-z-]+ )?privacy (?:policy|policies|notice|statement))\b/i;

/** Whether the block (or sentence) belongs to a job description (`JOB`) or a customer notice (`CUSTOMER_NOTICE`). */
export function isJobDescription(prose: string): boolean {
  return JOB.test(prose) || JOB_HEADING.test(prose) || CUSTOMER_NOTICE.test(prose);
}

/**
 * A job advert's section headings and terms, alone on their line: "Qualifications", "Requirements:", "Job Purpose",
 * "Full Time", "Direct Reports".
 */
const JOB_HEADING =
  /^\s*(?:qualifications?|requirements|job purpose|role purpose|role overview|position summary|job overview|about the role|the role|your profile|your new role|your role|who you are|what you will do|what you bring|what we offer|how to apply|full[- ]time|part[- ]time|direct reports|permanent contract|fixed[- ]term contract)\s*:?\s*$/i;

/**
 * Words of a course's outline: in a section that has them, policy words are what graduates learn
 * ("Graduates will be able to: … implement data protection and incident response"), not policy put
 * into effect.
 */
const COURSE =
  /\b(?:learning outcomes|graduates will|students will|learners will|participants will learn|you will (?:learn|study|gain|develop|be able to)|by the end of (?:the|this) (?:course|programme|program|module)|on (?:successful )?completion of (?:the|this) (?:course|programme|program|module)|course (?:content|structure|outline|overview|description)|programme structure|program structure|what you will learn|entry requirements|tuition fees?)\b/i;

/** What a section reads as, as bits: a job description's (`GENRE_JOB`), a course outline's (`GENRE_COURSE`). */
export const GENRE_JOB = 1;
export const GENRE_COURSE = 2;
/** A block that is a line of a list of names (a strategy's task list): its words name, they say nothing. */
export const GENRE_NAMES = 4;
/**
 * A list of names that a strategy sets out as its objectives, pillars or priorities (`OBJECTIVES_CUE` in its heading or
 * the line that leads into it): each line names what the strategy commits to.
 */
export const GENRE_OBJECTIVES = 8;

/** Words that introduce a strategy's objectives, pillars or priorities, in the languages the vocabulary reads. */
const OBJECTIVES_CUE =
  /(?<![\p{L}])(?:objectives?|goals?|pillars?|priorities|priority areas|strategic (?:areas|axes|lines|directions|guidelines)|axes|action lines|lines of action|focus areas|key areas|aims|objetivos?|pilares?|ejes?|eixos?|prioridades|lignes? d'action|objectifs?|piliers?|axes stratégiques|orientations stratégiques|ziele)(?![\p{L}])/iu;

/**
 * A sentence that leads into its own list with an objectives cue: "It revolves around five main strategic axes: …",
 * "The strategy identifies five objectives, including …".
 */
const INLINE_OBJECTIVES = new RegExp(
  `(?:${OBJECTIVES_CUE.source}|(?<![\\p{L}])(?:primary |main |overall )?purposes?(?![\\p{L}]))[^.:;!?\\n]{0,60}?(?::|(?<![\\p{L}])(?:namely|are|include|includes|including|as follows|is to|are to|comprend|incluye|incluem|sont|son|são)(?![\\p{L}]))`,
  'iu',
);
/** A list's lead word before a semicolon that stands for a colon: "… six main pillars including;". */
const LEAD_SEMICOLON = /(?<![\p{L}])(?:including|include|includes|namely|are|as follows)\s*;\s*$/iu;

/** The text after the last full stop, colon or semicolon before the end of `text`, less a trailing semicolon. */
function lastClause(text: string): string {
  const body = text.replace(/;\s*$/, '');
  return body.slice(Math.max(body.lastIndexOf('. '), body.lastIndexOf(': '), body.lastIndexOf('; ')) + 1);
}

/** A strategy or a policy named, whose objectives a sentence may list (`inlineObjectivesBefore`). */
const STRATEGY_NAMED =
  /(?<![\p{L}])(?:strateg(?:y|ies|ic)|estrat[eé]gi(?:a|as|co|ca)|strat[ée]gi(?:e|que|ques)|policy|pol[ií]tica|politique|action plan|plan d['’]action|plan de acci[oó]n)(?![\p{L}])/iu;
/** A meeting or a course, whose objectives are its own, not a strategy's. */
const EVENT_WORDS =
  'workshop|conference|meeting|seminar|forum|course|training|session|summit|dialogue|visit|consultation|webinar|symposium|event|exercise|drill|mission|atelier|taller|reuni[oó]n|curso';
const EVENT_OBJECTIVES = new RegExp(`(?<![\\p{L}])(?:${EVENT_WORDS}|project|programme|program)s?(?![\\p{L}])`, 'iu');

/**
 * Whether a strategy's objectives are told inline before `offset` in `sentence` (of a block, `prose`, that names a
 * strategy or a policy): each item of such a list names what the strategy commits to, as a list of objectives' lines
 * does (`GENRE_OBJECTIVES`). Not a meeting's, a course's or a project's objectives.
 */
export function inlineObjectivesBefore(prose: string, sentence: string, offset: number, at: number): boolean {
  // `at`: where the sentence starts in `prose`, for a lead that ends the clause before it.
  let before = sentence.slice(0, offset);
  // A lead ended by a semicolon where a colon was meant ("anchored on six main pillars including; the establishment
  // of …"): the clause before it leads in.
  if (at > 0 && LEAD_SEMICOLON.test(prose.slice(Math.max(0, at - 120), at)))
    before = `${lastClause(prose.slice(Math.max(0, at - 200), at))}: ${before}`;
  const lead = INLINE_OBJECTIVES.exec(before);
  if (!lead) return false;
  if (EVENT_OBJECTIVES.test(before.slice(0, lead.index + lead[0].length))) return false;
  return STRATEGY_NAMED.test(prose);
}

/**
 * Whether the line before a list of long items leads into a strategy's objectives ("Outlines four strategic
 * objectives:", "Strategy Objectives"): it names objectives and a strategy, and no meeting's or course's.
 */
export function leadsIntoStrategyObjectives(line: string): boolean {
  // A long paragraph leads in by its last sentence ("… The strategy is based on 3 strategic guidelines:").
  const lead = line.length <= LEAD_LENGTH ? line : line.endsWith(':') ? lastSentence(line) : '';
  return (
    lead.length <= LEAD_LENGTH && OBJECTIVES_CUE.test(lead) && STRATEGY_NAMED.test(lead) && !EVENT_OBJECTIVES.test(lead)
  );
}

/** The longest line that leads into a list as a whole. */
const LEAD_LENGTH = 200;

/** The text after the last full stop of `text` followed by white space (all of it when it has none). */
function lastSentence(text: string): string {
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('.\n'));
  return stop < 0 ? text : text.slice(stop + 2);
}

/** Whether a heading, or the line before a list, introduces a strategy's objectives, pillars or priorities. */
export function introducesObjectives(text: string): boolean {
  if (!OBJECTIVES_CUE.test(text)) return false;
  // An event's own aims ("The objective of the consultation is to get the views of …") lead into no strategy's
  // objectives, unless a strategy's are named too.
  const cues = text.match(OBJECTIVES_CUE_ALL)?.length ?? 0;
  const events = text.match(EVENT_AIM)?.length ?? 0;
  return cues > events;
}

/** Every objectives cue (`OBJECTIVES_CUE`), to count them. */
const OBJECTIVES_CUE_ALL = new RegExp(OBJECTIVES_CUE.source, 'giu');
/** An event's own aims: "the objective of the consultation", "the workshop's objectives". */
const EVENT_AIM = new RegExp(
  `(?:${OBJECTIVES_CUE.source})\\s+of\\s+(?:the|this|that|each)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_WORDS})s?(?![\\p{L}])|(?:${EVENT_WORDS})s?['’]s?\\s+(?:main\\s+|key\\s+)?(?:${OBJECTIVES_CUE.source})`,
  'giu',
);

/**
 * An organisation's review of an incident it suffered (`GENRE_INCIDENT`): its partners, the report it filed with the
 * national CERT and its staff training tell what happened to it, not a country's partnerships, policy or education.
 */
export const GENRE_INCIDENT = 16;
const INCIDENT_REVIEW =
  /\b(?:post-incident review|post incident review|post-mortem|postmortem|blameless (?:review|retrospective)|incident retrospective|SEV-?[0-4]\b)/i;

/**
 * A meeting's programme (`GENRE_AGENDA`): a table of times and sessions, or a section headed "Agenda". Its sessions'
 * titles are what will be talked about ("Public–private partnerships in threat intelligence sharing"), not what is
 * done: no partnership, policy or education of anyone's (the meeting itself is dialogue).
 */
export const GENRE_AGENDA = 32;
const AGENDA =
  /\|\s*(?:time|date)\s*\|\s*(?:session|topic|item|title|programme|program)s?\s*\||^\s*(?:draft |provisional )?agenda\s*:?\s*$/im;

/**
 * A post advertised (`GENRE_POST`): a job description's own words ("Key Responsibilities", "the successful
 * candidate", "years of experience"), not those a mandate or a call for applicants shares with it ("whose
 * responsibilities include", "applicants must"). A post's collaboration with stakeholders is a duty, no partnership.
 */
export const GENRE_POST = 64;
const JOB_SHARED =
  /\b(?:responsibilities (?:include|are)|duties (?:include|are)|(?:candidates|applicants) (?:need|must|should|will))\b/gi;

/**
 * A company's own page (`GENRE_COMPANY`): a vendor's page about its product or service ("SOC24 key benefits",
 * "response scenarios developed in collaboration with you as a customer", "request a demo", a product's name marked
 * twice as a trade mark), news of a company's deals ("a Series B funding round", "a takeover bid at 12 cents per
 * share", "this acquisition") or its privacy notice ("this Data Protection Statement", "the personal data you enter in
 * our CV database", a heading "Privacy Policy" alone, "protecting your privacy"), or a service's offer ("remote
 * assistance or, at your discretion, on-site support"). Its policies, partners and training are the company's, no
 * country's: the whole draft reads so (`contextGenres`), its other sections too.
 */
export const GENRE_COMPANY = 128;
const COMPANY_PAGE =
  /™[^]{0,400}?™|\b(?:key benefits|as a customer|request a (?:demo|quote|free trial)|book a demo|free trial|contact (?:our )?sales|pricing plans?|add to cart|buy now|managed (?:firewall|security) services?|series [a-d] (?:round|funding)|funding round|seed round|led the round|takeover bid|per share|shares (?:were|have been|had been) suspended|this acquisition|the transaction|(?:this|our) (?:privacy|data protection) (?:notice|statement|policy)|data protection statement|privacy notice|your personal data|personal data you (?:enter|provide|submit|give)|(?:this|our) policy explains how we|protecting your privacy|at your discretion|^\s*(?:privacy|cookie) (?:policy|notice|statement)\s*$)\b/i;

export function genreOf(prose: string): number {
  const job = isJobDescription(prose);
  return (
    (job ? GENRE_JOB : 0) |
    (job && (JOB.test(prose.replace(JOB_SHARED, ' ')) || JOB_HEADING.test(prose)) ? GENRE_POST : 0) |
    (COURSE.test(prose) ? GENRE_COURSE : 0) |
    (INCIDENT_REVIEW.test(prose) ? GENRE_INCIDENT : 0) |
    (AGENDA.test(prose) ? GENRE_AGENDA : 0) |
    (COMPANY_PAGE.test(prose) ? GENRE_COMPANY : 0)
  );
}

/** Whether the sentence is about the international order (`INTERNATIONAL_ORDER`). */
export function aboutInternationalOrder(sentence: string): boolean {
  return INTERNATIONAL_ORDER.test(sentence);
}

/**
 * A block that stands for a heading: a short line with no closing punctuation, such as a list item
 * "3. National and International Cooperation and Integration" or a bold "**Capacity building**",
 * over the text it introduces.
 */
export function isLabel(prose: string): boolean {
  const line = prose.trim();
  if (!line || /[\r\n]/.test(line) || /[.,;!?]$/.test(line)) return false;
  let words = 0;
  for (const _ of line.matchAll(/[\p{L}\p{N}]+/gu)) if (++words > 10) return false;
  return words > 0;
}

/**
 * Text the tool inserts for the writer to replace (a section skeleton's prompt) or that says the
 * text is still to come: never evidence, whatever words it holds.
 */
const PLACEHOLDER =
  /^\s*(?:describe how this draft addresses\b|(?:todo|tbd|tbc|tk|placeholder)\b|\[(?:todo|tbd|placeholder)\b|to be (?:written|drafted|completed|added)\b)/i;

export function isPlaceholder(prose: string): boolean {
  return PLACEHOLDER.test(prose);
}

/**
 * Words that end the name of a body ("… Response Team", "Ministry of …", "… School of Law") or of an event ("Global
 * Conference on Cyber Capacity Building"): a name says who or what, not what is done.
 */
const BODY_HEAD =
  /^(?:team|centre|center|ministry|department|division|office|agency|council|secretariat|institute|university|academy|fund|bank|committee|commission|authority|directorate|unit|bureau|service|organisation|organization|programme|program|school|college|faculty|conference|forum|summit|symposium)$/i;
/** `BODY_HEAD` anywhere: a window without one holds no body's name (so its words are not read). */
const BODY_HEAD_NEAR =
  /\b(?:team|cent(?:re|er)|ministry|department|division|office|agency|council|secretariat|institute|university|academy|fund|bank|committee|commission|authority|directorate|unit|bureau|service|organi[sz]ation|program(?:me)?|school|college|faculty|conference|forum|summit|symposium)\b/i;
const CONNECTOR = /^(?:of|and|for|the|on|in|&|de)$/i;
const NAME_WORD = /[\p{L}\p{N}&]+/gu;

/**
 * Whether `start`–`end` in `prose` is part of a body's name: a run of capitalised words that holds
 * a word such as Ministry, Department, Team or Centre and more capitalised words than the match
 * ("Indian Computer Emergency Response Team", "Ministry of Education", "National Critical
 * Information Infrastructure Protection Centre"). A name says who, not what is done.
 */
export function inBodyName(prose: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(prose.slice(start, end))) return false;
  const from = Math.max(0, start - 120);
  const window = prose.slice(from, Math.min(prose.length, end + 120));
  if (!BODY_HEAD_NEAR.test(window)) return false;
  const words = [...window.matchAll(NAME_WORD)].map((m) => ({
    word: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  const first = words.findIndex((w) => w.end > start);
  let last = first;
  while (last + 1 < words.length && words[last + 1].start < end) last++;
  if (first < 0) return false;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // Only spaces (and hyphens) between the words of a name.
  const joined = (a: { end: number }, b: { start: number }) => /^[ \t-]*$/.test(prose.slice(a.end, b.start));
  let a = first;
  while (a > 0 && joined(words[a - 1], words[a]) && (capital(words[a - 1].word) || CONNECTOR.test(words[a - 1].word)))
    a--;
  let b = last;
  while (
    b + 1 < words.length &&
    joined(words[b], words[b + 1]) &&
    (capital(words[b + 1].word) || CONNECTOR.test(words[b + 1].word))
  )
    b++;
  while (a < first && CONNECTOR.test(words[a].word)) a++;
  while (b > last && CONNECTOR.test(words[b].word)) b--;
  const span = words.slice(a, b + 1);
  const outside = span.filter((w, i) => (i + a < first || i + a > last) && capital(w.word)).length;
  return outside > 0 && span.some((w) => BODY_HEAD.test(w.word));
}

/** The pillar a section skeleton's prompt is for ("Describe how this draft addresses building partnerships: …"). */
export function placeholderPillar(prose: string, pillars: PillarSet): PillarId | undefined {
  const named = /^\s*describe how this draft addresses ([^:]+):/i.exec(prose)?.[1].trim().toLowerCase();
  return named ? pillars.pillars.find((pillar) => pillar.title.toLowerCase() === named)?.id : undefined;
}

/**
 * Words that open an inline list of areas, topics or aims: "five areas of cooperation, namely",
 * "These strategic goals are:", "cross-cutting topics of the Strategy:", "in the areas of", and the areas of a
 * cooperation or its working groups ("joint working groups on cyber policy, network defence, research and development
 * and human capital", "cooperation on e-government, cybercrime prevention, capacity building and research").
 */
const LIST_INTRO =
  /\b(?:(?:areas?|fields?|topics?|themes?|goals?|objectives?|pillars?|priorit(?:y|ies)|domains?|sectors?|issues|matters|dimensions|elements|components|axes|subjects?)\b[^.:;!?\n]{0,40}?(?::|\b(?:namely|are|include|includes|including|such as|as follows)\b:?)|(?:namely|such as|in the (?:areas?|fields?|domains?) of|ranging from|working groups? on|(?:co-?operation|collaboration|co-?operate|collaborate) (?:on|in))\b)/gi;
/** Words after an inline list that say what its items are: "… are some of the strategy's priorities". */
const LIST_OUTRO =
  /\s(?:are|were|form|constitute|remain)\s(?:[a-z’'-]+\s){0,5}?(?:priorit(?:y|ies)|areas|topics|themes|goals|objectives|pillars|focus areas|issues)\b/i;
/** How far from a signal a list's statement is read, each way. */
const STATEMENT_REACH = 400;
const LIST_OUTROS = new RegExp(LIST_OUTRO.source, 'gi');
/** An item that is one past-tense verb so far ("gathered"), and the preposition after it ("in", "at"). */
const PREDICATE = /^\s*\p{L}+ed$/u;
const PLACE_AFTER = /^\s+(?:in|at|on|for|from|during)\s/;
/** A list's item: what stands between its separators. */
const SEPARATORS = /[;,]|\s(?:and|or|as well as)\s/g;
/** The most words an item of a list of areas has: a name, not a statement. */
const ITEM_WORDS = 6;
/**
 * A bare list (no words to open or close it) is a list of names when it has this many items of at most `BARE_WORDS`
 * words.
 */
const BARE_ITEMS = 5;
const BARE_WORDS = 3;
/** A list of aims: items that each start with a verb of aim ("centralise …, foster …, develop skills …"). */
const AIM_ITEMS = 3;
const AIM_WORDS = 10;
const AIM_VERB =
  /^(?:\(?[ivx\d]+\)\s*|[a-z]\)\s*|to\s+|and\s+)?(?:centrali[sz]|foster|promot|develop|ensur|strengthen|build|enhanc|improv|establish|support|protect|combat|rais|creat|provid|increas|encourag|facilitat|coordinat|advanc|boost|deepen|expand|reduc|secur|prevent|address|mobili[sz]|invest|integrat|harmoni[sz]|moderni[sz]|defend|disrupt|shap|counter|fight|tackl|us|explor|limit|driv)(?:e|es|ed|ing|s)?\b/i;

function statementEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n') return text[i + 1] === '\n' || text[i - 1] === '\n';
  return (ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}

/** How many words `text` has, counted up to `WORD_CAP` (no list item that long is a name or an aim). */
const WORD_CAP = AIM_WORDS + 1;
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < WORD_CAP; i++) {
    const c = text.charCodeAt(i);
    // Letters and digits of ASCII, and anything past it (accented letters): a word's characters.
    const word =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c > 0x7f && c !== 0xa0 && c !== 0x2019 && c !== 0x2013 && c !== 0x2014 && c !== 0x201c && c !== 0x201d);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** A pillar's signal in a block: where it stands, and its family. */
export interface OwnSignal {
  start: number;
  end: number;
  family: string;
}

/**
 * Whether `start`–`end` in `prose` is an item of an inline list that names the pillar among
 * others and says nothing about it:
 * - a list of areas: words that open it (`LIST_INTRO`: "five areas of cooperation, namely
 *   information exchange; education and training; cyber exercises") or close it (`LIST_OUTRO`:
 *   "…, awareness and standards are some of the strategy's priorities"), three or more short items;
 * - a bare list of names: five or more items of a few words ("through response techniques,
 *   education, training, awareness, research, collaboration and management strategies");
 * - a list of aims: three or more items that each start with a verb of aim ("aims to centralise
 *   …, foster …, develop cybersecurity skills and capacities, and ensure …").
 * The item holding the match must be a few words or name just one of the pillar's families (`own`:
 * the pillar's signals in `prose`), and at least two items none: a list all about the pillar is about it.
 */
/**
 * The last statement read (`statementOf`) and the last run split into items (`itemsOf`): a block's signals share them.
 */
let lastStatement:
  { prose: string; from: number; to: number; whole: boolean; intros?: number[]; outros?: number[] } | undefined;
let lastRun:
  | {
      prose: string;
      start: number;
      end: number;
      items: { start: number; end: number }[];
      texts: string[];
      words: number[];
      aims?: number[];
    }
  | undefined;

/**
 * The statement around `start`–`end`: back to the last full stop or blank line, on to the next (a hard-wrapped line
 * goes on).
 */
function statementOf(prose: string, start: number, end: number): NonNullable<typeof lastStatement> {
  const last = lastStatement;
  if (last && last.prose === prose && last.whole && last.from <= start && end <= last.to) return last;
  // Bounded (`STATEMENT_REACH`), so that a long text without full stops costs no more per signal.
  const floor = Math.max(0, start - STATEMENT_REACH);
  const ceiling = Math.min(prose.length, end + STATEMENT_REACH);
  let from = start;
  while (from > floor && !statementEnd(prose, from - 1)) from--;
  let to = end;
  while (to < ceiling && !statementEnd(prose, to)) to++;
  lastStatement = { prose, from, to, whole: (from > floor || from === 0) && (to < ceiling || to === prose.length) };
  return lastStatement;
}

/** The run's items, as offsets into `prose`, their texts and word counts. */
function itemsOf(prose: string, runStart: number, runEnd: number): NonNullable<typeof lastRun> {
  const last = lastRun;
  if (last && last.prose === prose && last.start === runStart && last.end === runEnd) return last;
  const items: { start: number; end: number }[] = [];
  let itemStart = runStart;
  for (const m of prose.slice(runStart, runEnd).matchAll(SEPARATORS)) {
    items.push({ start: itemStart, end: runStart + m.index });
    itemStart = runStart + m.index + m[0].length;
  }
  items.push({ start: itemStart, end: runEnd });
  const texts = items.map((item) => prose.slice(item.start, item.end).trim());
  lastRun = { prose, start: runStart, end: runEnd, items, texts, words: texts.map(wordCount) };
  return lastRun;
}

export function inEnumeration(prose: string, start: number, end: number, own: readonly OwnSignal[]): boolean {
  const statement = statementOf(prose, start, end);
  const { from, to } = statement;
  // Where the statement's words that open and close lists stand, read once for all its signals.
  const slice = prose.slice(from, to);
  statement.intros ??= [...slice.matchAll(LIST_INTRO)].map((m) => from + m.index + m[0].length);
  statement.outros ??= [...slice.matchAll(LIST_OUTROS)].map((m) => from + m.index);
  let runStart = from;
  let runEnd = to;
  let kind: 'areas' | 'bare' = 'bare';
  for (const at of statement.intros) if (at <= start) [runStart, kind] = [at, 'areas'];
  if (kind === 'bare') {
    const outro = statement.outros.find((at) => at >= end);
    if (outro !== undefined) [runEnd, kind] = [outro, 'areas'];
  }
  const run = itemsOf(prose, runStart, runEnd);
  if (run.items.length < 3) return false;
  let { items, texts, words } = run;
  let aims = run.aims;
  // A separator inside the match ("research and development") splits nothing: its items are one.
  const k = items.findIndex((item) => item.end > start);
  if (k < 0) return false;
  let last = k;
  while (last + 1 < items.length && items[last + 1].start < end) last++;
  if (last > k) {
    const merged = { start: items[k].start, end: items[last].end };
    const text = prose.slice(merged.start, merged.end).trim();
    items = [...items.slice(0, k), merged, ...items.slice(last + 1)];
    texts = [...texts.slice(0, k), text, ...texts.slice(last + 1)];
    words = [...words.slice(0, k), wordCount(text), ...words.slice(last + 1)];
    aims = undefined;
  }
  if (!(items[k].start <= start && end <= items[k].end)) return false;
  // A verb that opens the item is the sentence going on after the list, not a name in it ("…, the Kingdom of Thailand
  // and Japan, gathered in Tokyo").
  if (PREDICATE.test(prose.slice(items[k].start, end)) && PLACE_AFTER.test(prose.slice(end, end + 12))) return false;
  let list: number[];
  if (kind === 'areas') {
    const named = texts.map((text, i) => i).filter((i) => words[i] > 0);
    if (
      named.length < 3 ||
      words[k] > ITEM_WORDS ||
      named.filter((i) => words[i] <= ITEM_WORDS).length * 3 < named.length * 2
    )
      return false;
    list = named;
  } else {
    // The longest stretch of short items around the match, or the items that start with a verb of aim.
    let a = k;
    let b = k;
    while (a > 0 && words[a - 1] > 0 && words[a - 1] <= BARE_WORDS) a--;
    while (b + 1 < items.length && words[b + 1] > 0 && words[b + 1] <= BARE_WORDS) b++;
    // The first aim follows the words that open the list ("The framework aims to centralise …").
    const aimOf = (i: number) => (i === 0 ? texts[i].replace(/^.*?\b(?:to|will|shall)\s+/i, '') : texts[i]);
    if (!aims) {
      aims = texts.map((text, i) => i).filter((i) => AIM_VERB.test(aimOf(i)));
      if (items === run.items) run.aims = aims;
    }
    // The match's item is an aim, or the rest of the aim before it ("develop cybersecurity skills and capacities").
    let aim = k;
    while (aim > 0 && !AIM_VERB.test(aimOf(aim)) && words[aim] <= BARE_WORDS) aim--;
    if (words[k] <= BARE_WORDS && b - a + 1 >= BARE_ITEMS) list = Array.from({ length: b - a + 1 }, (_, i) => a + i);
    else if (aims.length >= AIM_ITEMS && AIM_VERB.test(aimOf(aim)) && wordCount(aimOf(aim)) <= AIM_WORDS) list = aims;
    else return false;
  }
  // The pillar's signals in the statement (`own` is in text order): found by halving, so that a long text's many
  // signals cost no more each.
  const inStatement: OwnSignal[] = [];
  for (let i = lowerBound(own, from, (signal) => signal.start); i < own.length && own[i].start < to; i++)
    inStatement.push(own[i]);
  const familiesIn = (item: { start: number; end: number }) =>
    new Set(inStatement.filter((m) => item.start <= m.start && m.end <= item.end).map((m) => m.family));
  // An item that names two of the pillar's families in a few words is still a name ("Education & Training").
  if (words[k] > BARE_WORDS && familiesIn(items[k]).size > 1) return false;
  return list.filter((i) => familiesIn(items[i]).size === 0).length >= 2;
}
