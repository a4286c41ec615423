/**
 * How core objects look in the editor: tree rows, diagnostics, completion items, hover cards, the status
 * bar and the citation picker, as plain data. The adapters turn these into `vscode` objects one to one, so
 * everything a user reads is decided (and unit-tested) here. Never imports `vscode`.
 */
import type {
  CheckMessage,
  Claim,
  CoverageStatus,
  Evidence,
  KnowledgeBase,
  PillarCoverage,
  Range,
  Source,
  Theme,
} from '../core/index.js';
// Values come from the core modules that define them, never through the index (which re-exports the checker).
import { PILLARS, type Pillar } from '../core/framework/pillars.js';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './ids.js';
import type { DraftNotChecked, DraftReport } from './report.js';

/** A codicon id and the theme colour it is drawn in. */
export interface Icon {
  id: string;
  color?: string;
}

export interface Row {
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  icon?: Icon;
}

/** Zero-based, as in `vscode.Position`; characters are UTF-16 code units, as in the core. */
export interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function plainRange(range: Range): PlainRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** Escapes text for Markdown (hovers, tooltips), so a claim's words are shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** `text` cut to `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** A `command:` link for trusted Markdown. */
export function commandLink(title: string, command: string, args: unknown[], tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  return `[${title}](${uri}${tooltip ? ` "${tooltip.replace(/"/g, "'")}"` : ''})`;
}

/** The commands a hover's links may run: nothing else is trusted. */
export const HOVER_COMMANDS: readonly string[] = [COMMANDS.revealInSource, COMMANDS.copyCitation];

// ---------------------------------------------------------------------------------------------------------
// The tree: source → themes (pillars first) → claims, and the draft's evidence per pillar.

/**
 * The pillars the views know (those of the frameworks loaded: the built-in essay's by default), by id: the host
 * sets them when `pillars.frameworks` changes.
 */
let knownPillars = new Map<string, Pillar>(PILLARS.map((pillar) => [pillar.id, pillar]));

export function setKnownPillars(pillars: readonly Pillar[]): void {
  knownPillars = new Map([...PILLARS, ...pillars].map((pillar) => [pillar.id, pillar]));
}

/**
 * A pillar as the views name it: a pillar no framework loaded now has (a report of before a change) is named by its id.
 */
export function pillarInfo(id: string): Pick<Pillar, 'id' | 'title' | 'description' | 'coverHint'> {
  return knownPillars.get(id) ?? { id, title: id, description: '', coverHint: '' };
}

/** The source's themes in tree order: its pillars first, in pillar order, then the others as in the source. */
export function orderedThemes(source: Source): Theme[] {
  const order = [...knownPillars.keys()];
  const rank = (theme: Theme) => (order.includes(theme.pillar!) ? order.indexOf(theme.pillar!) : order.length);
  const pillarThemes = source.themes.filter((theme) => theme.pillar).sort((a, b) => rank(a) - rank(b));
  return [...pillarThemes, ...source.themes.filter((theme) => !theme.pillar)];
}

export const STATUS_LABEL: Record<CoverageStatus, string> = {
  covered: 'covered',
  thin: 'thin',
  missing: 'missing',
  skipped: 'skipped',
};

export const STATUS_ICON: Record<CoverageStatus, Icon> = {
  covered: { id: 'pass', color: 'testing.iconPassed' },
  thin: { id: 'warning', color: 'list.warningForeground' },
  missing: { id: 'error', color: 'list.errorForeground' },
  skipped: { id: 'circle-slash', color: 'disabledForeground' },
};

const STATUS_MARK: Record<CoverageStatus, string> = { covered: '✓', thin: '~', missing: '✗', skipped: '–' };

