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
import { PILLAR_IDS } from '../core/model.js';
import { pillar as pillarOf } from '../core/pillars.js';
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

/** The source's themes in tree order: the four pillars first, in pillar order, then the others as in the source. */
export function orderedThemes(source: Source): Theme[] {
  const pillarThemes = PILLAR_IDS.flatMap((id) => source.themes.filter((theme) => theme.pillar === id));
  return [...pillarThemes, ...source.themes.filter((theme) => !theme.pillar)];
}

export const STATUS_LABEL: Record<CoverageStatus, string> = { covered: 'covered', thin: 'thin', missing: 'missing', skipped: 'skipped' };

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

/** What the evidence for a pillar amounts to, briefly: `2 citations, §3`. */
export function evidenceSummary(coverage: PillarCoverage, report: Pick<DraftReport, 'headings' | 'title'>): string {
  if (coverage.status === 'skipped') return coverage.skipReason ? `out of scope: ${coverage.skipReason}` : 'out of scope';
  if (coverage.evidence.length === 0) {
    const mention = coverage.passing[0];
    return mention ? `mentioned in passing (“${mention.excerpt}”)` : 'no evidence';
  }
  const parts: string[] = [];
  const citations = coverage.evidence.filter((evidence) => evidence.kind === 'citation').length;
  if (citations) parts.push(plural(citations, 'citation'));
  const sections = [
    ...new Set(coverage.evidence.filter((evidence) => evidence.kind !== 'citation').map((evidence) => sectionNumber(report, evidence.range.start.offset))),
  ].sort((a, b) => a - b);
  if (sections.length) parts.push(sections.map((n) => (n === 0 ? 'intro' : `§${n}`)).join(' '));
  return parts.join(', ');
}

const KIND_LABEL: Record<Evidence['kind'], string> = { citation: 'citation', heading: 'heading', prose: 'paragraph', section: 'section', marked: 'marked by the writer' };
const KIND_ICON: Record<Evidence['kind'], string> = { citation: 'quote', heading: 'symbol-text', prose: 'note', section: 'list-unordered', marked: 'pass' };

