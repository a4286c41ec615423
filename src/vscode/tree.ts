/**
 * The themes view: source → themes (the four pillars first) → claims, with the active draft's coverage on
 * each pillar and its evidence beneath. The provider only maps core objects to tree items (the looks come
 * from present.ts); it does no I/O and shows no UI.
 */
import * as vscode from 'vscode';
import type { Claim, Evidence, KnowledgeBase, PillarCoverage, Source, Theme } from '../core/index.js';
import { COMMANDS, TREE_ITEMS } from './ids.js';
import {
  citationCounts,
  citedClaimPlaces,
  citedClaimRow,
  citedGroupRow,
  claimRow,
  evidenceGroupRow,
  evidenceRow,
  occurrenceRow,
  orderedThemes,
  pillarRow,
  sourceRow,
  themeRow,
  type Row,
} from './present.js';
import type { DraftReport } from './report.js';

/** What the tree shows for the draft: its document, and its report once checked. */
export interface TreeDraft {
  uri: vscode.Uri;
  report: DraftReport | undefined;
  checking: boolean;
  /** The open document, for the lines of its citations. */
  document?: vscode.TextDocument;
}

function apply(item: vscode.TreeItem, row: Row): void {
  item.description = row.description;
  if (row.tooltip) {
    const tooltip = new vscode.MarkdownString(row.tooltip);
    // Its one link: the whole list of a pillar's evidence ("…and N more").
    tooltip.isTrusted = { enabledCommands: [COMMANDS.showEvidence] };
    item.tooltip = tooltip;
  }
  if (row.icon)
    item.iconPath = new vscode.ThemeIcon(
      row.icon.id,
      row.icon.color ? new vscode.ThemeColor(row.icon.color) : undefined,
    );
}

export class SourceNode extends vscode.TreeItem {
  readonly parent = undefined;
  constructor(readonly source: Source) {
    const row = sourceRow(source);
    super(row.label, vscode.TreeItemCollapsibleState.Expanded);
    apply(this, row);
    this.id = `source:${source.id}`;
    this.contextValue = TREE_ITEMS.source;
  }
}

export class PillarNode extends vscode.TreeItem {
  constructor(
    readonly parent: SourceNode,
    readonly theme: Theme,
    readonly coverage: PillarCoverage | undefined,
    report: DraftReport | undefined,
    checking: boolean,
    hasDraft: boolean,
  ) {
    const row = pillarRow(theme, coverage, report, checking, hasDraft);
    super(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    apply(this, row);
    this.id = `theme:${parent.source.id}:${theme.id}`;
    // A missing pillar's menu offers what its quick fixes do: insert a section, mark it out of scope.
    this.contextValue =
      hasDraft && report && !report.notChecked && coverage?.status === 'missing'
        ? TREE_ITEMS.missingPillar
        : TREE_ITEMS.pillar;
  }
}

export class ThemeNode extends vscode.TreeItem {
  constructor(
    readonly parent: SourceNode,
    readonly theme: Theme,
  ) {
    const row = themeRow(theme);
    super(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    apply(this, row);
    this.id = `theme:${parent.source.id}:${theme.id}`;
    this.contextValue = TREE_ITEMS.theme;
  }
}

export class ClaimNode extends vscode.TreeItem {
  constructor(
    readonly parent: PillarNode | ThemeNode,
    readonly claim: Claim,
    kb: KnowledgeBase,
    cited: number,
  ) {
    const row = claimRow(claim, kb, cited);
    super(row.label, vscode.TreeItemCollapsibleState.None);
    apply(this, row);
    this.id = `claim:${claim.key}`;
    this.contextValue = TREE_ITEMS.claim;
    this.command = { command: COMMANDS.revealInSource, title: 'Reveal in Source', arguments: [claim.key] };
  }
}

export class EvidenceGroupNode extends vscode.TreeItem {
  constructor(
    readonly parent: PillarNode,
    readonly coverage: PillarCoverage,
    readonly draft: vscode.Uri,
    readonly report: DraftReport,
  ) {
    const row = evidenceGroupRow(coverage);
    super(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    apply(this, row);
    this.id = `evidence:${parent.theme.id}`;
    this.contextValue = TREE_ITEMS.evidenceGroup;
  }
}

export class EvidenceNode extends vscode.TreeItem {
  constructor(
    readonly parent: EvidenceGroupNode,
    readonly evidence: Evidence,
    index: number,
  ) {
    const row = evidenceRow(evidence, parent.report);
    super(row.label, vscode.TreeItemCollapsibleState.None);
    apply(this, row);
    this.id = `evidence:${parent.parent.theme.id}:${index}`;
    this.contextValue = TREE_ITEMS.evidence;
    const { start, end } = evidence.range;
    const selection = new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
    this.command = {
      command: 'vscode.open',
      title: 'Show in Draft',
      arguments: [parent.draft, { selection } satisfies vscode.TextDocumentShowOptions],
    };
  }
}

/** "Cited in this draft": the claims the active draft cites. */
export class CitedGroupNode extends vscode.TreeItem {
  readonly parent = undefined;
  constructor(
    readonly draft: TreeDraft,
    readonly cited: ReturnType<typeof citedClaimPlaces>,
  ) {
    const row = citedGroupRow(
      cited.length,
      cited.reduce((sum, entry) => sum + entry.places.length, 0),
    );
    super(row.label, cited.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    apply(this, row);
    this.id = 'cited';
    this.contextValue = TREE_ITEMS.citedGroup;
  }
}

/** A claim the draft cites; its children are the places. Its menu is a claim's. */
export class CitedClaimNode extends vscode.TreeItem {
  constructor(
    readonly parent: CitedGroupNode,
    readonly claim: Claim,
    readonly places: { start: number; end: number }[],
    kb: KnowledgeBase,
  ) {
    const row = citedClaimRow(claim, kb, places.length);
    super(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    apply(this, row);
    this.id = `cited:${claim.key}`;
    this.contextValue = TREE_ITEMS.claim;
    this.command = { command: COMMANDS.revealInSource, title: 'Reveal in Source', arguments: [claim.key] };
  }
}

/** One citation of a claim in the draft: click to go there. */
export class OccurrenceNode extends vscode.TreeItem {
  readonly contextValue = TREE_ITEMS.occurrence;
  constructor(
    readonly parent: CitedClaimNode,
    place: { start: number; end: number },
    document: vscode.TextDocument | undefined,
    uri: vscode.Uri,
    index: number,
  ) {
    const start = document?.positionAt(place.start) ?? new vscode.Position(0, 0);
    const end = document?.positionAt(place.end) ?? start;
    const row = occurrenceRow(start.line + 1, document ? document.lineAt(start.line).text : '');
    super(row.label, vscode.TreeItemCollapsibleState.None);
    apply(this, row);
    this.id = `cited:${parent.claim.key}:${index}`;
    const selection = new vscode.Range(start, end);
    this.command = {
      command: 'vscode.open',
      title: 'Show in Draft',
      arguments: [uri, { selection } satisfies vscode.TextDocumentShowOptions],
    };
  }
}

export type ThemesNode =
  | SourceNode
  | PillarNode
  | ThemeNode
  | ClaimNode
  | EvidenceGroupNode
  | EvidenceNode
  | CitedGroupNode
  | CitedClaimNode
  | OccurrenceNode;

export class ThemesTreeProvider implements vscode.TreeDataProvider<ThemesNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ThemesNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private draft: TreeDraft | undefined;
  private servedRows = false;
  private readonly served = new vscode.EventEmitter<void>();
  /** Fires once, when the view has first been given the pillars' rows (the source's children). */
  readonly onDidServeRows = this.served.event;

