/**
 * Citation keys as symbols: Go to Definition (the claim's sentence in the source), Find All References (every
 * citation of a claim in the workspace's drafts), and document links on keys. What is cited where is read with
 * the core's citation parser; the positions are mapped to `vscode` objects here.
 */
import * as vscode from 'vscode';
import { findCitations } from '../core/analysis/citations.js';
import { citationAt } from '../core/edits/editor-helpers.js';
import type { Claim, KnowledgeBase } from '../core/index.js';
import { LineIndex } from '../core/parse/positions.js';
import type { PillarsConfig } from './config.js';
import { findDrafts } from './drafts.js';
import { COMMANDS, SOURCE_SCHEME } from './ids.js';
import { paragraphAt } from './providers.js';
import { claimAtSourcePosition, claimLocation } from './source-document.js';

/** The claim of the key under the cursor in a draft, with the key's range (`@` included). */
export function claimAtPosition(
  kb: KnowledgeBase,
  document: vscode.TextDocument,
  position: vscode.Position,
): { claim: Claim; range: vscode.Range } | undefined {
  if (document.uri.scheme === SOURCE_SCHEME) return undefined;
  const paragraph = paragraphAt(document, position);
  const found = citationAt(paragraph.text, paragraph.offset, kb.namespaces);
  const claim = found && kb.claim(found.item.key);
  if (!found || !claim) return undefined;
  return {
    claim,
    range: new vscode.Range(paragraph.positionAt(found.item.start - 1), paragraph.positionAt(found.item.end)),
  };
}

export class CitationDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly kb: KnowledgeBase) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.DefinitionLink[] | undefined {
    const found = claimAtPosition(this.kb, document, position);
    if (!found) return undefined;
    const target = claimLocation(this.kb, found.claim);
    // A DefinitionLink: the whole key is underlined on Ctrl+hover, and the peek shows the sentence.
    return [
      {
        originSelectionRange: found.range,
        targetUri: target.uri,
        targetRange: target.range,
        targetSelectionRange: target.range,
      },
    ];
  }
}

/** One citation of a claim in a draft. */
export interface Occurrence {
  uri: vscode.Uri;
  range: vscode.Range;
}

/** The citations of every claim in a text, by key: each key's range (`@` included), in order. */
export function occurrencesIn(text: string, kb: KnowledgeBase): Map<string, { start: number; end: number }[]> {
  const byKey = new Map<string, { start: number; end: number }[]>();
  for (const citation of findCitations(text, kb.namespaces)) {
    for (const item of citation.items) {
      if (!kb.claim(item.key)) continue;
      let list = byKey.get(item.key);
      if (!list) byKey.set(item.key, (list = []));
      list.push({ start: item.start - 1, end: item.end });
    }
  }
  return byKey;
}

/**
 * Every citation of a claim in the workspace's drafts (by the draft settings) and in the open Markdown drafts
 * that are not saved yet. Open documents are read as they are in the editor, the others from disk.
 */
export async function workspaceOccurrences(
  kb: KnowledgeBase,
  key: string,
  config: (uri: vscode.Uri) => PillarsConfig,
  isDraft: (document: vscode.TextDocument) => boolean,
  token?: vscode.CancellationToken,
): Promise<Occurrence[]> {
  const found: Occurrence[] = [];
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  const uris = new Map((await findDrafts(config, token)).map((uri) => [uri.toString(), uri]));
  for (const document of open.values()) if (isDraft(document)) uris.set(document.uri.toString(), document.uri);
  for (const uri of uris.values()) {
    if (token?.isCancellationRequested) return [];
    const document = open.get(uri.toString());
    let text: string;
    try {
      text = document ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue; // deleted since it was found
    }
    const spans = occurrencesIn(text, kb).get(key);
    if (!spans) continue;
    const lines = document ? undefined : new LineIndex(text);
    const position = (offset: number) => {
      if (document) return document.positionAt(offset);
      const point = lines!.point(offset);
      return new vscode.Position(point.line - 1, point.column - 1);
    };
    for (const span of spans) found.push({ uri, range: new vscode.Range(position(span.start), position(span.end)) });
  }
  return found;
}

export class CitationReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly config: (uri: vscode.Uri) => PillarsConfig,
    private readonly isDraft: (document: vscode.TextDocument) => boolean,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    // From a key in a draft, or from a claim's sentence in the source itself.
    const claim =
      claimAtPosition(this.kb, document, position)?.claim ?? claimAtSourcePosition(this.kb, document.uri, position);
    if (!claim) return undefined;
    const occurrences = await workspaceOccurrences(this.kb, claim.key, this.config, this.isDraft, token);
    const locations = occurrences.map((occurrence) => new vscode.Location(occurrence.uri, occurrence.range));
    return context.includeDeclaration ? [claimLocation(this.kb, claim), ...locations] : locations;
  }
}

/** Each known key in a draft is a link to its claim in the source (Ctrl+click), with the sentence as tooltip. */
export class CitationLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly kb: KnowledgeBase) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    if (document.uri.scheme === SOURCE_SCHEME) return [];
    const links: vscode.DocumentLink[] = [];
    for (const [key, spans] of occurrencesIn(document.getText(), this.kb)) {
      const target = vscode.Uri.parse(commandUri(COMMANDS.revealInSource, [key]));
      for (const span of spans) {
        const link = new vscode.DocumentLink(
          new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)),
          target,
        );
        link.tooltip = `Open @${key} in the source`;
        links.push(link);
      }
    }
    return links;
  }
}

function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Find All References of a claim from its row in the tree: the references view, from the claim in the source. */
export async function showClaimReferences(
  kb: KnowledgeBase,
  claim: Claim,
  config: (uri: vscode.Uri) => PillarsConfig,
  isDraft: (document: vscode.TextDocument) => boolean,
): Promise<vscode.Location[]> {
  const occurrences = await workspaceOccurrences(kb, claim.key, config, isDraft);
  const at = claimLocation(kb, claim);
  const locations = occurrences.map((occurrence) => new vscode.Location(occurrence.uri, occurrence.range));
  if (locations.length === 0) {
    void vscode.window.showInformationMessage(`No draft in the workspace cites @${claim.key}.`);
    return locations;
  }
  await vscode.commands.executeCommand('editor.action.showReferences', at.uri, at.range.start, locations);
  return locations;
}
