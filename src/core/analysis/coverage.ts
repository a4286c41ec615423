/**
 * Coverage per pillar: which blocks, sections, lists, headings, citations and marked passages are a pillar's
 * evidence, weighed in their context (a job description's section, a list of names), the mentions in passing of a
 * pillar with none, and each pillar's status.
 */
import { asideBefore, placeholderPillar } from '../judgement/cues.js';
import {
  GENRE_COMPANY,
  GENRE_JOB,
  GENRE_NAMES,
  GENRE_OBJECTIVES,
  genreOf as genreOfText,
  introducesObjectives,
  leadsIntoStrategyObjectives,
} from '../judgement/genres.js';
import {
  BLOCK_WEIGHT,
  covers,
  EXCERPT,
  excerpt,
  HEADING_SUPPORT,
  sectionWeight,
  SECTION_WINDOW,
  evidenceSignals,
  weigh,
  weighBlock,
} from '../judgement/weights.js';
import type { SignalMatch } from '../judgement/signals.js';
import type { PillarId, Range } from '../framework/model.js';
import type { PillarSet, SetFramework } from '../framework/pillar-set.js';
import { lowerBound, type LineIndex } from '../parse/positions.js';
import { weakMemo } from '../caches.js';
import type { PieceBlock, PieceCover, Span } from './facts.js';
import type { Masked } from './mask.js';
import type { Overrule } from './overrules.js';
import type { Block, CitationUse, FrontMatter, HeadingInfo, PillarCoverage } from './types.js';

/** A list a piece's facts found covering a pillar, placed in the draft. */
export type Group = PieceCover & Span & { section: number };

/** What coverage is read from: the draft's pieces' facts, placed and joined in draft order (`analyzePieces`). */
export interface DraftFacts {
  text: string;
  lines: LineIndex;
  mask: Masked;
  pillars: PillarSet;
  headings: readonly HeadingInfo[];
  headingSignals: readonly (readonly SignalMatch[])[];
  title?: HeadingInfo;
  blocks: readonly Block[];
  groups: readonly Group[];
  citations: readonly CitationUse[];
  overrules: readonly Overrule[];
  frontMatter?: FrontMatter;
}

/** The draft's facts with what every step of the reading shares. */
interface Reading extends DraftFacts {
  coverage: Record<PillarId, PillarCoverage>;
  range(start: number, end: number): Range;
  /** Whether `start`–`end` lies in a passage marked not evidence. */
  excluded(start: number, end: number): boolean;
  placeholders: readonly Block[];
  evidenceBlocks: readonly Block[];
  blocksByStart: readonly Block[];
  /** Blocks whose context adds a genre to their own (`contextGenres`). */
  context: ReadonlyMap<Block, number>;
  coveredOf(block: Block): number;
  speaking(block: Block, id: PillarId): readonly SignalMatch[];
  citesWithin(start: number, end: number, id: PillarId): boolean;
}

/** A heading, or a label line standing for one, with the end of the section it names. */
interface Naming {
  start: number;
  end: number;
  signals: readonly SignalMatch[];
  sectionEnd: number;
  title?: boolean;
}

/**
 * Per block of a piece (kept while the piece is, wherever it is placed): its signals that speak for each pillar in its
 * context's genre.
 */
const spokenMemo = weakMemo<PieceBlock, { genre: number; byPillar: Partial<Record<PillarId, readonly SignalMatch[]>> }>(
  'spoken signals',
);
/** Per block of a piece: the pillars it still covers alone in its context's genre. */
const demotedMemo = weakMemo<PieceBlock, { genre: number; covered: number }>('demoted blocks');

/** A run of short lines at least this long (`PieceBlock.short`), naming two pillars or more, is a list of names. */
const NAME_RUN = 5;

/** Headings and blocks that read as a job advert's, from which its requirements' sections are the job's too. */
const JOB_CUES_FOR_PAGE = 2;
/** A job advert's sections of what it asks for. */
const REQUIREMENTS_HEADING =
  /\b(?:education|skills|qualifications?|experience|requirements|competenc(?:e|es|ies)|essential|desirable|about you)\b/i;