  constructor(private readonly kb: KnowledgeBase) {}

  /** Whether the view has been given the pillars' rows yet. */
  get hasServedRows(): boolean {
    return this.servedRows;
  }

  /** Shows a draft's coverage, or the source's themes and claims alone when no draft is open. */
  setDraft(draft: TreeDraft | undefined): void {
    this.draft = draft;
    this.emitter.fire(undefined);
  }

  get currentDraft(): TreeDraft | undefined {
    return this.draft;
  }

  getTreeItem(node: ThemesNode): vscode.TreeItem {
    return node;
  }

  getParent(node: ThemesNode): ThemesNode | undefined {
    return node.parent;
  }

  getChildren(node?: ThemesNode): ThemesNode[] {
    const draft = this.draft;
    if (!node) {
      const sources: ThemesNode[] = this.kb.sources.map((source) => new SourceNode(source));
      if (draft?.report && !draft.report.notChecked)
        sources.push(new CitedGroupNode(draft, citedClaimPlaces(draft.report)));
      return sources;
    }
    if (node instanceof CitedGroupNode)
      return node.cited.map((entry) => new CitedClaimNode(node, entry.claim, entry.places, this.kb));
    if (node instanceof CitedClaimNode) {
      const group = node.parent.draft;
      return node.places.map((place, index) => new OccurrenceNode(node, place, group.document, group.uri, index));
    }
    const report = draft?.report;
    if (node instanceof SourceNode) {
      if (!this.servedRows) {
        this.servedRows = true;
        // After this call returns: its rows go to the view before a listener's work (the first check) starts.
        setTimeout(() => this.served.fire(), 0);
      }
      return orderedThemes(node.source).map((theme) =>
        theme.pillar
          ? new PillarNode(
              node,
              theme,
              report?.coverage[theme.pillar],
              report,
              draft?.checking ?? false,
              draft !== undefined,
            )
          : new ThemeNode(node, theme),
      );
    }
    if (node instanceof PillarNode || node instanceof ThemeNode) {
      const counts = citationCounts(report);
      const claims: ThemesNode[] = node.theme.claims.map(
        (claim) => new ClaimNode(node, claim, this.kb, counts.get(claim.key) ?? 0),
      );
      const coverage = node instanceof PillarNode ? node.coverage : undefined;
      if (
        node instanceof PillarNode &&
        draft &&
        coverage &&
        report &&
        (coverage.evidence.length || coverage.passing.length)
      ) {
        claims.push(new EvidenceGroupNode(node, coverage, draft.uri, report));
      }
      return claims;
    }
    if (node instanceof EvidenceGroupNode) {
      const items = node.coverage.evidence.length ? node.coverage.evidence : node.coverage.passing;
      return items.map((evidence, index) => new EvidenceNode(node, evidence, index));
    }
    return [];
  }

  dispose(): void {
    this.emitter.dispose();
    this.served.dispose();
  }
}
