/**
 * Cues of a mention in passing: how the words around a pillar's signals say they are only named, not spoken of. A
 * denial ("is not a CERT"), the topics of a meeting ("discussed policy and legislative developments"), an aside on the
 * international order, a call on others, partners who are the country's own bodies, a body's or an event's name
 * ("the National Cyber Security Centre"), an item of a list of areas ("fields such as training, research and
 * awareness"); and where a sentence around a signal starts and ends. Aims are in `aims.ts`, acts in `acts.ts`, what a
 * block or section reads as in `genres.ts`. Read on the prose mask, and only where a verdict could turn on it (a block
 * that falls short, or one that covers a pillar on topic words), so a check's cost is unchanged.
 */
import type { PillarId } from '../framework/model.js';
import type { PillarSet } from '../framework/pillar-set.js';
import { lowerBound } from '../parse/positions.js';
import { STATE_NAMES } from './countries.js';
import type { SignalMatch } from './signals.js';

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
 * consult regularly on incident response", "their commitment to continued collaborative efforts in cyber resilience and
 * critical infrastructure protection", "shared their experiences of adopting a national strategy" (a readout's verbs,
 * but not "noted that …", which reports what was done). "Focus on" before a verb of work is work, not a topic ("the
 * centre will focus on promoting cyber security awareness").
 */
const TOPIC = new RegExp(
  `\\b(?:(?:noted|highlighted|welcomed|reaffirmed|underlined|stressed)(?! that\\b)|exchang(?:e|ed|es|ing) (?:of )?(?:views|updates|information|ideas|perspectives|notes)|topics?|themes?|agenda|focus(?:es|ed|ing|ses|sed|sing)? on(?!\\s+(?:promot|develop|build|strengthen|improv|rais|train|establish|creat|deliver|provid|expand|enhanc|support|implement|foster|educat)[a-z]*ing\\b)|cent(?:re|er)(?:s|d|ed|ing)? (?:on|around)|open to|briefed|briefings?|updates? on|presentations? (?:on|about)|sessions? (?:on|about)|(?:will|shall|agreed to|agree to)\\s+(?:also\\s+)?(?:regularly\\s+)?(?:consult|cooperate|co-operate|collaborate)\\s+(?:regularly\\s+|closely\\s+)?(?:on|in)|(?:collaborative|joint|cooperative)\\s+(?:efforts?|work|activities)\\s+(?:in|on)|shar(?:e|ed|es|ing)\\s+(?:their\\s+|its\\s+|national\\s+)?(?:experiences?|lessons(?: learn[te]d)?|insights|knowledge)\\s+(?:of|on|in|about|with)|${MEETING_VERBS})\\b`,
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
export const INTERNATIONAL_ORDER =
  /\b(?:norms?|cbms?|confidence[- ]building|responsible (?:state )?behaviou?r|international law|charter of the (?:un|united nations)|un charter)\b/i;

/** Whether a policy word at `offset` in `sentence` is taught or helped with (`ASIDE`), not done. */
export function asideBefore(sentence: string, offset: number): boolean {
  return ASIDE.test(sentence.slice(0, offset));
}

/**
 * Words before which a policy is only called for, not in effect: "participants emphasized the urgent need for
 * legislative action", "he called for a national cybersecurity policy", "urged the government to adopt …", "the report
 * recommends that governments adopt …", "states should adopt …".
 */
const CALL_FOR =
  /\b(?:(?:urgent|pressing|critical)\s+need\s+(?:for|to)|(?:emphasi[sz]|stress|underscor|highlight|underlin|reiterat)(?:e|es|ed|ing)\s+(?:the\s+)?need\s+(?:for|to)|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)\s+(?:the\s+)?(?:government|authorities|parliament|lawmakers|states|countries)\s+to|recommend(?:s|ed|ing)?\s+(?:that\s+)?(?:the\s+)?(?:governments?|authorities|states|countries|member states|ministries)\b|(?:governments?|states|countries)\s+should)\b[^.;!?]{0,120}$/i;

/** Whether a policy word at `offset` in `sentence` is only called for (`CALL_FOR`). */
export function calledForBefore(sentence: string, offset: number): boolean {
  return CALL_FOR.test(sentence.slice(Math.max(0, offset - 200), offset));
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

/** How far from a signal its sentence is read, each way: a text without full stops costs no more per signal. */
export const SENTENCE_REACH = 1000;

/** The span of the sentence around the match, within `SENTENCE_REACH` of it. */
export function sentenceSpanOf(prose: string, match: SignalMatch): { start: number; end: number } {
  return sentenceAround(
    prose,
    match.start,
    match.end,
    Math.max(0, match.start - SENTENCE_REACH),
    Math.min(prose.length, match.end + SENTENCE_REACH),
  );
}

export function sentenceOf(prose: string, match: SignalMatch): string {
  const sentence = sentenceSpanOf(prose, match);
  return prose.slice(sentence.start, sentence.end);
}