/**
 * The genres a block has from its context (`genreOf`), where they add to its own: its section's
 * (a job description's, a course outline's: from the section's heading and blocks), and
 * `GENRE_NAMES` for a line of a list of names: five or more short lines in a row of a section
 * ("9 - Train and develop human resource", "10 - Raise awareness", "11 - Foster international
 * integration"), list items or paragraphs, whose words name two pillars or more. Each line names a
 * task or an area; it says nothing about it.
 */
function contextGenres(
  blocks: readonly Block[],
  headings: readonly HeadingInfo[],
  pillars: PillarSet,
  text: string,
): Map<Block, number> {
  const bearingBits = pillars.genreBits;
  const genres = new Map<Block, number>();
  // What each heading reads as, with the headings it stands under: the subsections of "Key responsibilities" are a
  // job's duties too.
  const headingGenres: number[] = [];
  const open: { depth: number; genre: number }[] = [];
  for (const heading of headings) {
    while (open.length && open.at(-1)!.depth >= heading.depth) open.pop();
    const genre = genreOfText(heading.text) | (open.at(-1)?.genre ?? 0);
    headingGenres.push(genre);
    open.push({ depth: heading.depth, genre });
  }
  // A company's own page (`GENRE_COMPANY`) is one in every section ("Key benefits" in one, the regulation its service
  // helps with in another).
  const company =
    headingGenres.some((genre) => genre & GENRE_COMPANY) || blocks.some((block) => block.genre & GENRE_COMPANY);
  if (company) for (let i = 0; i < headingGenres.length; i++) headingGenres[i] |= GENRE_COMPANY;
  // A job advert that says so twice ("Job summary" and "the ideal candidate"): its "Education" and "Skills" sections
  // are what the job asks for (not its "About us", which tells what the employer does).
  const jobCues =
    headingGenres.filter((genre) => genre & GENRE_JOB).length +
    blocks.filter((block) => block.genre & GENRE_JOB).length;
  if (jobCues >= JOB_CUES_FOR_PAGE)
    headings.forEach((heading, i) => {
      if (REQUIREMENTS_HEADING.test(heading.text)) headingGenres[i] |= GENRE_JOB;
    });
  for (let i = 0; i < blocks.length;) {
    // A section's blocks (they come in order): its genre, for those with policy or education words.
    let j = i;
    let genre = blocks[i].section >= 0 ? headingGenres[blocks[i].section] : company ? GENRE_COMPANY : 0;
    let bearing = false;
    for (; j < blocks.length && blocks[j].section === blocks[i].section; j++) {
      genre |= blocks[j].genre;
      bearing ||= (blocks[j].bits & bearingBits) !== 0;
    }
    if (genre && bearing)
      for (let k = i; k < j; k++)
        if (blocks[k].bits & bearingBits && (genre | blocks[k].genre) !== blocks[k].genre)
          genres.set(blocks[k], genre | blocks[k].genre);
    i = j;
  }
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && blocks[j].section === blocks[i].section && blocks[j].short && !blocks[j].placeholder)
      j++;
    if (j - i >= NAME_RUN) {
      let bits = 0;
      for (let k = i; k < j; k++) bits |= blocks[k].bits;
      if (pillars.ids.filter((id) => bits & pillars.bit(id)).length >= 2) {
        // A strategy's objectives: the section's heading or the line before the list says so.
        const section = blocks[i].section;
        // The line that leads into the list: the block before the run, or the run's own first line; or the block
        // before a long first item ("The main goals are these priority areas:", "1. Ensuring the efficiency of …").
        const leads = [blocks[i]];
        for (let k = i - 1; k >= Math.max(0, i - 2) && blocks[k].section === section; k--) leads.push(blocks[k]);
        // A run inside a longer list: the list's first item and the line before the list lead in too ("The strategy
        // consists of eight strategic objectives:", three long objectives, then five short ones).
        const list = blocks[i].source.group;
        let first = i;
        while (list && first > 0 && blocks[first - 1].source.group === list) first--;
        if (first < i - 2) leads.push(blocks[first]);
        if (first < i - 1 && first > 0 && blocks[first - 1].section === section) leads.push(blocks[first - 1]);
        const objectives =
          (section >= 0 && introducesObjectives(headings[section].text)) ||
          leads.some((lead) => introducesObjectives(text.slice(lead.start, Math.min(lead.end, lead.start + 300))));
        const names = objectives ? GENRE_NAMES | GENRE_OBJECTIVES : GENRE_NAMES;
        for (let k = i; k < j; k++)
          if (blocks[k].bits) genres.set(blocks[k], (genres.get(blocks[k]) ?? blocks[k].genre) | names);
        if (!objectives) objectivesWithin(blocks, i, j, text, pillars, genres);
      }
    }
    i = Math.max(j, i + 1);
  }
  aimsLists(blocks, text, genres);
  return genres;
}

