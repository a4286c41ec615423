/**
 * Partners at work: when a block's partnership words tell of joint work with someone outside the country, not only of
 * cooperation named. A body or a UN process with cooperation, coordination or assistance; two states by their names
 * that did something together; a state that helped, funded or donated; work done with, for or backed by a named body;
 * membership gained. Also the bodies named as the parties of an agreement signed, which are then no policy at work.
 */
import type { PillarId } from '../framework/model.js';
import { isAct } from './acts.js';
import { STATE_NAMES } from './countries.js';
import { sentenceOf, sentenceSpanOf, withOwnBodies } from './cues.js';
import type { SignalMatch } from './signals.js';

/** A membership named ("member of", "membership"): with a body's name, a partnership however weak its words. */
export const MEMBERSHIP = /^(?:member of|membership)$/i;

/** Partnerships' words that name who a country works with: a body by its name, a UN process. */
const PARTNER_ACTORS: ReadonlySet<string> = new Set(['bodies', 'un-process']);
/** Partnerships' words that name working with someone: cooperation, coordination, joint work, assistance. */
const PARTNER_WORK: ReadonlySet<string> = new Set([
  'cooperation',
  'coordination',
  'engagement',
  'joint',
  'assistance',
  'sharing',
]);

/**
 * A place taken in a body ("was elected as an APCERT Steering Committee Member"; "became a member" is `isAct`'s, with
 * the body named).
 */
const MEMBER_ACT = /\b(?:(?:was|were|been|is|are) (?:elected|admitted) (?:as|to))\b/i;

