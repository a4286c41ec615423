/**
 * How signals add up to coverage: the thresholds, and the weighing of a block's or a section's
 * signals (the strongest signal of each family counts once). Shared by the facts read from each
 * piece and by the analysis that joins them.
 */
import type { BuiltinPillarId, PillarId } from '../framework/model.js';
import type { SignalMatch } from './signals.js';
import { isAct, isBodyAtWork, isBodySetUp, isHeld } from './acts.js';
import { hasIntent, isDeferral } from './aims.js';
import { REGION_NAMES } from './countries.js';
import {
  addressedBefore,
  asideBefore,
  calledForBefore,
  draftedThrough,
  inBodyName,
  inEnumeration,
  negatedBefore,
  partnerTopicBefore,
  sectorsAsScope,
  sentenceOf,
  sentenceSpanOf,
  topicBefore,
  withOwnBodies,
  type OwnSignal,
} from './cues.js';
import {
  GENRE_AGENDA,
  GENRE_COMPANY,
  GENRE_COURSE,
  GENRE_INCIDENT,
  GENRE_JOB,
  GENRE_NAMES,
  GENRE_OBJECTIVES,
  GENRE_POST,
  aboutInternationalOrder,
  genreOf,
  inlineObjectivesBefore,
} from './genres.js';
import { MEMBERSHIP, SIGNED_AGREEMENT, partnerAtWork } from './partners.js';

/** A block's signals must reach this weight, from at least two distinct phrases, to be coverage. */
export const BLOCK_WEIGHT = 4;

/**
 * A list or table taken whole, or a few consecutive blocks of a section (`SECTION_WINDOW`), must
 * reach this weight from at least three distinct phrases: words spread over several blocks add up
 * more easily than words in one paragraph.
 */
export const SECTION_WEIGHT = 6;

/**
 * `SECTION_WEIGHT` for a pillar that borrows `like`'s judgement, fitted on the development sets: dialogue's words come
 * spread over a readout's paragraphs ("confidence-building measures" in one, "cyber diplomacy" and "a platform" in
 * the next), and reach coverage at 5.
 */
export function sectionWeight(like: BuiltinPillarId | undefined): number {
  return like === 'dialogue' ? 5 : SECTION_WEIGHT;
}

/** How many consecutive blocks of a section may add up to `SECTION_WEIGHT`. */
export const SECTION_WINDOW = 3;

/** What a heading's section must say of the pillar the heading names (a strong signal, or two weak ones). */
export const HEADING_SUPPORT = 2;

/** Length of an evidence excerpt. */
export const EXCERPT = 80;

/** Signals and the offset to add to theirs. */
export interface Signalled {
  signals: readonly SignalMatch[];
  at: number;
}

export interface Weighed {
  weight: number;
  /** Distinct phrases with a weight (false friends count against, not towards). */
  count: number;
  /** Offsets of the counted signals, first seen first. */
  counted: { start: number; end: number }[];
}

/**
 * What a second phrase of a family already counted adds ("conferences" and "a workshop";
 * "CERT" and "Computer Emergency Response Team"), up to `REPEAT_CAP` a family: a passage about
 * one instrument names it in more than one way, but one family alone never reaches a threshold.
 */
export const REPEAT = 1;
export const REPEAT_CAP = 1;

/** The pillar's signals in the members: the strongest of each family, and what its other phrases add. */
export function weigh(members: readonly Signalled[], id: PillarId): Weighed {
  let families: Map<string, { best: SignalMatch; at: number; phrases: Set<number> }> | undefined;
  for (const member of members) {
    for (const match of member.signals) {
      if (match.pillar !== id) continue;
      families ??= new Map();
      const held = families.get(match.signal.family);
      if (!held)
        families.set(match.signal.family, {
          best: match,
          at: member.at,
          phrases: new Set(match.signal.weight > 0 ? [match.phrase] : []),
        });
      else {
        if (match.signal.weight > 0) held.phrases.add(match.phrase);
        if (held.best.signal.weight < match.signal.weight) [held.best, held.at] = [match, member.at];
      }
    }
  }
  let weight = 0;
  let count = 0;
  const counted: { start: number; end: number }[] = [];
  for (const { best, at, phrases } of families?.values() ?? []) {
    if (best.signal.weight === 0) continue;
    weight += best.signal.weight + Math.min(REPEAT_CAP, REPEAT * (phrases.size - 1));
    count += phrases.size;
    counted.push({ start: best.start + at, end: best.end + at });
  }
  return { weight, count, counted };
}

