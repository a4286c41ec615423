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
  claimRow,
  evidenceGroupRow,
  evidenceRow,
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
}

function apply(item: vscode.TreeItem, row: Row): void {
  item.description = row.description;
  if (row.tooltip) item.tooltip = new vscode.MarkdownString(row.tooltip);
  if (row.icon) item.iconPath = new vscode.ThemeIcon(row.icon.id, row.icon.color ? new vscode.ThemeColor(row.icon.color) : undefined);
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
  ) {
    const row = pillarRow(theme, coverage, report, checking);
    super(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    apply(this, row);
    this.id = `theme:${parent.source.id}:${theme.id}`;
    this.contextValue = TREE_ITEMS.pillar;
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
    this.command = { command: 'vscode.open', title: 'Show in Draft', arguments: [parent.draft, { selection } satisfies vscode.TextDocumentShowOptions] };
  }
}

export type ThemesNode = SourceNode | PillarNode | ThemeNode | ClaimNode | EvidenceGroupNode | EvidenceNode;

export class ThemesTreeProvider implements vscode.TreeDataProvider<ThemesNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ThemesNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private draft: TreeDraft | undefined;

  constructor(private readonly kb: KnowledgeBase) {}

  /** Shows a draft's coverage, or nothing (the welcome view) when no draft is open. */
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
    if (!draft) return [];
    if (!node) return this.kb.sources.map((source) => new SourceNode(source));
    const report = draft.report;
    if (node instanceof SourceNode) {
      return orderedThemes(node.source).map((theme) =>
        theme.pillar ? new PillarNode(node, theme, report?.coverage[theme.pillar], report, draft.checking) : new ThemeNode(node, theme),
      );
    }
    if (node instanceof PillarNode || node instanceof ThemeNode) {
      const counts = citationCounts(report);
      const claims: ThemesNode[] = node.theme.claims.map((claim) => new ClaimNode(node, claim, this.kb, counts.get(claim.key) ?? 0));
      const coverage = node instanceof PillarNode ? node.coverage : undefined;
      if (node instanceof PillarNode && coverage && report && (coverage.evidence.length || coverage.passing.length)) {
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
  }
}