/** The draft's section (1-based, title heading not counted) at an offset; 0 before the first section. */
export function sectionNumber(report: Pick<DraftReport, 'headings' | 'title'>, offset: number): number {
  let number = 0;
  let count = 0;
  for (const heading of report.headings) {
    if (report.title && heading.start === report.title.start) continue;
    count++;
    if (heading.start <= offset) number = count;
    else break;
  }
  return number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Sections named in a summary before `+N`. */
const SUMMARY_SECTIONS = 4;

/** What the evidence for a pillar amounts to, briefly: `2 citations, §3` (at most four sections, then `+N`). */
export function evidenceSummary(coverage: PillarCoverage, report: Pick<DraftReport, 'headings' | 'title'>): string {
  if (coverage.status === 'skipped')
    return coverage.skipReason ? `out of scope: ${coverage.skipReason}` : 'out of scope';
  if (coverage.evidence.length === 0) {
    const mention = coverage.passing[0];
    return mention ? `mentioned in passing (“${mention.excerpt}”)` : 'no evidence';
  }
  const parts: string[] = [];
  const citations = coverage.evidence.filter((evidence) => evidence.kind === 'citation').length;
  if (citations) parts.push(plural(citations, 'citation'));
  const sections = [
    ...new Set(
      coverage.evidence
        .filter((evidence) => evidence.kind !== 'citation')
        .map((evidence) => sectionNumber(report, evidence.range.start.offset)),
    ),
  ].sort((a, b) => a - b);
  const shown = sections.slice(0, SUMMARY_SECTIONS).map((n) => (n === 0 ? 'intro' : `§${n}`));
  if (sections.length > SUMMARY_SECTIONS) shown.push(`+${sections.length - SUMMARY_SECTIONS}`);
  if (shown.length) parts.push(shown.join(' '));
  return parts.join(', ');
}

const KIND_LABEL: Record<Evidence['kind'], string> = {
  citation: 'citation',
  heading: 'heading',
  prose: 'paragraph',
  section: 'section',
  marked: 'marked by the writer',
};
const KIND_ICON: Record<Evidence['kind'], string> = {
  citation: 'quote',
  heading: 'symbol-text',
  prose: 'note',
  section: 'list-unordered',
  marked: 'pass',
};

/** Evidence listed in a tooltip before "and N more": a draft with thousands of pieces stays readable. */
export const TOOLTIP_EVIDENCE = 5;

/**
 * A pillar's row: the pillar's name (in sentence case, as every message names it), and the draft's coverage at
 * a glance, its status first (undefined: no draft checked yet; `hasDraft` false: no draft is open).
 */
export function pillarRow(
  theme: Theme,
  coverage: PillarCoverage | undefined,
  report: DraftReport | undefined,
  checking = false,
  hasDraft = true,
): Row {
  const id = theme.pillar!;
  const about = pillarInfo(id);
  const label = about.title;
  if (!hasDraft) {
    return {
      label,
      tooltip: `**${escapeMarkdown(about.title)}**\n\n${escapeMarkdown(about.description)}\n\nOpen a draft to see how it covers this pillar.`,
      icon: { id: 'circle-large-outline' },
    };
  }
  if (report?.notChecked) {
    return {
      label,
      description: `not checked (${NOT_CHECKED_LABEL[report.notChecked.reason]})`,
      tooltip: `**${escapeMarkdown(about.title)}**\n\nThe draft was not checked: ${escapeMarkdown(report.notChecked.message)}`,
      icon: { id: 'circle-slash', color: 'disabledForeground' },
    };
  }
  if (!coverage || !report) {
    return {
      label,
      description: checking ? 'checking…' : 'not checked',
      tooltip: `**${escapeMarkdown(about.title)}**\n\n${escapeMarkdown(about.description)}`,
      icon: { id: checking ? 'sync~spin' : 'circle-large-outline' },
    };
  }
  const summary = evidenceSummary(coverage, report);
  const lines = [
    `**${escapeMarkdown(about.title)}**: ${STATUS_LABEL[coverage.status]} in the draft`,
    '',
    escapeMarkdown(about.description),
  ];
  if (coverage.evidence.length) {
    lines.push('', 'Evidence in the draft:', '');
    for (const evidence of coverage.evidence.slice(0, TOOLTIP_EVIDENCE)) {
      const section = sectionNumber(report, evidence.range.start.offset);
      lines.push(
        `- ${KIND_LABEL[evidence.kind]}, line ${evidence.range.start.line}${section ? ` (§${section})` : ''}: ${escapeMarkdown(shorten(evidence.excerpt, 80))}`,
      );
    }
    const more = coverage.evidence.length - TOOLTIP_EVIDENCE;
    if (more > 0)
      lines.push(
        '',
        `${commandLink(`…and ${more} more`, COMMANDS.showEvidence, [coverage.pillar], 'List every piece of evidence, to go to one')} (also under *Evidence in draft* below this row).`,
      );
  } else if (coverage.status === 'missing') {
    lines.push(
      '',
      `To cover it: ${escapeMarkdown(about.coverHint)}.`,
      '',
      'Right-click the row to insert a section for it or mark it out of scope.',
    );
  }
  if (coverage.status === 'thin')
    lines.push(
      '',
      'One piece of evidence only: discuss the pillar in a paragraph of its own or cite more of its claims.',
    );
  return {
    label,
    description: `${STATUS_LABEL[coverage.status]} · ${summary}`,
    tooltip: lines.join('\n'),
    icon: STATUS_ICON[coverage.status],
  };
}

/** A theme that is not a pillar (context, conclusion). */
export function themeRow(theme: Theme): Row {
  return { label: theme.title, description: plural(theme.claims.length, 'claim'), icon: { id: 'symbol-namespace' } };
}

export function sourceRow(source: Source): Row {
  const claims = source.themes.reduce((sum, theme) => sum + theme.claims.length, 0);
  return {
    label: source.title,
    description: `${plural(claims, 'claim')}, ${plural(source.themes.filter((theme) => theme.pillar).length, 'pillar')}`,
    tooltip: `**${escapeMarkdown(source.title)}**\n\nThe source the draft is checked against. Its claims are what it says, not verified facts.`,
    icon: { id: 'book' },
  };
}

/** How often the draft cites each claim. */
export function citationCounts(report: Pick<DraftReport, 'citations'> | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const use of report?.citations ?? []) {
    for (const claim of use.claims) if (claim) counts.set(claim.key, (counts.get(claim.key) ?? 0) + 1);
  }
  return counts;
}