/** Words that say practices are shared: "share best practices", "the exchange of good practices". */
const SHARED = /\b(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))\b/i;

/** What a stated aim adds to a sentence holding one of the pillar's strong signals (`hasIntent`). */
export const INTENT = 2;

/** The policy families that name an instrument a government adopts: a strategy, a plan, a law. */
const POLICY_INSTRUMENTS: ReadonlySet<string> = new Set([
  'strategy',
  'plan',
  'legislation',
  'legal-framework',
  'regulation',
]);
/** The policy families that name a body that puts policy into effect: a CERT, an agency (`isAct`'s `body`). */
const POLICY_BODIES: ReadonlySet<string> = new Set(['cert', 'institution']);

/** Pillars whose words, after a topic cue, name what a meeting was about rather than what was done. */
const TOPIC_PILLARS: ReadonlySet<BuiltinPillarId | undefined> = new Set(['policy', 'education']);
/**
 * Pillars whose weak words alone, just at the threshold, are no coverage: four of policy's weak words
 * ("monitoring", "an audit", "compliance", "a SOC") describe any organisation's own practice, and
 * partnerships' ("cooperation", "coordination", "member states", "stakeholders") a general call for
 * cooperation; a strong word, or more weak ones, is needed. A membership of a body is a
 * partnership, though (`MEMBERSHIP`): "a member of FIRST" with its cooperation stays coverage.
 */
const WEAK_ALONE_PILLARS: ReadonlySet<BuiltinPillarId | undefined> = new Set(['policy', 'partnerships']);
const INTENT_PILLARS: ReadonlySet<BuiltinPillarId | undefined> = new Set(['partnerships', 'education', 'dialogue']);

/**
 * A block's weight for a pillar (`prose`: the block's prose, signal offsets into it): its signals
 * (`weigh`), without those that only name a meeting's topics, and with a stated aim's weight when
 * the block falls short but one of its sentences states an aim about the pillar's instrument.
 * `like`: the built-in pillar whose judgement the pillar borrows (`Pillar.like`), none for words alone.
 */