/** A pillar's row: the theme's title, and the draft's coverage at a glance (undefined: no draft checked yet). */
export function pillarRow(theme: Theme, coverage: PillarCoverage | undefined, report: DraftReport | undefined, checking = false): Row {
  const id = theme.pillar!;
  const about = pillarOf(id);
  if (report?.notChecked) {
    return {
      label: theme.title,
      description: `not checked (${NOT_CHECKED_LABEL[report.notChecked.reason]})`,
      tooltip: `**${escapeMarkdown(about.title)}**\n\nThe draft was not checked: ${escapeMarkdown(report.notChecked.message)}`,
      icon: { id: 'circle-slash', color: 'disabledForeground' },
    };
  }
  if (!coverage || !report) {
    return {
      label: theme.title,
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
    for (const evidence of coverage.evidence) {
      const section = sectionNumber(report, evidence.range.start.offset);
      lines.push(`- ${KIND_LABEL[evidence.kind]}, line ${evidence.range.start.line}${section ? ` (§${section})` : ''}: ${escapeMarkdown(evidence.excerpt)}`);
    }
  } else if (coverage.status === 'missing') {
    lines.push('', `To cover it: ${escapeMarkdown(about.coverHint)}.`);
  }
  if (coverage.status === 'thin') lines.push('', 'One piece of evidence only: discuss the pillar in a paragraph of its own or cite more of its claims.');
  return {
    label: theme.title,
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

export function evidenceGroupRow(coverage: PillarCoverage): Row {
  const passing = coverage.evidence.length === 0;
  const items = passing ? coverage.passing : coverage.evidence;
  return {
    label: passing ? 'Mentioned in passing' : 'Evidence in draft',
    description: String(items.length),
    tooltip: passing ? 'Signal words that fell short of coverage: one incidental word is not coverage.' : 'Why the pillar counts as covered.',
    icon: { id: passing ? 'eye' : 'checklist' },
  };
}

export function evidenceRow(evidence: Evidence, report: Pick<DraftReport, 'headings' | 'title'>): Row {
  const section = sectionNumber(report, evidence.range.start.offset);
  const signals = evidence.signals.length ? `\n\nSignal words: ${evidence.signals.map((word) => `*${escapeMarkdown(word)}*`).join(', ')}` : '';
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
export const SEVERITY: Record<CheckMessage['severity'], DiagnosticSeverityName> = { error: 'Error', warning: 'Warning', info: 'Information' };

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
export function sameDiagnostic(message: CheckMessage, diagnostic: { range: PlainRange; message: string; code?: unknown }): boolean {
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
  /** Shown beside the label: the claim's theme. */
  labelDescription: string;
  insertText: string;
  /** The key and the sentence: typing words of the claim finds it. */
  filterText: string;
  /** The pillar (or the theme, for claims outside the pillars). */
  detail: string;
  sortText: string;
}

export interface CompletionData extends CompletionListItem {
  /** Markdown. */
  documentation: string;
}

export function claimDetail(claim: Claim, kb: KnowledgeBase): string {
  return claim.pillar ? `Pillar: ${pillarOf(claim.pillar).title}` : `Theme: ${kb.themeOf(claim).title}`;
}

function completionListItemOf(claim: Claim, kb: KnowledgeBase, index: number): CompletionListItem {
  return {
    label: claim.key,
    labelDescription: kb.themeOf(claim).title,
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

const completionLists = new WeakMap<KnowledgeBase, readonly CompletionListItem[]>();

/**
 * Every claim of the knowledge base as a completion item, in the knowledge base's order. Built on the first
 * request and kept as long as the knowledge base, so later requests cost nothing per claim.
 */
export function completionList(kb: KnowledgeBase): readonly CompletionListItem[] {
  let list = completionLists.get(kb);
  if (!list) {
    list = kb.claims.map((claim, index) => completionListItemOf(claim, kb, index));
    completionLists.set(kb, list);
  }
  return list;
}

export type PickEntry = { kind: 'separator'; label: string } | { kind: 'claim'; label: string; description: string; detail: string; key: string };

/** Every claim for the citation picker, grouped by pillar (pillars first), searchable by its words. */
export function pickEntries(kb: KnowledgeBase): PickEntry[] {
  const entries: PickEntry[] = [];
  for (const source of kb.sources) {
    for (const theme of orderedThemes(source)) {
      if (theme.claims.length === 0) continue;
      entries.push({ kind: 'separator', label: theme.pillar ? `Pillar: ${pillarOf(theme.pillar).title}` : theme.title });
      for (const claim of theme.claims) {
        entries.push({ kind: 'claim', label: `@${claim.key}`, description: theme.title, detail: claim.text, key: claim.key });
      }
    }
  }
  return entries;
}

/** The hover card over a citation key: the claim's words, its pillar, theme and place, and actions. */
export function hoverMarkdown(key: string, kb: KnowledgeBase, options: { hasBibliography?: boolean } = {}): string | undefined {
  const claim = kb.claim(key);
  if (claim) {
    const theme = kb.themeOf(claim);
    const facts = [
      claim.pillar ? `**Pillar:** ${escapeMarkdown(pillarOf(claim.pillar).title)}` : undefined,
      `**Theme:** ${escapeMarkdown(theme.title)}`,
      `\`@${claim.key}\``,
    ].filter(Boolean);
    const actions = [
      commandLink('Reveal in Source', COMMANDS.revealInSource, [claim.key], 'Open the source with this sentence selected'),
      commandLink('Copy Citation', COMMANDS.copyCitation, [claim.key], `Copy [@${claim.key}]`),
    ];
    return [claimQuote(claim, kb), '', facts.join(' · '), '', actions.join(' · ')].join('\n');
  }
  const namespaced = kb.namespaces.some((namespace) => key.startsWith(`${namespace}:`));
  if (!namespaced && options.hasBibliography) return undefined;
  const suggestions = kb.suggest(key);
  const title = kb.sources.map((source) => `*${escapeMarkdown(source.title)}*`).join(', ');
  const lines = [`\`@${key}\` names no claim in ${title}.`];
  if (suggestions.length) lines.push('', `Did you mean ${suggestions.map((suggestion) => `\`@${suggestion}\``).join(', ')}?`);
  else lines.push('', 'Type `[@` to pick a claim by its words.');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// The status bar.

/** Said in the status bar's tooltip while the workspace is not trusted. */
export const RESTRICTED_MODE_LINE = 'Restricted Mode: the workspace’s settings for which files are drafts and how large they may be are ignored';

/** Why a draft was not checked, in two or three words (status bar, tree). */
export const NOT_CHECKED_LABEL: Record<DraftNotChecked['reason'], string> = {
  'too-large': 'too large',
  'out-of-memory': 'too large to check',
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

export function statusBarOf(report: DraftReport, options: StatusBarOptions = {}): { text: string; tooltip: string } {
  if (report.notChecked) {
    const lines = ['**Cooperation pillars: draft not checked**', '', escapeMarkdown(report.notChecked.message), '', 'Click to show the themes view.'];
    return { text: `$(circle-slash) Pillars: not checked (${NOT_CHECKED_LABEL[report.notChecked.reason]})`, tooltip: withRestricted(lines, options).join('\n') };
  }
  const inScope = PILLAR_IDS.filter((id) => report.coverage[id].status !== 'skipped');
  const covered = inScope.filter((id) => report.coverage[id].covered);
  const icon = covered.length === inScope.length ? '$(pass)' : '$(warning)';
  const lines = ['**Cooperation pillars in this draft**', ''];
  for (const id of PILLAR_IDS) {
    const coverage = report.coverage[id];
    lines.push(`- ${STATUS_MARK[coverage.status]} ${escapeMarkdown(pillarOf(id).title)}: ${STATUS_LABEL[coverage.status]} (${escapeMarkdown(evidenceSummary(coverage, report))})`);
  }
  lines.push('', 'Click to show the themes view.');
  return { text: `${icon} Pillars ${covered.length}/${inScope.length}`, tooltip: withRestricted(lines, options).join('\n') };
}

/** The status bar while there is no report: checking, or checking turned off. */
export function statusBarWithoutReport(checking: boolean, enableSetting: string, options: StatusBarOptions = {}): { text: string; tooltip: string } {
  const line = checking ? 'Checking the draft against the cooperation pillars…' : `Checking is turned off (${enableSetting}).`;
  return { text: checking ? '$(sync~spin) Pillars' : '$(circle-large-outline) Pillars', tooltip: withRestricted([line], options).join('\n') };
}

// ---------------------------------------------------------------------------------------------------------
// Notices: a draft not checked, settings that cannot be used, Restricted Mode.

export interface Notice {
  text: string;
  /** The button, and what it does. */
  action: { title: string; kind: 'settings' | 'log' | 'trust'; setting?: string };
}

/** The notice for a draft that was not checked, with a button to the setting that would help, else to the log. */
export function notCheckedNotice(path: string, notChecked: DraftNotChecked, sizeSetting: string): Notice {
  const text = `Cooperation Pillars: ${path}: ${notChecked.message}`;
  if (notChecked.reason === 'too-large') return { text, action: { title: 'Open Settings', kind: 'settings', setting: sizeSetting } };
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