/** The claim as a quotation with the source's title and place: tooltips, hovers, completion documentation. */
export function claimQuote(claim: Claim, kb: KnowledgeBase): string {
  const source = kb.sourceOf(claim);
  return `> ${escapeMarkdown(claim.text)}\n>\n> — *${escapeMarkdown(source.title)}*, line ${claim.range.start.line}`;
}

export function claimRow(claim: Claim, kb: KnowledgeBase, cited = 0): Row {
  return {
    label: shorten(claim.text, 60),
    description: `@${claim.key}${cited ? ` · cited${cited > 1 ? ` ×${cited}` : ''}` : ''}`,
    tooltip: `${claimQuote(claim, kb)}\n\n\`@${claim.key}\`${cited ? ` · cited ${cited === 1 ? 'once' : `${cited} times`} in the draft` : ''}`,
    icon: cited ? { id: 'pass', color: 'testing.iconPassed' } : { id: 'quote' },
  };
}

/** The "Cited in this draft" section: how many claims the draft cites. */
export function citedGroupRow(claims: number, citations: number): Row {
  return {
    label: 'Cited in this draft',
    description: claims ? `${plural(claims, 'claim')}, ${plural(citations, 'citation')}` : 'no claim cited yet',
    tooltip: claims
      ? 'Each claim the draft cites, with every place it is cited.'
      : 'Type `[@` in the draft to cite a claim by its words.',
    icon: { id: 'references' },
  };
}

/** A claim the draft cites, under "Cited in this draft". */
export function citedClaimRow(claim: Claim, kb: KnowledgeBase, times: number): Row {
  return {
    label: shorten(claim.text, 60),
    description: `@${claim.key} · ${times === 1 ? 'once' : `${times}×`}`,
    tooltip: `${claimQuote(claim, kb)}\n\n\`@${claim.key}\` · cited ${times === 1 ? 'once' : `${times} times`} in the draft`,
    icon: { id: 'quote' },
  };
}

/** One citation of a claim in the draft: its line and the words around it. */
export function occurrenceRow(line: number, excerpt: string): Row {
  return {
    label: shorten(excerpt.trim(), 70) || `line ${line}`,
    description: `line ${line}`,
    tooltip: `Line ${line}: click to show the citation in the draft.`,
    icon: { id: 'location' },
  };
}