export function weighBlock(
  prose: string,
  signals: readonly SignalMatch[],
  id: PillarId,
  like: BuiltinPillarId | undefined,
  genre?: number,
): Weighed {
  let own = signals;
  let read = false;
  // A meeting held weighs as an event (`evidenceSignals`): read before the block is weighed.
  if (like === 'dialogue' && signals.some((match) => match.pillar === id && isMeeting(match))) {
    own = evidenceSignals(prose, signals, id, like, genre);
    read = true;
  }
  let w = weigh([{ signals: own, at: 0 }], id);
  if (genre !== undefined && genre & GENRE_OBJECTIVES && !(genre & (GENRE_JOB | GENRE_COURSE))) {
    const named = evidenceSignals(prose, signals, id, like, genre);
    // Best practices an objective adopts are no exchange of them ("adaptation of international standards and best
    // practices"); shared or exchanged, they are.
    const names = (match: SignalMatch) =>
      match.pillar === id &&
      match.signal.weight >= 2 &&
      !(like === 'dialogue' && match.signal.family === 'practice' && !SHARED.test(sentenceOf(prose, match)));
    if (named.some(names))
      return { weight: BLOCK_WEIGHT, count: 2, counted: weigh([{ signals: named, at: 0 }], id).counted };
  }
  // A strategy's objectives told inline ("It revolves around five strategic axes: …, development of digital security
  // skills and culture, …"): an item that names the pillar by a strong word is an objective, as a list's line is.
  if (
    like &&
    !covers(w, BLOCK_WEIGHT) &&
    !((genre ?? 0) & (GENRE_JOB | GENRE_COURSE | GENRE_OBJECTIVES)) &&
    signals.some((match) => match.pillar === id && match.signal.weight >= 2)
  ) {
    if (!read) [own, read] = [evidenceSignals(prose, signals, id, like, genre), true];
    for (const match of own) {
      if (match.pillar !== id || match.signal.weight < 2) continue;
      const { start, end } = sentenceSpanOf(prose, match);
      const sentence = prose.slice(start, end);
      if (like === 'dialogue' && match.signal.family === 'practice' && !SHARED.test(sentence)) continue;
      if (inlineObjectivesBefore(prose, sentence, match.start - start, start))
        return { weight: BLOCK_WEIGHT, count: Math.max(2, w.count), counted: w.counted };
    }
  }
  if (covers(w, BLOCK_WEIGHT)) {
    if (!read) {
      own = evidenceSignals(prose, signals, id, like, genre);
      read = true;
      if (own !== signals) w = weigh([{ signals: own, at: 0 }], id);
    }
    if (
      WEAK_ALONE_PILLARS.has(like) &&
      w.weight === BLOCK_WEIGHT &&
      !own.some((match) => match.pillar === id && match.signal.weight >= 2)
    ) {
      if (!(
        like === 'partnerships' &&
        own.some((match) => match.pillar === id && MEMBERSHIP.test(prose.slice(match.start, match.end)))
      ))
        w = { ...w, weight: BLOCK_WEIGHT - 1 };
    }
  }
  if (INTENT_PILLARS.has(like) && !covers(w, BLOCK_WEIGHT) && w.weight >= 2) {
    // Only signals that speak for the pillar: a meeting's topic is no aim ("discussed … capacity building").
    // Capacity building alone in an aim is the international order's ("strengthen capacity building so
    // that smaller states can apply this framework"), not education: it needs another of the pillar's signals.
    // Dialogue's aims count only for an expert network kept ("aims to keep a standing network
    // of experts"): an aim to follow best practices or hold talks is no exchange yet.
    if (!read) [own, read] = [evidenceSignals(prose, signals, id, like, genre), true];
    for (const match of own) {
      if (
        match.pillar !== id ||
        match.signal.weight < 2 ||
        (like === 'education' && match.signal.family === 'capacity' && w.count < 2) ||
        (like === 'dialogue' && match.signal.family !== 'expert-network')
      )
        continue;
      if (hasIntent(sentenceOf(prose, match)))
        return { weight: w.weight + INTENT, count: w.count + 1, counted: w.counted };
    }
  }
  if (
    like &&
    !covers(w, BLOCK_WEIGHT) &&
    (w.weight >= 2 ||
      (like === 'policy' && signals.some((match) => match.pillar === id && securityBodyNamed(prose, match))))
  ) {
    if (!read) own = evidenceSignals(prose, signals, id, like, genre);
    for (const kept of own) {
      // A body named in full is only named ("Indian Computer Emergency Response Team"), unless it is set up there.
      // A national body named for cyber security in its own name ("the National Center for Digital Security") is one.
      const strong =
        like === 'policy' && kept.signal.weight === 1 && POLICY_BODIES.has(kept.signal.family)
          ? signals.find((m) => m.pillar === id && m.signal.family === kept.signal.family && m.signal.weight >= 2)
          : undefined;
      const named = like === 'policy' && !strong ? securityBodyNamed(prose, kept) : undefined;
      const match = strong ?? named ?? kept;
      if (
        match.pillar !== id ||
        match.signal.weight < 2 ||
        // A university is where a meeting is held, not what is taught.
        (like === 'education' && match.signal.family === 'university') ||
        (like === 'policy' && !POLICY_INSTRUMENTS.has(match.signal.family) && !POLICY_BODIES.has(match.signal.family))
      )
        continue;
      if (
        like === 'policy' && POLICY_BODIES.has(match.signal.family)
          ? bodySetUpOrAtWork(prose, match)
          : isActAt(prose, match, like)
      )
        // A weak word read as a strong name weighs as the strong word would.
        return { weight: w.weight + INTENT + (named ? 1 : 0), count: w.count + 1, counted: w.counted };
    }
    // A response team is a body however it is named, each of its names read where it stands: set up or at work, it
    // counts ("CERT Tonga is the National Computer Emergency Response Team", "KrCERT/CC, the national CERT of Korea").
    if (
      like === 'policy' &&
      own.some((match) => match.pillar === id && match.signal.family === 'cert') &&
      signals.some((match) => match.pillar === id && match.signal.family === 'cert' && bodySetUpOrAtWork(prose, match))
    )
      return { weight: w.weight + INTENT, count: w.count + 1, counted: w.counted };
  }
  // Information shared with other states or international bodies ("exchanges information and warnings with foreign
  // governments and international organisations", "share information on incidents with NATO members and partners"):
  // an exchange among states.
  if (like === 'dialogue' && !covers(w, BLOCK_WEIGHT)) {
    if (!read) [own, read] = [evidenceSignals(prose, signals, id, like, genre), true];
    for (const match of own) {
      if (match.pillar !== id || match.signal.family !== INFO_EXCHANGE) continue;
      // An information-sharing alliance, platform or agreement joined is the structure, a partnership.
      if (SHARING_STRUCTURE.test(prose.slice(match.end, match.end + 20))) continue;
      // The clause that holds it, not the sentence's other clauses ("…, deepen its engagement through the UN, and
      // formalise information-sharing agreements with telecom operators").
      const { start, end } = clauseSpanOf(prose, match);
      if (
        ABROAD.test(prose.slice(start, end)) ||
        signals.some(
          (other) =>
            other.pillar !== id && other.signal.family === 'bodies' && other.start >= start && other.end <= end,
        )
      )
        return { weight: BLOCK_WEIGHT, count: Math.max(2, w.count), counted: w.counted };
    }
  }
  // A gathering of people from many states ("attended by 65 participants from 31 African countries", "delegates from
  // 40 nations took part"): an exchange among states, unless it is a training or an exercise. Looked for in the block
  // first, as most blocks have no such words.
  if (like === 'dialogue' && !covers(w, BLOCK_WEIGHT) && MANY_STATES.test(prose)) {
    if (!read) [own, read] = [evidenceSignals(prose, signals, id, like, genre), true];
    for (const match of own) {
      if (match.pillar !== id || !TRAINEES.has(match.signal.family)) continue;
      const sentence = sentenceOf(prose, match);
      if (MANY_STATES.test(sentence) && !taughtOnly(sentence, true))
        return { weight: BLOCK_WEIGHT, count: Math.max(2, w.count), counted: w.counted };
    }
  }
  if (like === 'partnerships' && !covers(w, BLOCK_WEIGHT) && w.count >= 1) {
    if (!read) own = evidenceSignals(prose, signals, id, like, genre);
    if (partnerAtWork(prose, own, id)) return { weight: BLOCK_WEIGHT, count: Math.max(2, w.count), counted: w.counted };
  }
  return w;
}