/** A government by its country's name ("the Government of Japan", "the Australian Government"), not one's own tiers. */
const FOREIGN_GOVERNMENT =
  /\b(?:(?:[Gg]overnments?|[Gg]overno|[Gg]obierno|[Gg]ouvernement) (?:of|da|do|de|du|del) (?:the |la |el |l['’])?\p{Lu}[\p{L}-]+|(?!(?:National|Federal|Central|Local|State|Provincial|Regional|County|City|Municipal|The|This|Our|Its|Their)\b)\p{Lu}[\p{L}]+ [Gg]overnment\b)/u;

/**
 * A state by its name helping or funding: "facilitated by the United Kingdom", "with Germany funding its first phase",
 * "with support from Japan", "the donation of the Kingdom of Norway" (not a state's own funding at home: "Kenya funds
 * its national CERT").
 */
const STATE_HELPED = new RegExp(
  `(?:\\b(?:funded|financed|co-funded|co-financed|sponsored|supported|facilitated|assisted|backed|helped)\\s+by\\s+(?:the\\s+)?(?:[Gg]overnment\\s+of\\s+(?:the\\s+)?)?(?:${STATE_NAMES})|\\b(?:support|funding|assistance|help|backing|donations?|grants?|contributions?)\\s+(?:of|from)\\s+(?:the\\s+)?(?:(?:[Gg]overnment|Kingdom|Republic|State)\\s+of\\s+(?:the\\s+)?)?(?:${STATE_NAMES})|\\bwith\\s+(?:the\\s+)?(?:${STATE_NAMES})\\s+(?:funding|support|assistance|backing))(?![\\p{L}])`,
  'u',
);

/** What two states did together (`STATES_TOGETHER`); looked for first, as most blocks have none. */
const TOGETHER_VERBS =
  'signed|finali[sz]ed|concluded|agreed|issued|launched|pledged|adopted|established|committed|renewed|reaffirmed|exchanged|co-hosted|completed|conducted|organi[sz]ed|share|shared|cooperate|collaborate';
const TOGETHER_VERB = new RegExp(`\\b(?:${TOGETHER_VERBS})\\b`);

/**
 * Two states by their names, or two governments, that did something together: "India and Japan have finalised an
 * agreement", "the Japanese and Australian Governments issued a Joint Declaration", "Australia and Papua New Guinea are
 * committed to working closely together", "the United States and co-host Jamaica completed a workshop".
 */
const STATES_TOGETHER = new RegExp(
  `(?:(?<![\\p{L}])(?:${STATE_NAMES})\\s+and\\s+(?:the\\s+)?(?:co-hosts?\\s+|partners?\\s+)?(?:${STATE_NAMES})|\\b\\p{Lu}\\p{L}+\\s+and\\s+\\p{Lu}\\p{L}+\\s+[Gg]overnments)(?![\\p{L}])\\s+(?:(?:have|has|had|will|today|jointly|also|both|are|were|formally)\\s+){0,2}(?:${TOGETHER_VERBS})\\b`,
  'u',
);

/**
 * An agreement signed, whose parties a sentence names: "CERT-In and the Israel National Cyber Directorate signed a
 * memorandum", "the agreement was signed by …". A body named as a party is who signed, not policy put into effect.
 */
export const SIGNED_AGREEMENT =
  /\b(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|ink(?:s|ed)?)\b[^.;!?]{0,80}?\b(?:agreements?|memorand(?:um|a)|MoUs?|declarations?|letters? of intent)\b|\b(?:agreements?|memorand(?:um|a)|MoUs?)\b[^.;!?]{0,100}?\b(?:was|were|has been|have been) signed\b/i;

/** Before a body's name: working with it, in English, French, Spanish, Portuguese, German or Italian. */
const WORKS_WITH =
  /(?<![\p{L}])(?:work(?:s|ed|ing)?\s+(?:closely\s+|together\s+|hand in hand\s+)?with|travaill(?:e|ent|ait|aient)\s+(?:de concert\s+|étroitement\s+|en étroite collaboration\s+|ensemble\s+)?avec|trabaj(?:a|an|aba|aban|ó|aron)\s+(?:junto\s+|conjuntamente\s+|estrechamente\s+)?con|trabalh(?:a|am|ou|aram)\s+(?:em conjunto\s+|junto\s+)?com|arbeite(?:t|n|te|ten)\s+(?:eng\s+)?(?:zusammen\s+)?mit|lavora(?:no)?\s+(?:insieme\s+|a stretto contatto\s+)?con)\s+(?:the|l['’]|la|le|les|el|los|las|a|o|os|as|der|dem|den|il|lo|gli)?\s*$/iu;

/**
 * After a body's name: its support to a country named, in English, Spanish, Portuguese or French ("the OAS is
 * supporting Costa Rica in developing …", "la OEA está apoyando a Costa Rica").
 */
const SUPPORTS =
  /^\s+(?:(?:is|are|has been|have been|was|were|will be)\s+)?(?:(?:actively|currently|also)\s+)?(?:support(?:s|ed|ing)|assist(?:s|ed|ing)|help(?:s|ed|ing))\s+(?:the\s+)?(?:[Gg]overnments?\s+of\s+(?:the\s+)?)?\p{Lu}|^\s+(?:(?:está|están|estaba|estuvo|esteve|está a)\s+)?(?:apoyando|apoya|apoyó|apoyará|ayuda|ayudó|asiste|apoia|apoiou|apoiando|apoiar|soutient|a soutenu|accompagne|a accompagné)\s+(?:a\s+|o\s+|la\s+|le\s+|el\s+|al\s+)?(?:[Gg]obierno\s+de\s+|[Gg]overno\s+d[eo]\s+|[Gg]ouvernement\s+d[eu]\s+)?\p{Lu}/u;

/** Before a body's name: it organised or ran something with another ("co-organised by the ministry and the"). */
const ORGANISED_WITH =
  /\b(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|convened|implemented|delivered|run|led)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?(?:jointly\s+)?by\s+(?:the\s+)?[^.;:!?]{2,100}?\s+(?:and|together with|with)\s+(?:the\s+)?$/u;

/** After a body's name: its money for something ("finances the project", "has funded the assessment"). */
const FUNDS_AFTER =
  /^(?:\s*\([^()]{1,20}\))?\s+(?:(?:has|have|also|generously)\s+){0,2}(?:funds|finances|co-funds|co-finances|funded|financed|co-funded|co-financed|sponsors|sponsored)\s+(?:the|a|an|this|its)\b/u;

/** Before a body's name: it was joined ("joined FIRST", "acceded to the", "became a full member of the"). */
const JOINED_BEFORE =
  /\b(?:joined|joins|acceded to|accedes to|ratified|ratifies|became (?:a |an )?(?:full |operational |founding )?member of)\s+(?:the\s+)?$/i;
/** Before a body's name: something given to it or its members ("provides training to", "offered support for the"). */
const GIVEN_TO_BEFORE =
  /\b(?:provid(?:es|ed|ing)|offer(?:s|ed|ing)|deliver(?:s|ed|ing)|extend(?:s|ed|ing))\s+(?:[\p{L}-]+\s+){0,3}(?:to|for)\s+(?:the\s+)?$/u;

/**
 * Before a body's name, a state by its name that funded its work: "Germany funded the first phase of the OSCE project",
 * "Japan has financed the ASEAN centre's courses".
 */
const STATE_FUNDED = new RegExp(
  `(?<![\\p{L}])(?:${STATE_NAMES})\\s+(?:(?:has|have|had|also|generously)\\s+){0,2}(?:funded|financed|co-funded|co-financed|sponsored)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,8}$`,
  'u',
);

/** Before a body's name: a sum given to it ("will contribute $500,000 to the", "pledged EUR 2 million to"). */
const FUNDS_TO =
  /\b(?:contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|grant(?:s|ed)?|pledg(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|allocat(?:e|es|ed|ing))\s+(?:(?:an? )?(?:additional |further |total of )?)?(?:(?:US|CA|C|A|NZ|AU)?\$|€|£|USD |EUR |GBP |CHF |JPY |¥)\s?\d[\d.,]*(?:\s*(?:million|billion|m|bn))?\s+(?:[\p{L}-]+\s+){0,3}to\s+(?:the\s+)?$/iu;

/**
 * After a body's name, its support, with before it: "developed by the Government with OAS/CICTE and GPD support",
 * "with World Bank technical assistance".
 */
const SUPPORT_AFTER =
  /^(?:\s*[/&]\s*\p{Lu}[\p{L}-]*|\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*)*\s+(?:(?:technical|financial|strategic|expert)\s+(?:and\s+[\p{L}-]+\s+)?)?(?:support|assistance|funding|backing)\b/u;
/** Before a body's name: "with", for its support after it (`SUPPORT_AFTER`). */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
/** After a body's name, a country given its help: "provided the Government of Belize with technical support". */
const PROVIDED_WITH =
  /^\s+(?:(?:has|have|had)\s+)?(?:also\s+)?provid(?:es|ed|ing)\s+(?:the\s+)?(?:[Gg]overnments?\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+with\b/u;
/** Before a body's name: work it had done ("was contracted by the World Bank", "commissioned by GIZ"). */
const ENGAGED_BY = /\b(?:contracted|commissioned|mandated)\s+by\s+(?:the\s+)?$/i;

/** After a body's name, its money: "the World Bank-funded project", "EU-financed", "the EU funded project". */
const BACKED =
  /^(?:-(?:funded|financed|co-funded|co-financed|sponsored|backed|supported)|\s(?:funded|financed|co-funded|co-financed|sponsored))\b/i;

/**
 * After a body's name, the name of something two parties run together, the other party joined to it by a dash: "the
 * Asean-Japan Cyber Security Capacity Building Centre", "the ASEAN-Japan Cybersecurity Capacity Building Programme"
 * (not "the EU-funded project", nor a lone body's name).
 */
const JOINT_NAME_AFTER = new RegExp(
  `^[-–](?:${STATE_NAMES}|\\p{Lu}{2,}\\b)(?:\\s+(?:\\p{Lu}[\\p{L}-]*|and|for|on|of))*?\\s+(?:Centre|Center|Programme|Program|Initiative|Partnership|Project|Fund|Facility|Framework|Mechanism|Network|Academy|Hub|Task Force|Action Plan|Work Plan)\\b`,
  'u',
);

/** Partnerships' strong words of work with someone: "in partnership with", "in collaboration with", "work together". */
const NAMED_WORK: ReadonlySet<string> = new Set(['partner', 'cooperation', 'together']);
/** A partner by its name just after "with": "the Barbados Defence Force", "the countries of ASEAN", "Microsoft". */
const NAMED_AFTER = /^\s+(?:the\s+)?(?:(?:countries|governments|members|states)\s+of\s+(?:the\s+)?)?\p{Lu}/u;

/** The rest of a body's name after the word matched: "Secretariat", "(CICTE)". */
const NAME_REST = String.raw`(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s*\([^)]{1,20}\))?`;
/** Between two bodies' names, the rest of the first's name and "and": "CARICOM Secretariat and the". */
const BODIES_AND = new RegExp(`^${NAME_REST}\\s+and\\s+(?:the\\s+)?$`, 'u');
/** After the second body's name, what the two did together: "have launched a project", "jointly organised". */
const DID_TOGETHER = new RegExp(
  `^${NAME_REST},?\\s+(?:(?:have|has|had|will|today|jointly|also)\\s+){0,2}(?:launched|signed|organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|convened|established|set up|unveiled|initiated|agreed|announced)\\b`,
  'u',
);

/** Partnerships' weak words that an act makes a partnership ("agreed to cooperate", "partnered with"). */
const ACT_WORK: ReadonlySet<string> = new Set(['cooperation', 'coordination', 'engagement', 'joint', 'partner']);

/**
 * Whether one sentence names both a partner and the work done with it ("the ten ASEAN members agreed to
 * coordinate", "drafted with the support of the European Union", "run jointly with the World Bank"): two weak
 * words that say together what neither says alone.
 */
export function partnerAtWork(prose: string, own: readonly SignalMatch[], id: PillarId): boolean {
  const mine = own.filter((match) => match.pillar === id && match.signal.weight > 0);
  const membership = (match: SignalMatch) =>
    match.signal.family === 'member' && MEMBERSHIP.test(prose.slice(match.start, match.end));
  for (const actor of mine) {
    if (!PARTNER_ACTORS.has(actor.signal.family)) continue;
    const { start, end } = sentenceSpanOf(prose, actor);
    // A membership is of a body named ("membership of NATO"), not of "several international forums".
    const named = /^\p{Lu}/u.test(prose.slice(actor.start, actor.end));
    const works = (work: SignalMatch) => PARTNER_WORK.has(work.signal.family) || (named && membership(work));
    if (mine.some((work) => works(work) && work.start >= start && work.end <= end)) return true;
    if (named && workedWithOrFunded(prose, actor, start)) return true;
    if (named && actor.signal.family === 'bodies' && didWithAnother(prose, actor, mine)) return true;
    if (named && actor.signal.family === 'bodies' && JOINT_NAME_AFTER.test(prose.slice(actor.end, actor.end + 120)))
      return true;
  }
  // A state by its name that helped or funded ("facilitated by the United Kingdom").
  if (STATE_HELPED.test(prose) || (TOGETHER_VERB.test(prose) && STATES_TOGETHER.test(prose))) return true;
  // Support from a government named ("thanks to support from the Australian Government", "funded by the Government of
  // Japan"): a state's help is a partnership, as a named body's is.
  for (const work of mine)
    if (work.signal.family === 'assistance' && FOREIGN_GOVERNMENT.test(sentenceOf(prose, work))) return true;
  // Work done with a partner named just after the words ("conduct assessments in partnership with the Barbados
  // Defence Force", "will work together with the countries of ASEAN"), not with the state's own bodies.
  for (const work of mine) {
    if (!NAMED_WORK.has(work.signal.family) || work.signal.weight < 2) continue;
    if (!/\bwith$/i.test(prose.slice(work.start, work.end))) continue;
    if (!NAMED_AFTER.test(prose.slice(work.end, work.end + 80))) continue;
    const { start, end } = sentenceSpanOf(prose, work);
    if (!withOwnBodies(prose.slice(start, end), work.end - start, work.start - start)) return true;
  }
  // Working with someone told as an act, in weak words: "agreed to cooperate", "partnered with Australia" (not funds
  // or information received: "is funded by individual donors" names no partner).
  for (const work of mine) {
    if (work.signal.family === 'member' && MEMBER_ACT.test(sentenceOf(prose, work))) return true;
    if (!ACT_WORK.has(work.signal.family)) continue;
    if (isAct(sentenceOf(prose, work), 'partnerships')) return true;
  }
  return false;
}

/**
 * Whether a body named (`first`) and another named just after it did something together: "the CARICOM Secretariat and
 * USAID have launched a project".
 */
function didWithAnother(prose: string, first: SignalMatch, mine: readonly SignalMatch[]): boolean {
  const name = prose.slice(first.start, first.end);
  const second = mine.find(
    (other) =>
      other.signal.family === 'bodies' &&
      other.start > first.end &&
      other.start - first.end <= 60 &&
      /^\p{Lu}/u.test(prose.slice(other.start, other.end)) &&
      prose.slice(other.start, other.end) !== name,
  );
  return (
    second !== undefined &&
    BODIES_AND.test(prose.slice(first.end, second.start)) &&
    DID_TOGETHER.test(prose.slice(second.end, second.end + 60))
  );
}

/**
 * Whether the words around a body named (`actor`, in a sentence from `start`) tell of work with it or money from or to
 * it.
 */
function workedWithOrFunded(prose: string, actor: SignalMatch, start: number): boolean {
  return (
    // Working with it, said as such: "works closely with the World Bank", "travaille de concert avec l'UIT".
    WORKS_WITH.test(prose.slice(Math.max(start, actor.start - 60), actor.start)) ||
    // Its name beside another's as who organised or ran it: "organized in Suriname by the Ministry of Transport and the
    // International Telecommunication Union".
    ORGANISED_WITH.test(prose.slice(Math.max(start, actor.start - 160), actor.start)) ||
    // Its support to a country: "the OAS is supporting Costa Rica in developing its strategy".
    SUPPORTS.test(prose.slice(actor.end, actor.end + 60)) ||
    PROVIDED_WITH.test(prose.slice(actor.end, actor.end + 100)) ||
    // Its support, told after it ("with OAS/CICTE and GPD support"), and work it had done ("contracted by the World
    // Bank").
    (WITH_BEFORE.test(prose.slice(Math.max(start, actor.start - 12), actor.start)) &&
      SUPPORT_AFTER.test(prose.slice(actor.end, actor.end + 60))) ||
    ENGAGED_BY.test(prose.slice(Math.max(start, actor.start - 30), actor.start)) ||
    // It joined ("joined FIRST in 2019", "acceded to the Budapest Convention") or was given to ("provides training to
    // ASEAN member states").
    JOINED_BEFORE.test(prose.slice(Math.max(start, actor.start - 40), actor.start)) ||
    GIVEN_TO_BEFORE.test(prose.slice(Math.max(start, actor.start - 60), actor.start)) ||
    // Its money for something: "the European Union finances the project", "the World Bank funded the assessment".
    FUNDS_AFTER.test(prose.slice(actor.end, actor.end + 40)) ||
    // Its work funded by a state named: "Germany funded the first phase of the OSCE project".
    STATE_FUNDED.test(prose.slice(Math.max(start, actor.start - 90), actor.start)) ||
    // Money given to it: "Canada will contribute $2,757,000 to INTERPOL", "pledged EUR 2 million to GFCE".
    FUNDS_TO.test(prose.slice(Math.max(start, actor.start - 90), actor.start)) ||
    // Its money in its name's own compound: "the World Bank-funded Caribbean Digital Transformation Project" (one
    // project, not a count of them: "participants from 17 EU-co-funded projects").
    (BACKED.test(prose.slice(actor.end, actor.end + 12)) &&
      /\b(?:the|a|an)\s+$/i.test(prose.slice(Math.max(0, actor.start - 6), actor.start)))
  );
}