/**
 * Each claim a draft cites, in the order of its first citation, with its citations' offsets (the key's, `@` included).
 */
export function citedClaimPlaces(
  report: Pick<DraftReport, 'citations'> | undefined,
): { claim: Claim; places: { start: number; end: number }[] }[] {
  const byKey = new Map<string, { claim: Claim; places: { start: number; end: number }[] }>();
  for (const use of report?.citations ?? []) {
    use.citation.items.forEach((item, i) => {
      const claim = use.claims[i];
      if (!claim) return;
      let entry = byKey.get(claim.key);
      if (!entry) byKey.set(claim.key, (entry = { claim, places: [] }));
      entry.places.push({ start: item.start - 1, end: item.end });
    });
  }
  return [...byKey.values()];
}

export function evidenceGroupRow(coverage: PillarCoverage): Row {
  const passing = coverage.evidence.length === 0;
  const items = passing ? coverage.passing : coverage.evidence;
  return {
    label: passing ? 'Mentioned in passing' : 'Evidence in draft',
    description: String(items.length),
    tooltip: passing
      ? 'Signal words that fell short of coverage: one incidental word is not coverage.'
      : 'Why the pillar counts as covered.',
    icon: { id: passing ? 'eye' : 'checklist' },
  };
}

export function evidenceRow(evidence: Evidence, report: Pick<DraftReport, 'headings' | 'title'>): Row {
  const section = sectionNumber(report, evidence.range.start.offset);
  const signals = evidence.signals.length
    ? `\n\nSignal words: ${evidence.signals.map((word) => `*${escapeMarkdown(word)}*`).join(', ')}`
    : '';
  return {
    label: evidence.excerpt,
    description: `${KIND_LABEL[evidence.kind]} · line ${evidence.range.start.line}${section ? ` · §${section}` : ''}`,
    tooltip: `${KIND_LABEL[evidence.kind].replace(/^./, (c) => c.toUpperCase())} at line ${evidence.range.start.line}: click to show it in the draft.${signals}`,
    icon: { id: KIND_ICON[evidence.kind] },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Diagnostics.

export type DiagnosticSeverityName = 'Error' | 'Warning' | 'Information';
export const SEVERITY: Record<CheckMessage['severity'], DiagnosticSeverityName> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Information',
};

export interface PlainDiagnostic {
  range: PlainRange;
  severity: DiagnosticSeverityName;
  message: string;
  source: string;
  code: { value: string; target?: string };
}

export function diagnosticOf(message: CheckMessage): PlainDiagnostic {
  return {
    range: plainRange(message.range),
    severity: SEVERITY[message.severity],
    message: message.message,
    source: DIAGNOSTIC_SOURCE,
    code: { value: message.ruleId, target: message.url },
  };
}

/** Whether a diagnostic (as VS Code hands it back to a code-action provider) is the one a message made. */
export function sameDiagnostic(
  message: CheckMessage,
  diagnostic: { range: PlainRange; message: string; code?: unknown },
): boolean {
  const code = diagnostic.code;
  const value = code && typeof code === 'object' && 'value' in code ? (code as { value: unknown }).value : code;
  const range = plainRange(message.range);
  return (
    value === message.ruleId &&
    diagnostic.message === message.message &&
    diagnostic.range.start.line === range.start.line &&
    diagnostic.range.start.character === range.start.character &&
    diagnostic.range.end.line === range.end.line &&
    diagnostic.range.end.character === range.end.character
  );
}

// ---------------------------------------------------------------------------------------------------------
// Completions, the citation picker, hovers.

/** A claim as a completion item in the list: everything but its documentation, which comes on resolve. */
export interface CompletionListItem {
  label: string;
  /** Shown beside the label on every row: the claim's sentence, shortened. */
  labelDescription: string;
  insertText: string;
  /** The key and the sentence: typing words of the claim finds it. */
  filterText: string;
  /** The pillar (or the theme, for claims outside the pillars): shown on the selected row. */
  detail: string;
  sortText: string;
}

export interface CompletionData extends CompletionListItem {
  /** Markdown. */
  documentation: string;
}

export function claimDetail(claim: Claim, kb: KnowledgeBase): string {
  return claim.pillar ? `Pillar: ${pillarInfo(claim.pillar).title}` : `Theme: ${kb.themeOf(claim).title}`;
}

function completionListItemOf(claim: Claim, kb: KnowledgeBase, index: number): CompletionListItem {
  return {
    label: claim.key,
    labelDescription: shorten(claim.text, 70),
    insertText: claim.key,
    filterText: `${claim.key} ${claim.text}`,
    detail: claimDetail(claim, kb),
    sortText: String(index).padStart(5, '0'),
  };
}

/** A completion item's documentation (Markdown): the claim as a quotation with its source and line. */
export function completionDocumentation(claim: Claim, kb: KnowledgeBase): string {
  return claimQuote(claim, kb);
}

export function completionOf(claim: Claim, kb: KnowledgeBase, index: number): CompletionData {
  return { ...completionListItemOf(claim, kb, index), documentation: completionDocumentation(claim, kb) };
}

const completionLists = new WeakMap<readonly Claim[], readonly CompletionListItem[]>();

/**
 * Every claim of the knowledge base as a completion item, in the knowledge base's order. Built on the first
 * request and kept as long as the knowledge base, so later requests cost nothing per claim.
 */
export function completionList(kb: KnowledgeBase): readonly CompletionListItem[] {
  let list = completionLists.get(kb.claims);
  if (!list) {
    list = kb.claims.map((claim, index) => completionListItemOf(claim, kb, index));
    completionLists.set(kb.claims, list);
  }
  return list;
}

/** Lower-case words of a text with where each starts (letters and digits; `cyber-attacks` is two words). */
function wordsOf(text: string): { word: string; at: number }[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ word: match[0], at: match.index }));
}