/** Dialogue's family of information shared or exchanged. */
const INFO_EXCHANGE = 'info-exchange';
/** After information sharing, a structure it names: "the regional information-sharing alliance". */
const SHARING_STRUCTURE =
  /^\s*(?:alliances?|networks?|platforms?|partnerships?|agreements?|arrangements?|centres?|centers?|isacs?)\b/i;
/** Words for other states as the other side of an exchange: "foreign governments", "counterparts abroad", "allies". */
const ABROAD =
  /\b(?:foreign (?:governments?|partners?|counterparts?|agencies|teams|certs?|csirts?)|international (?:partners?|counterparts?|organi[sz]ations?|bodies)|counterparts? (?:abroad|overseas|in other countries)|(?:other|partner|neighbouring|neighboring|member|allied) (?:states|countries|nations)|allies)\b/i;

/**
 * The pillar's signals in a block (`prose`: its text, signal offsets into it) that speak for it:
 * not those of a sentence that puts the pillar elsewhere ("… will be set out in a separate
 * submission"), nor, for the pillars in `TOPIC_PILLARS`, the topics of a meeting and the names of
 * who took part; a family named in a body's name ("Indian Computer Emergency Response Team
 * (CERT-In)") counts once, as a weak signal. The list itself when nothing is left out.
 */