/** A list item that states an aim the way objectives are written: "1. To protect government ICT infrastructure, …". */
const AIM_ITEM = /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*)?to\s+\p{L}/iu;
/** Items a list needs, most of them aims (`AIM_ITEM`), to read as a strategy's objectives. */
const AIM_ITEMS = 3;

/**
 * A strategy's objectives written as a list of aims, long or short ("1. To protect …, encourage public-private
 * partnerships, boost and maintain international cooperation. 2. To establish a regulatory framework …"): each
 * item names what the strategy commits to (`GENRE_OBJECTIVES`), its inline lists included.
 */
function aimsLists(blocks: readonly Block[], text: string, genres: Map<Block, number>): void {
  for (let i = 0; i < blocks.length;) {
    const list = blocks[i].source.group;
    let j = i + 1;
    while (list && j < blocks.length && blocks[j].source.group === list) j++;
    // Or a list, long items too, that the line before it leads in as a strategy's objectives ("Outlines four
    // strategic objectives:", "1. Protect: Enhance trust in …").
    const lead = list && i > 0 && blocks[i - 1].section === blocks[i].section && !blocks[i - 1].source.group;
    if (
      list &&
      j - i >= 2 &&
      lead &&
      leadsIntoStrategyObjectives(text.slice(blocks[i - 1].start, blocks[i - 1].end).trim())
    ) {
      for (let k = i; k < j; k++)
        if (blocks[k].bits) genres.set(blocks[k], (genres.get(blocks[k]) ?? blocks[k].genre) | GENRE_OBJECTIVES);
    } else if (list && j - i >= AIM_ITEMS) {
      let aims = 0;
      for (let k = i; k < j; k++) if (AIM_ITEM.test(text.slice(blocks[k].start, blocks[k].start + 80))) aims++;
      if (aims * 3 >= (j - i) * 2)
        for (let k = i; k < j; k++)
          if (blocks[k].bits) genres.set(blocks[k], (genres.get(blocks[k]) ?? blocks[k].genre) | GENRE_OBJECTIVES);
    }
    i = j;
  }
}

/**
 * A strategy's objectives led in from inside a longer run of short lines: "The strategy is based on the following
 * principles:", seven principles, then "The Strategy is focused on the following 5 priority goals:" and the goals.
 * The lead-in line (one that ends with a colon and names objectives) starts the objectives' own run, to the next
 * lead-in or the run's end; it holds `NAME_RUN` lines or more and names two pillars or more, as a whole run must.
 */
function objectivesWithin(
  blocks: readonly Block[],
  from: number,
  to: number,
  text: string,
  pillars: PillarSet,
  genres: Map<Block, number>,
): void {
  const leadsIn = (block: Block) => {
    const line = text.slice(block.start, block.end).trimEnd();
    return line.endsWith(':') && line.length <= 300;
  };
  for (let k = from + 1; k < to; k++) {
    if (!leadsIn(blocks[k]) || !introducesObjectives(text.slice(blocks[k].start, blocks[k].end))) continue;
    let end = k + 1;
    while (end < to && !leadsIn(blocks[end])) end++;
    if (end - k < NAME_RUN) continue;
    let bits = 0;
    for (let m = k; m < end; m++) bits |= blocks[m].bits;
    if (pillars.ids.filter((id) => bits & pillars.bit(id)).length < 2) continue;
    for (let m = k; m < end; m++)
      if (blocks[m].bits) genres.set(blocks[m], (genres.get(blocks[m]) ?? blocks[m].genre) | GENRE_OBJECTIVES);
  }
}