const claimWords = new WeakMap<Claim, { word: string; at: number }[]>();

/**
 * The claims that what was typed after `@` finds, best first: a key that starts with it, then a key that
 * holds it, then claims with a word that starts with it (a whole word before a part, an earlier word before
 * a later one), then claims whose sentence holds it inside a word. Nothing typed: every claim, in order.
 * VS Code's own matcher reads only the start of an item's filter text and matches letters anywhere in it,
 * so the editor asks again on every keystroke and shows these in this order (completionItemsFor).
 */
export function claimMatches(kb: KnowledgeBase, typed: string): Claim[] {
  const query = typed.trim().toLowerCase();
  if (!query) return [...kb.claims];
  const scored: { claim: Claim; score: number; index: number }[] = [];
  kb.claims.forEach((claim, index) => {
    const key = claim.key.toLowerCase();
    const id = key.slice(key.indexOf(':') + 1);
    let score = 0;
    if (key.startsWith(query) || id.startsWith(query)) score = 1000;
    else if (key.includes(query)) score = 900;
    else {
      let words = claimWords.get(claim);
      if (!words) claimWords.set(claim, (words = wordsOf(claim.text)));
      const text = claim.text.toLowerCase();
      const word = words.find((candidate) => candidate.word.startsWith(query));
      if (word)
        score =
          500 + (word.word === query ? 100 : 0) - Math.min(99, Math.floor((word.at / Math.max(1, text.length)) * 100));
      else if (query.length >= 3 && text.includes(query)) score = 100;
    }
    if (score > 0) scored.push({ claim, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.claim);
}

/**
 * The completion items for what was typed after `@`: the claims that it finds, in claimMatches' order. Each
 * item's filter text starts with what was typed, so VS Code's matcher keeps every one of them and ranks
 * them by their sort text, which is their place in that order.
 */
export function completionItemsFor(kb: KnowledgeBase, typed: string): CompletionListItem[] {
  const list = completionList(kb);
  const index = new Map(kb.claims.map((claim, i) => [claim, i]));
  const query = typed.trim().toLowerCase();
  return claimMatches(kb, typed).map((claim, rank) => ({
    ...list[index.get(claim)!],
    labelDescription: excerptAround(claim.text, claim.text.toLowerCase().indexOf(query)),
    filterText: `${typed} ${claim.key} ${claim.text}`,
    sortText: String(rank).padStart(5, '0'),
  }));
}

/** About `max` characters of a sentence that show the word at `at` (from the start when it is near it). */
export function excerptAround(text: string, at: number, max = 70): string {
  if (at < 0 || at < max / 2) return shorten(text, max);
  const from = text.lastIndexOf(' ', Math.max(0, at - 20)) + 1;
  return `…${shorten(text.slice(from), max - 1)}`;
}

export type PickEntry =
  | { kind: 'separator'; label: string }
  | { kind: 'claim'; label: string; description: string; detail: string; key: string };

/** Every claim for the citation picker, grouped by pillar (pillars first), searchable by its words. */
export function pickEntries(kb: KnowledgeBase): PickEntry[] {
  const entries: PickEntry[] = [];
  for (const source of kb.sources) {
    for (const theme of orderedThemes(source)) {
      if (theme.claims.length === 0) continue;
      entries.push({
        kind: 'separator',
        label: theme.pillar ? `Pillar: ${pillarInfo(theme.pillar).title}` : theme.title,
      });
      for (const claim of theme.claims) {
        entries.push({
          kind: 'claim',
          label: `@${claim.key}`,
          description: theme.title,
          detail: claim.text,
          key: claim.key,
        });
      }
    }
  }
  return entries;
}

/** The hover card over a citation key: the claim's words, its pillar, theme and place, and actions. */
export function hoverMarkdown(
  key: string,
  kb: KnowledgeBase,
  options: { hasBibliography?: boolean } = {},
): string | undefined {
  const claim = kb.claim(key);
  if (claim) {
    const theme = kb.themeOf(claim);
    const facts = [
      claim.pillar ? `**Pillar:** ${escapeMarkdown(pillarInfo(claim.pillar).title)}` : undefined,
      `**Theme:** ${escapeMarkdown(theme.title)}`,
      `\`@${claim.key}\``,
    ].filter(Boolean);
    const actions = [
      commandLink(
        'Reveal in Source',
        COMMANDS.revealInSource,
        [claim.key],
        'Open the source with this sentence selected',
      ),
      commandLink('Copy Citation', COMMANDS.copyCitation, [claim.key], `Copy [@${claim.key}]`),
    ];
    return [claimQuote(claim, kb), '', facts.join(' · '), '', actions.join(' · ')].join('\n');
  }
  const namespaced = kb.namespaces.some((namespace) => key.startsWith(`${namespace}:`));
  if (!namespaced && options.hasBibliography) return undefined;
  const suggestions = kb.suggest(key);
  const title = kb.sources.map((source) => `*${escapeMarkdown(source.title)}*`).join(', ');
  const lines = [`\`@${key}\` names no claim in ${title}.`];
  if (suggestions.length)
    lines.push('', `Did you mean ${suggestions.map((suggestion) => `\`@${suggestion}\``).join(', ')}?`);
  else lines.push('', 'Type `[@` to pick a claim by its words.');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// The status bar.

/** Said in the status bar's tooltip while the workspace is not trusted. */
export const RESTRICTED_MODE_LINE =
  'Restricted Mode: the workspace’s settings and configuration file for which files are drafts, how large they may be, ' +
  'the frameworks and the rules are ignored';

/** Why a draft was not checked, in two or three words (status bar, tree). */
export const NOT_CHECKED_LABEL: Record<DraftNotChecked['reason'], string> = {
  'too-large': 'too large',
  'out-of-memory': 'too large to check',
  'time-limit': 'took too long',
  'too-deep': 'nested too deeply',
  'internal-error': 'checker error',
};

export interface StatusBarOptions {
  /** The workspace is not trusted: its settings for drafts and the size limit are not read. */
  restricted?: boolean;
}

function withRestricted(lines: string[], options: StatusBarOptions): string[] {
  return options.restricted ? [...lines, '', `${RESTRICTED_MODE_LINE}; user settings or the defaults apply.`] : lines;
}

/** What the status-bar item shows: its text, its tooltip (Markdown) and what a screen reader says (plain text). */
export interface StatusBarView {
  text: string;
  tooltip: string;
  accessibilityLabel: string;
}

function restrictedSentence(options: StatusBarOptions): string {
  return options.restricted ? ` ${RESTRICTED_MODE_LINE}; user settings or the defaults apply.` : '';
}

export function statusBarOf(report: DraftReport, options: StatusBarOptions = {}): StatusBarView {
  if (report.notChecked) {
    const lines = [
      '**Cooperation pillars: draft not checked**',
      '',
      escapeMarkdown(report.notChecked.message),
      '',
      'Click to show the themes view.',
    ];
    return {
      text: `$(circle-slash) Pillars: not checked (${NOT_CHECKED_LABEL[report.notChecked.reason]})`,
      tooltip: withRestricted(lines, options).join('\n'),
      accessibilityLabel: `Cooperation pillars: draft not checked. ${report.notChecked.message}${restrictedSentence(options)}`,
    };
  }
  const ids = Object.keys(report.coverage);
  const inScope = ids.filter((id) => report.coverage[id].status !== 'skipped');
  const covered = inScope.filter((id) => report.coverage[id].covered);
  const icon = covered.length === inScope.length ? '$(pass)' : '$(warning)';
  const lines = ['**Cooperation pillars in this draft**', ''];
  const spoken: string[] = [];
  for (const id of ids) {
    const coverage = report.coverage[id];
    const summary = evidenceSummary(coverage, report);
    lines.push(
      `- ${STATUS_MARK[coverage.status]} ${escapeMarkdown(pillarInfo(id).title)}: ${STATUS_LABEL[coverage.status]} (${escapeMarkdown(summary)})`,
    );
    spoken.push(`${pillarInfo(id).title}: ${STATUS_LABEL[coverage.status]}`);
  }
  lines.push('', 'Click to show the themes view.');
  return {
    text: `${icon} Pillars ${covered.length}/${inScope.length}`,
    tooltip: withRestricted(lines, options).join('\n'),
    accessibilityLabel: `Cooperation pillars: ${covered.length} of ${inScope.length} covered. ${spoken.join('; ')}.${restrictedSentence(options)}`,
  };
}

/** The status bar while there is no report: checking, or checking turned off. */
export function statusBarWithoutReport(
  checking: boolean,
  enableSetting: string,
  options: StatusBarOptions = {},
): StatusBarView {
  const line = checking
    ? 'Checking the draft against the cooperation pillars…'
    : `Checking is turned off (${enableSetting}).`;
  return {
    text: checking ? '$(sync~spin) Pillars' : '$(circle-large-outline) Pillars',
    tooltip: withRestricted([line], options).join('\n'),
    accessibilityLabel: `Cooperation pillars: ${line}${restrictedSentence(options)}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Notices: a draft not checked, settings that cannot be used, Restricted Mode.

export interface Notice {
  text: string;
  /** The button, and what it does. */
  action: { title: string; kind: 'settings' | 'log' | 'trust'; setting?: string };
}

/**
 * The notice for a draft that was not checked, with a button to what would help: the size setting, or, when the
 * workspace raises it and Restricted Mode ignores that (`restricted`), workspace trust; else the log.
 */
export function notCheckedNotice(
  path: string,
  notChecked: DraftNotChecked,
  sizeSetting: string,
  restricted = false,
): Notice {
  const text = `Cooperation Pillars: ${path}: ${notChecked.message}`;
  if (notChecked.reason === 'too-large' && restricted)
    return { text, action: { title: 'Manage Workspace Trust', kind: 'trust' } };
  if (notChecked.reason === 'too-large')
    return { text, action: { title: 'Open Settings', kind: 'settings', setting: sizeSetting } };
  return { text, action: { title: 'Show Log', kind: 'log' } };
}

/** One notice for the settings that could not be used: the first named in full, the others counted. */
export function settingsNotice(messages: readonly string[]): Notice {
  const [first, ...rest] = messages;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'}: see the log)` : '';
  return {
    text: `Cooperation Pillars ignored a setting: ${first}${more} Other settings levels or the defaults apply.`,
    action: { title: 'Show Log', kind: 'log' },
  };
}

/** Told once when an untrusted workspace sets what Restricted Mode does not read. */
export function restrictedModeNotice(settings: readonly string[]): Notice {
  return {
    text: `Cooperation Pillars: ${RESTRICTED_MODE_LINE} (${settings.join(', ')}) until you trust the workspace; user settings or the defaults apply.`,
    action: { title: 'Manage Workspace Trust', kind: 'trust' },
  };
}