export function evidenceSignals(
  prose: string,
  signals: readonly SignalMatch[],
  id: PillarId,
  like: BuiltinPillarId | undefined,
  genre?: number,
): readonly SignalMatch[] {
  let changed = false;
  const kept: SignalMatch[] = [];
  const named = new Set<string>();
  let listed: SignalMatch | undefined;
  let own: OwnSignal[] | undefined;
  // A job description's duties and requirements, what a course teaches, a company's review of its own incident, a
  // meeting's programme and a company's own page (its product, its deals, its privacy notice), in the block or section
  // (`genre`) that reads as one.
  if (TOPIC_PILLARS.has(like) || like === 'partnerships' || like === 'dialogue') {
    // The section's genre holds the block's own (`genreOf`); read it here when no section was read.
    const read = signals.some((match) => match.pillar === id) ? (genre ?? genreOf(prose)) : 0;
    if (
      (TOPIC_PILLARS.has(like) && (read & GENRE_JOB || (like === 'policy' && read & GENRE_COURSE))) ||
      (like !== 'dialogue' && read & (GENRE_INCIDENT | GENRE_AGENDA)) ||
      ((like === 'partnerships' || like === 'dialogue') && read & GENRE_POST) ||
      read & GENRE_COMPANY
    )
      return signals.filter((match) => match.pillar !== id);
  }
  // A line of a list of names: one weak word, whatever it names.
  if (genre !== undefined && genre & GENRE_NAMES) {
    let best: SignalMatch | undefined;
    for (const match of signals)
      if (match.pillar === id && match.signal.weight > (best?.signal.weight ?? 0)) best = match;
    return best
      ? [
          {
            ...best,
            signal: { ...best.signal, family: LISTED, weight: genre & GENRE_OBJECTIVES ? best.signal.weight : 1 },
          },
        ]
      : signals.filter((match) => match.pillar !== id);
  }
  let weak: string | undefined;
  for (const match of signals) {
    if (match.pillar !== id) continue;
    const { start, end } = sentenceSpanOf(prose, match);
    const sentence = prose.slice(start, end);
    if (
      isDeferral(sentence) ||
      negatedBefore(sentence, match.start - start) ||
      (TOPIC_PILLARS.has(like) && topicBefore(sentence, match.start - start)) ||
      (like === 'partnerships' && partnerTopicBefore(sentence, match.start - start)) ||
      (like === 'dialogue' && draftedThrough(sentence, match.start - start)) ||
      (like === 'dialogue' && lawmakersDebate(prose.slice(match.start, match.end), sentence)) ||
      (like === 'dialogue' && TRAINEES.has(match.signal.family) && taughtOnly(sentence)) ||
      (like === 'policy' && isAside(sentence, match, match.start - start)) ||
      (like === 'policy' && POLICY_INSTRUMENTS.has(match.signal.family) && regionsOwn(sentence, match.start - start)) ||
      (like === 'policy' && POLICY_BODIES.has(match.signal.family) && SIGNED_AGREEMENT.test(sentence))
    )
      changed = true;
    else if (
      like === 'education' &&
      match.signal.family === 'university' &&
      /^\p{Lu}/u.test(prose.slice(match.start, match.end)) &&
      inBodyName(prose, match.start, match.end)
    )
      // A university by its name ("the National Defense University", "Mary Queen University") is who, not what is
      // taught.
      changed = true;
    else if (TOPIC_PILLARS.has(like) && match.signal.weight === 2 && inBodyName(prose, match.start, match.end))
      named.add(match.signal.family);
    else if (
      !(genre !== undefined && genre & GENRE_OBJECTIVES) &&
      inEnumeration(prose, match.start, match.end, (own ??= ownSignals(signals, id))) &&
      !(match.signal.weight >= 2 && inlineObjectivesBefore(prose, sentence, match.start - start, start))
    ) {
      // Named in a list of areas: one weak word for the whole list.
      if (!listed) kept.push((listed = { ...match, signal: { ...match.signal, family: LISTED, weight: 1 } }));
      changed = true;
    } else if (
      like === 'partnerships' &&
      match.signal.weight >= 2 &&
      (weak = partnersAtHome(prose, sentence, match, start))
    ) {
      kept.push({ ...match, signal: { ...match.signal, family: weak, weight: 1 } });
      changed = true;
    } else if (like === 'dialogue' && isMeeting(match) && isHeld(prose, match.start, match.end)) {
      // A meeting held ("held talks with the High Commission", "the meeting was held in May") is an event.
      kept.push({ ...match, signal: { ...match.signal, weight: 2 } });
      changed = true;
    } else kept.push(match);
  }
  for (const family of named) {
    const match = signals.find((m) => m.pillar === id && m.signal.family === family)!;
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i].signal.family === family) kept.splice(i, 1);
    kept.push({ ...match, signal: { ...match.signal, weight: 1 } });
    changed = true;
  }
  return changed ? kept : signals;
}