/** The blocks (sorted by start) that lie wholly from `start` to `end`. */
function blocksWithin(blocksByStart: readonly Block[], start: number, end: number): Block[] {
  const within: Block[] = [];
  for (
    let i = lowerBound(blocksByStart, start, (block) => block.start);
    i < blocksByStart.length && blocksByStart[i].start < end;
    i++
  ) {
    if (blocksByStart[i].end <= end) within.push(blocksByStart[i]);
  }
  return within;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Each checked pillar's coverage, and the frameworks checked (those the draft chooses, else every loaded one). */
export function coverageOf(draft: DraftFacts): {
  coverage: Record<PillarId, PillarCoverage>;
  frameworks: readonly SetFramework[];
} {
  const { lines, mask, pillars, blocks, headings, citations, overrules, frontMatter } = draft;

  // What a block's section reads as and whether it is a line of a list of names, read over the whole
  // draft: a draft checked in pieces reads as one checked whole.
  const context = contextGenres(blocks, headings, pillars, draft.text);
  const genreOf = (block: Block) => context.get(block) ?? block.genre;
  /** The pillars a block covers alone, in its context (a job's section, a list of names covers none). */
  const coveredOf = (block: Block): number => {
    const genre = context.get(block);
    // A line of a list of names may cover a pillar it does not cover alone (an objective named by its strong word).
    const named = genre !== undefined && (genre & GENRE_OBJECTIVES) !== 0;
    if (genre === undefined || (!block.covered && !named)) return block.covered;
    const memo = demotedMemo.get(block.source);
    if (memo && memo.genre === genre) return memo.covered;
    let covered = block.covered;
    for (const id of pillars.ids) {
      const bit = pillars.bit(id);
      if (!(covered & bit) && !(named && block.bits & bit)) continue;
      if (
        covers(weighBlock(mask.slice(block.start, block.end), block.signals, id, pillars.like(id), genre), BLOCK_WEIGHT)
      )
        covered |= bit;
      else covered &= ~bit;
    }
    demotedMemo.set(block.source, { genre, covered });
    return covered;
  };
  // The pillars checked: those of the frameworks the draft chooses, else of every loaded one.
  const chosen = frontMatter?.frameworks;
  const frameworks = chosen
    ? pillars.frameworks.filter((framework) => chosen.includes(framework.namespace))
    : pillars.frameworks;
  const checked = frameworks.flatMap((framework) => framework.pillars);
  const coverage = {} as Record<PillarId, PillarCoverage>;
  for (const id of checked) {
    coverage[id] = {
      pillar: id,
      framework: pillars.get(id)?.framework,
      status: 'missing',
      covered: false,
      evidence: [],
      passing: [],
    };
  }
  const range = (start: number, end: number) => lines.range(start, end);

  // The writer's word over the checker's: blocks marked not evidence are left out, blocks marked
  // as covering a pillar are its evidence.
  const notEvidence = overrules.filter((overrule) => overrule.notEvidence).map((overrule) => overrule.target);
  const excluded = (start: number, end: number) => notEvidence.some((span) => span.start <= start && end <= span.end);
  const placeholders = blocks.filter((block) => block.placeholder);
  const inPlaceholder = (offset: number) =>
    placeholders.length > 0 && placeholders.some((block) => block.start <= offset && offset < block.end);
  const evidenceBlocks = blocks.filter((block) => !block.placeholder && !excluded(block.start, block.end));
  const evidenceCitations = citations.filter(
    (use) => !excluded(use.citation.start, use.citation.end) && !inPlaceholder(use.citation.start),
  );
  // Where citations of each pillar's claims start, in order: a heading's section is looked up by binary search.
  const citedAt = new Map<PillarId, number[]>();
  for (const use of evidenceCitations) {
    for (const claim of use.claims)
      if (claim?.pillar && coverage[claim.pillar]) push(citedAt, claim.pillar, use.citation.start);
  }
  for (const starts of citedAt.values()) starts.sort((x, y) => x - y);
  /** Whether a citation of one of the pillar's claims stands between `start` and `end`. */
  const citesWithin = (start: number, end: number, id: PillarId) => {
    const starts = citedAt.get(id);
    if (!starts) return false;
    const i = lowerBound(starts, start, (offset) => offset);
    return i < starts.length && starts[i] < end;
  };
  const blocksByStart = [...evidenceBlocks].sort((x, y) => x.start - y.start);
  // A block's signals that speak for a pillar (`evidenceSignals`), read once per block and kept while its piece is
  // (`spokenMemo`): windows overlap, and a re-check reads again only the blocks an edit or their context changed.
  const speaking = (block: Block, id: PillarId): readonly SignalMatch[] => {
    if (!(block.bits & pillars.bit(id))) return block.signals;
    const genre = genreOf(block);
    let memo = spokenMemo.get(block.source);
    if (!memo || memo.genre !== genre) spokenMemo.set(block.source, (memo = { genre, byPillar: {} }));
    return (memo.byPillar[id] ??= evidenceSignals(
      mask.slice(block.start, block.end),
      block.signals,
      id,
      pillars.like(id),
      genre,
    ));
  };
  const reading: Reading = {
    ...draft,
    coverage,
    range,
    excluded,
    placeholders,
    evidenceBlocks,
    blocksByStart,
    context,
    coveredOf,
    speaking,
    citesWithin,
  };
  headingEvidence(reading, namingsOf(reading));
  citationEvidence(reading, evidenceCitations);
  markedEvidence(reading);

  // Sections with their blocks, the same for every pillar; the text before the first heading is one too.
  const sections = new Map<number, Block[]>();
  for (const block of evidenceBlocks) push(sections, block.section, block);
  for (const id of checked) {
    pillarEvidence(reading, id, sections);
    // Policy in effect is said in a sentence: its words spread over a few blocks alone ("a legal framework" in one
    // paragraph of a meeting's readout, "critical information infrastructures" in the next) are topics or areas, no
    // policy at work. Fitted on the development sets: a lone section was policy's evidence in no passage labelled
    // covered, and in three labelled not.
    const evidence = coverage[id].evidence;
    if (pillars.like(id) === 'policy' && evidence.length === 1 && evidence[0].kind === 'section') evidence.length = 0;
    if (evidence.length === 0) passingOf(reading, id);
  }

  for (const id of checked) {
    const entry = coverage[id];
    if (frontMatter?.skip.includes(id)) {
      entry.status = 'skipped';
      entry.skipReason = frontMatter.skipReason;
    } else if (entry.evidence.length === 0) entry.status = 'missing';
    else entry.status = entry.evidence.length === 1 ? 'thin' : 'covered';
    entry.covered = entry.status === 'covered' || entry.status === 'thin';
  }
  return { coverage, frameworks };
}

/**
 * The headings that may name a pillar, and label lines ("3. International cooperation"), each with the end of its
 * section (subsections included; the title's is the whole draft; a label's runs to the next label or heading).
 */
function namingsOf(reading: Reading): Naming[] {
  const { headings, excluded, title, text, headingSignals, blocksByStart } = reading;
  const namings: Naming[] = [];
  headings.forEach((heading, index) => {
    if (excluded(heading.start, heading.end)) return;
    let next = index + 1;
    while (next < headings.length && headings[next].depth > heading.depth) next++;
    const sectionEnd = heading === title ? text.length : next < headings.length ? headings[next].start : text.length;
    namings.push({
      start: heading.start,
      end: heading.end,
      signals: headingSignals[index],
      sectionEnd,
      title: heading === title,
    });
  });
  blocksByStart.forEach((block, i) => {
    if (!block.label || !block.signals.some((match) => match.signal.naming)) return;
    let end = i + 1;
    while (end < blocksByStart.length && !blocksByStart[end].label && blocksByStart[end].section === block.section)
      end++;
    const sectionEnd =
      end < blocksByStart.length ? blocksByStart[end].start : (headings[block.section + 1]?.start ?? text.length);
    namings.push({
      start: block.start,
      end: block.end,
      signals: block.signals.map((match) => ({ ...match, start: match.start + block.at, end: match.end + block.at })),
      sectionEnd,
    });
  });
  return namings;
}

/**
 * A heading names a pillar when it holds one of its naming signals and its section says something about it: a
 * placeholder section ("TBD") is not coverage.
 */
function headingEvidence(reading: Reading, namings: readonly Naming[]): void {
  const { blocksByStart, text, coverage, speaking, citesWithin, range, mask, pillars } = reading;
  for (const naming of namings) {
    const bySignal = new Map<PillarId, string[]>();
    for (const match of naming.signals) {
      if (!match.signal.naming) continue;
      // A body a heading names as what is taught ("An education curriculum for incident response teams") is no policy.
      const before = text.slice(naming.start, match.start);
      if (pillars.like(match.pillar) === 'policy' && asideBefore(before, before.length)) continue;
      const list = bySignal.get(match.pillar) ?? [];
      if (!list.includes(text.slice(match.start, match.end))) list.push(text.slice(match.start, match.end));
      bySignal.set(match.pillar, list);
    }
    if (bySignal.size === 0) continue;
    const inSection = blocksWithin(blocksByStart, naming.end, naming.sectionEnd);
    for (const [id, words] of bySignal) {
      if (!coverage[id]) continue;
      // The section must say something of its own about the pillar: a strong word, or two; under
      // the title, which names what the whole draft is, one paragraph that nearly covers it alone.
      const supported = () =>
        naming.title
          ? inSection.some(
              (block) => weigh([{ signals: speaking(block, id), at: block.at }], id).weight >= BLOCK_WEIGHT - 1,
            )
          : weigh(
              inSection.map((block) => ({ signals: speaking(block, id), at: block.at })),
              id,
            ).weight >= HEADING_SUPPORT;
      if ((naming.title || !citesWithin(naming.end, naming.sectionEnd, id)) && !supported()) continue;
      coverage[id].evidence.push({
        kind: 'heading',
        range: range(naming.start, naming.end),
        excerpt: excerpt(mask.slice(naming.start, naming.end), 0, naming.end - naming.start),
        signals: words,
        blockStart: naming.start,
      });
    }
  }
}

/** Each citation of a checked pillar's claim is its evidence. */
function citationEvidence(reading: Reading, evidenceCitations: readonly CitationUse[]): void {
  const { coverage, range } = reading;
  for (const use of evidenceCitations) {
    use.citation.items.forEach((item, i) => {
      const claim = use.claims[i];
      if (!claim?.pillar || !coverage[claim.pillar]) return;
      coverage[claim.pillar].evidence.push({
        kind: 'citation',
        range: range(item.start - 1, item.end),
        excerpt: `@${item.key}`,
        signals: [],
        claim: claim.key,
      });
    });
  }
}

/** The writer's word over the checker's: a passage marked as covering a pillar is its evidence. */
function markedEvidence(reading: Reading): void {
  const { overrules, coverage, range, mask } = reading;
  for (const overrule of overrules) {
    for (const id of overrule.covers) {
      if (!coverage[id]) continue;
      const { start, end } = overrule.target;
      coverage[id].evidence.push({
        kind: 'marked',
        range: range(start, end),
        excerpt: excerpt(mask.slice(start, end), 0, end - start),
        signals: [],
      });
    }
  }
}

/** The pillar's evidence in the draft's prose: blocks that cover it alone, sections and lists devoted to it. */
function pillarEvidence(reading: Reading, id: PillarId, sections: ReadonlyMap<number, readonly Block[]>): void {
  const { coverage, pillars, evidenceBlocks, coveredOf, range, speaking, headings, mask, text, groups, excluded } =
    reading;
  const { blocksByStart, context } = reading;
  const evidence = coverage[id].evidence;
  const bit = pillars.bit(id);
  for (const block of evidenceBlocks) {
    if (!(coveredOf(block) & bit)) continue;
    // A line of a list of names covers in its context what it does not alone: its words are read here.
    const cover = block.prose.find((entry) => entry.pillar === id) ?? {
      excerpt: excerpt(text, block.start, block.end),
      words: [
        ...new Set(
          speaking(block, id)
            .filter((match) => match.pillar === id && match.signal.weight > 0)
            .map((match) => text.slice(block.start + match.start, block.start + match.end)),
        ),
      ],
    };
    evidence.push({
      kind: 'prose',
      range: range(block.start, block.end),
      excerpt: cover.excerpt,
      signals: cover.words,
      blockStart: block.start,
    });
  }
  // A section, list or table devoted to the pillar may spread its words over short items: any
  // few consecutive blocks of a section (words scattered over a long article do not add up).
  const coveredSections = new Set<number>();
  for (const [section, members] of sections) {
    if (members.some((block) => coveredOf(block) & bit)) continue;
    let found: { start: number; end: number; w: ReturnType<typeof weigh> } | undefined;
    for (let i = 0; i < members.length && !found; i++) {
      if (!members[i].signals.some((match) => match.pillar === id && match.signal.weight > 0)) continue;
      const window = members
        .slice(i, i + SECTION_WINDOW)
        .map((block) => ({ signals: speaking(block, id), at: block.at, start: block.start, end: block.end }));
      const w = weigh(window, id);
      if (covers(w, sectionWeight(pillars.like(id)), 3))
        found = { start: section >= 0 ? headings[section].start : window[0].start, end: window.at(-1)!.end, w };
      else if (i + 1 < members.length && oneSentence(text, members[i]) && oneSentence(text, members[i + 1])) {
        // A news story's paragraphs are sentences: two in a row, each with a strong word of the pillar, weigh as one
        // paragraph would ("… a hub for research and development." "It will also promote cyber security awareness.").
        const pair = window.slice(0, 2);
        const paired = weigh(pair, id);
        if (pair.every((member) => hasStrong(member.signals, id)) && covers(paired, BLOCK_WEIGHT))
          found = { start: pair[0].start, end: pair[1].end, w: paired };
      }
    }
    if (!found) continue;
    const { start, end, w } = found;
    evidence.push({
      kind: 'section',
      range: range(start, end),
      excerpt: excerpt(
        mask.slice(start, Math.min(end, start + EXCERPT * 2)),
        0,
        Math.min(end, start + EXCERPT * 2) - start,
      ),
      signals: w.counted.map((match) => text.slice(match.start, match.end)),
    });
    coveredSections.add(section);
  }
  for (const group of groups) {
    if (group.pillar !== id || coveredSections.has(group.section) || excluded(group.start, group.end)) continue;
    // A list read in its context: its items' words that speak for the pillar there must still add up.
    const members = blocksWithin(blocksByStart, group.start, group.end);
    if (
      members.some((block) => context.has(block)) &&
      !covers(
        weigh(
          members.map((block) => ({ signals: speaking(block, id), at: block.at })),
          id,
        ),
        sectionWeight(pillars.like(id)),
        3,
      )
    )
      continue;
    evidence.push({
      kind: 'section',
      range: range(group.start, group.end),
      excerpt: group.excerpt,
      signals: group.words,
    });
  }
  evidence.sort((x, y) => x.range.start.offset - y.range.start.offset);
}

/** A pillar with no evidence: its mentions in passing, closest to covering it first, and a skeleton still unwritten. */
function passingOf(reading: Reading, id: PillarId): void {
  const { headings, title, excluded, headingSignals, evidenceBlocks, coverage, range, text, placeholders, mask } =
    reading;
  const { pillars } = reading;
  // Closest first: the block that came nearest to covering the pillar, then in draft order.
  const mentions: { match: SignalMatch; blockStart: number; weight: number }[] = [];
  headings.forEach((heading, index) => {
    if (heading === title || excluded(heading.start, heading.end)) return;
    for (const match of headingSignals[index])
      if (match.pillar === id) mentions.push({ match, blockStart: heading.start, weight: 0 });
  });
  for (const block of evidenceBlocks) {
    if (!block.signals.some((match) => match.pillar === id)) continue;
    const weight = weigh([block], id).weight;
    for (const match of block.signals)
      if (match.pillar === id)
        mentions.push({
          match: { ...match, start: match.start + block.at, end: match.end + block.at },
          blockStart: block.start,
          weight,
        });
  }
  mentions.sort((x, y) => y.weight - x.weight || x.match.start - y.match.start);
  coverage[id].passing = mentions.map(({ match, blockStart }) => ({
    kind: 'prose' as const,
    range: range(match.start, match.end),
    excerpt: text.slice(match.start, match.end),
    signals: [text.slice(match.start, match.end)],
    blockStart,
  }));
  const skeleton = placeholders.find((block) => placeholderPillar(mask.slice(block.start, block.end), pillars) === id);
  if (skeleton) coverage[id].placeholder = range(skeleton.start, skeleton.end);
}

/** The longest paragraph read as one sentence of a news story (`oneSentence`). */
const SENTENCE_CHARS = 400;

/** Whether a block is one sentence: a paragraph of a news story, no longer than {@link SENTENCE_CHARS}. */
function oneSentence(text: string, block: { start: number; end: number }): boolean {
  if (block.end - block.start > SENTENCE_CHARS) return false;
  return !/[.!?]\s+\p{Lu}/u.test(text.slice(block.start, block.end).replace(/[.!?]\s*$/, ''));
}

/** Whether the signals hold a strong word (weight 2 or more) of the pillar. */
function hasStrong(signals: readonly SignalMatch[], id: PillarId): boolean {
  return signals.some((match) => match.pillar === id && match.signal.weight >= 2);
}