/**
 * Dialogue's words for who takes part ("experts", "participants", "delegations"): in a training (`taughtOnly`) they
 * are who is trained ("the training sessions are benefiting thirty experts", "participants are gaining hands-on
 * experience"), no exchange among peers; a discussion there is still one.
 */
const TRAINEES: ReadonlySet<string> = new Set(['expert', 'host']);
/** People who came from many states: "65 participants from 31 African countries", "delegates from 40 nations". */
const MANY_STATES =
  /\b(?:participants|delegates|delegations|representatives|experts|officials|attendees|speakers|ministers)\s+(?:from|of|representing)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|almost\s+)?(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of|several|many)\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|states|nations|economies|member states|jurisdictions)\b/iu;
/** An exercise or a drill: who comes to one from many states is trained there ("Locked Shields, with 40 nations"). */
const EXERCISE = /\b(?:exercises?|drills?|cyber ?drills?)\b/i;
/** Words that make a training a meeting of peers too: "bringing together 320 participants", "share experience". */
const PEERS_MEET =
  /\b(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|discuss(?:es|ed|ing|ions?)?|meetings?|(?:brought|brings|bringing) together|network(?:s|ed|ing)?)\b/i;
/** Words of training. */
const TRAINING =
  /\b(?:training|trainings|trained|trainees?|train|courses?|hands-on|bootcamps?|lectures?|classes|curricul(?:um|a))\b/i;

/**
 * Whether the sentence tells of a training (or, with `exercises`, an exercise or a drill too) where people are only
 * taught: not one where they also meet and share (`PEERS_MEET`).
 */
function taughtOnly(sentence: string, exercises = false): boolean {
  return (TRAINING.test(sentence) || (exercises && EXERCISE.test(sentence))) && !PEERS_MEET.test(sentence);
}

/** Dialogue's weak words for a meeting ("meeting", "talks", "discussions"): strong when it is held (`isHeld`). */
const MEETING_FAMILY = 'discussion';
function isMeeting(match: SignalMatch): boolean {
  return match.signal.family === MEETING_FAMILY && match.signal.weight === 1;
}

/** Partnerships' words for public and private sectors together. */
const PPP_FAMILY = 'ppp';
/** The family of work with the state's own bodies (`withOwnBodies`): no partner's. */
const OWN_BODIES = 'own-bodies';

/**
 * The family a strong partnership word at `match` (in `sentence`, which starts at `start` of `prose`) keeps as one weak
 * word when its partners are at home: public and private sectors only as whom the sentence concerns ("the cyber
 * security of public and private sector organisations"), or work with the state's own bodies by its own ("organised by
 * the ministry in collaboration with the Communications Authority": no act of partnership either). Undefined when the
 * word speaks for a partnership.
 */
function partnersAtHome(prose: string, sentence: string, match: SignalMatch, start: number): string | undefined {
  const words = prose.slice(match.start, match.end);
  if (match.signal.family === PPP_FAMILY && sectorsAsScope(words, sentence)) return PPP_FAMILY;
  if (/\bwith$/i.test(words) && withOwnBodies(sentence, match.end - start, match.start - start)) return OWN_BODIES;
  return undefined;
}

function ownSignals(signals: readonly SignalMatch[], id: PillarId): OwnSignal[] {
  return signals
    .filter((match) => match.pillar === id && match.signal.weight > 0)
    .map((match) => ({ start: match.start, end: match.end, family: match.signal.family }));
}

/** The family a list of areas counts as (`inEnumeration`), whatever families its items are of. */
const LISTED = 'listed';

/** Policy words taught or helped with, and implementation and law of the international order (norms, CBMs). */
function isAside(sentence: string, match: SignalMatch, offset: number): boolean {
  if (asideBefore(sentence, offset) || addressedBefore(sentence, offset) || calledForBefore(sentence, offset))
    return true;
  const family = match.signal.family;
  return (family === 'implement' || family === 'law' || family === 'standards') && aboutInternationalOrder(sentence);
}

/** The rest of a national body's name that says it is for cyber security: "National Center for Digital Security". */
const SECURITY_NAME_AFTER =
  /^\s+(?:for|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Cyber\s*[Ss]ecurity|Digital Security|Information Security|Computer Security|Cyber Defen[cs]e|Cyberspace|Incident Response)\b/u;

/**
 * A weak body's word ("National Center") that begins a name saying the body is for cyber security, as a strong one
 * whose span runs to the name's end; else undefined.
 */
function securityBodyNamed(prose: string, match: SignalMatch): SignalMatch | undefined {
  if (match.signal.weight !== 1 || !POLICY_BODIES.has(match.signal.family)) return undefined;
  if (!/^\p{Lu}/u.test(prose.slice(match.start, match.end))) return undefined;
  const rest = SECURITY_NAME_AFTER.exec(prose.slice(match.end, match.end + 80));
  return rest ? { ...match, end: match.end + rest[0].length, signal: { ...match.signal, weight: 2 } } : undefined;
}

/** A parliament's debate or plenary: law-making at home, no exchange among states, experts or industry. */
const DEBATE_WORDS = /^(?:debates?|debated|plenary|plenary sessions?|deliberations?)$/i;
/** Words that put a debate in a parliament: a bill read, amended or sponsored, senators, lawmakers. */
const LAW_MAKING =
  /\b(?:bills?|second reading|third reading|sponsor of the bill|senators?|senate|lawmakers|legislators|members of parliament|MPs|the house|committee stage|hansard)\b/i;

/** Whether a debate word (`words`) stands in a sentence of law-making (`LAW_MAKING`). */
function lawmakersDebate(words: string, sentence: string): boolean {
  return DEBATE_WORDS.test(words) && LAW_MAKING.test(sentence);
}

/**
 * Before a strategy, plan or law, the name of a region's or the world's body, or such a body's words, that make it
 * theirs, no country's at home: "the Arab Cybersecurity Strategy", "the EU Cybersecurity Strategy", "the ASEAN
 * Cybersecurity Cooperation roadmap", "the International Cyber Strategy for Norway" (the country's dealings abroad).
 */
const REGIONS_OWN = new RegExp(`(?<![\\p{L}])(?:${REGION_NAMES})(?:['’]s)?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}$`, 'u');

/** Whether the words before the match (at `offset` in `sentence`) make the instrument a region's (`REGIONS_OWN`). */
function regionsOwn(sentence: string, offset: number): boolean {
  return REGIONS_OWN.test(sentence.slice(Math.max(0, offset - 60), offset));
}

/** Whether the body the match names is set up (`isBodySetUp`) or at work (`isBodyAtWork`) in its sentence. */
function bodySetUpOrAtWork(prose: string, match: SignalMatch): boolean {
  const sentence = sentenceSpanOf(prose, match);
  const text = prose.slice(sentence.start, sentence.end);
  const [start, end] = [match.start - sentence.start, match.end - sentence.start];
  return isBodySetUp(text, start, end) || isBodyAtWork(text, start, end);
}

/** Whether the match's sentence tells of an act of the pillar (`isAct`), the match's place in it given. */
function isActAt(
  prose: string,
  match: SignalMatch,
  like: 'partnerships' | 'policy' | 'dialogue' | 'education',
): boolean {
  const sentence = sentenceSpanOf(prose, match);
  const at = { start: match.start - sentence.start, end: match.end - sentence.start };
  return isAct(prose.slice(sentence.start, sentence.end), like, at);
}

/** Where a sentence's clauses part: ", and", ", or", ", while", ", but", a semicolon. */
const CLAUSE_BREAK = /,\s+(?:and|or|while|but|whereas)\s+|;/g;

/** The span of the clause around the match, within its sentence (`sentenceSpanOf`). */
function clauseSpanOf(prose: string, match: SignalMatch): { start: number; end: number } {
  const sentence = sentenceSpanOf(prose, match);
  let { start, end } = sentence;
  for (const m of prose.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= match.start) start = at + m[0].length;
    else if (at >= match.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

export function covers(w: Weighed, threshold: number, signals = 2): boolean {
  return w.count >= signals && w.weight >= threshold;
}

/** The text from `start` to `end`, white space collapsed, cut to an excerpt's length. */
export function excerpt(text: string, start: number, end: number): string {
  // The start of a long block is enough, unless white space takes most of it.
  if (end - start > EXCERPT * 4) {
    const head = text
      .slice(start, start + EXCERPT * 4)
      .replace(/\s+/g, ' ')
      .trim();
    if (head.length > EXCERPT) return `${head.slice(0, EXCERPT - 1)}…`;
  }
  const slice = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return slice.length > EXCERPT ? `${slice.slice(0, EXCERPT - 1)}…` : slice;
}
