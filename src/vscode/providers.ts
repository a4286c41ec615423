/**
 * Hover cards over citations, completion of citation keys, and quick fixes. Each maps core results to
 * `vscode` objects; what they say comes from present.ts and the checker's messages.
 */
import { sectionSkeleton } from '../core/edits/skeleton.js';
import * as vscode from 'vscode';
import { citationAt, citationKeyAt } from '../core/edits/editor-helpers.js';
import type { KnowledgeBase } from '../core/framework/knowledge-base.js';
import { LineIndex } from '../core/parse/positions.js';
import { isRuleId } from '../core/rule-info.js';
import type { DraftChecker } from './checker.js';
import { CompletionItems } from './completion-items.js';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './ids.js';
import {
  HOVER_COMMANDS,
  completionDocumentation,
  completionItemsFor,
  hoverMarkdown,
  sameDiagnostic,
  type CompletionListItem,
} from './present.js';

/** Lines looked at either side of the cursor: a citation never crosses a blank line, and a paragraph is short. */
const PARAGRAPH_LINES = 60;

/**
 * The paragraph around a position, as text with `\n` line breaks, and a way back from its offsets to
 * positions. Reading lines (not the whole document) keeps hovers and completions fast in long drafts.
 */
export function paragraphAt(document: vscode.TextDocument, position: vscode.Position) {
  const blank = (line: number) => document.lineAt(line).isEmptyOrWhitespace;
  let first = position.line;
  while (first > 0 && first > position.line - PARAGRAPH_LINES && !blank(first - 1)) first--;
  let last = position.line;
  while (last < document.lineCount - 1 && last < position.line + PARAGRAPH_LINES && !blank(last + 1)) last++;
  const lines: string[] = [];
  for (let line = first; line <= last; line++) lines.push(document.lineAt(line).text);
  const text = lines.join('\n');
  const index = new LineIndex(text);
  const offset = index.offset(position.line - first + 1, position.character + 1);
  const positionAt = (at: number) => {
    const point = index.point(at);
    return new vscode.Position(first + point.line - 1, point.column - 1);
  };
  return { text, offset, positionAt };
}

export class CitationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly checker: DraftChecker,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const paragraph = paragraphAt(document, position);
    const found = citationAt(paragraph.text, paragraph.offset, this.kb.namespaces);
    if (!found) return undefined;
    const hasBibliography = this.checker.report(document.uri)?.hasBibliography ?? false;
    const markdown = hoverMarkdown(found.item.key, this.kb, { hasBibliography });
    if (!markdown) return undefined;
    const contents = new vscode.MarkdownString(markdown);
    contents.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    const range = new vscode.Range(paragraph.positionAt(found.item.start - 1), paragraph.positionAt(found.item.end));
    return new vscode.Hover(contents, range);
  }
}

/** Characters that start a key's completion: `[@`, `; @`. */
export const COMPLETION_TRIGGERS = ['@'];

/** Whether the bracket open at `from` is closed later in the paragraph (before another one opens). */
function closedAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    if (text[i] === ']') return true;
    if (text[i] === '[') return false;
  }
  return false;
}

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  private readonly make = (data: CompletionListItem) => {
    const item = new vscode.CompletionItem(
      { label: data.label, description: data.labelDescription },
      vscode.CompletionItemKind.Reference,
    );
    item.insertText = data.insertText;
    item.filterText = data.filterText;
    item.detail = data.detail;
    item.sortText = data.sortText;
    return item;
  };
  private readonly items = new CompletionItems(this.make);

  constructor(private readonly kb: KnowledgeBase) {}

  /**
   * The claims for what is typed after `@`, ranked by claimMatches. The list is incomplete, so VS Code asks
   * again on each keystroke: its own matcher would match letters scattered over a sentence (*seminars* found
   * four unrelated claims) and never a word past the start of a long filter text (*infrastructure*).
   */
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const paragraph = paragraphAt(document, position);
    const key = citationKeyAt(paragraph.text, paragraph.offset);
    if (!key) return undefined;
    const start = paragraph.positionAt(key.start);
    const atEnd = key.end === paragraph.offset;
    // The cursor ends up after the closing bracket: typed over when it is there (VS Code closes `[` as it is
    // typed), added when the citation is not closed yet; inside `[@a|; @b]` only the key is written.
    let range: vscode.Range | { inserting: vscode.Range; replacing: vscode.Range };
    let suffix = '';
    if (atEnd && paragraph.text[key.end] === ']') {
      range = new vscode.Range(start, paragraph.positionAt(key.end + 1));
      suffix = ']';
    } else {
      range = {
        inserting: new vscode.Range(start, position),
        replacing: new vscode.Range(start, paragraph.positionAt(key.end)),
      };
      if (atEnd && !closedAfter(paragraph.text, key.end)) suffix = ']';
    }
    if (!key.prefix) return new vscode.CompletionList(this.items.itemsFor(this.kb, range, suffix), true);
    const items = completionItemsFor(this.kb, key.prefix).map((data) => {
      const item = this.make(data);
      item.range = range;
      item.insertText = data.insertText + suffix;
      return item;
    });
    return new vscode.CompletionList(items, true);
  }

  /** The claim's quotation, made only for the items the user looks at. */
  resolveCompletionItem(item: vscode.CompletionItem): vscode.CompletionItem {
    if (item.documentation === undefined) {
      const claim = this.kb.claim(typeof item.label === 'string' ? item.label : item.label.label);
      if (claim) item.documentation = new vscode.MarkdownString(completionDocumentation(claim, this.kb));
    }
    return item;
  }
}

/**
 * The generated snippets (`cite-…`, `quote-…`, `pillar-…`) offered as soon as their prefix and its dash are
 * typed. VS Code turns quick suggestions off in Markdown (`[markdown]` `editor.quickSuggestions`), so the
 * snippets would otherwise only show on Ctrl+Space. Turning quick suggestions back on for all Markdown would
 * pop up word suggestions in every sentence of prose, which writers turn off again; a list that opens only
 * after `cite-`, `quote-`, `pillar-` or `section-` at the start of a word changes nothing else.
 */
export class SnippetCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggers = ['-'];
  private snippets: Promise<SnippetEntry[]> | undefined;

  /** `kb`: its frameworks' pillars get `pillar-…` snippets too (the contributed file holds the built-in's only). */
  constructor(
    private readonly file: vscode.Uri,
    private readonly kb?: KnowledgeBase,
  ) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    _token: vscode.CancellationToken,
    context: vscode.CompletionContext,
  ): Promise<vscode.CompletionItem[] | undefined> {
    // Invoked by hand (Ctrl+Space) VS Code's own snippet list already holds them.
    if (context.triggerKind === vscode.CompletionTriggerKind.Invoke) return undefined;
    const line = document.lineAt(position.line).text.slice(0, position.character);
    const typed = SNIPPET_PREFIX.exec(line);
    if (!typed) return undefined;
    const start = position.translate(0, -typed[1].length);
    const range = new vscode.Range(start, position);
    const word = typed[1].toLowerCase();
    const entries = [
      ...(await (this.snippets ??= readSnippets(this.file))),
      ...(this.kb ? frameworkSnippets(this.kb) : []),
    ];
    return entries
      .filter((entry) => entry.prefix.startsWith(word.slice(0, word.indexOf('-') + 1)))
      .map((entry) => {
        const item = new vscode.CompletionItem(
          { label: entry.prefix, description: entry.name },
          vscode.CompletionItemKind.Snippet,
        );
        item.insertText = new vscode.SnippetString(entry.body);
        item.documentation = entry.description;
        item.range = range;
        return item;
      });
  }
}

/** Section snippets for the pillars of loaded frameworks (the built-in essay's are in the snippets file). */
function frameworkSnippets(kb: KnowledgeBase): SnippetEntry[] {
  return kb.pillars.pillars
    .filter((pillar) => pillar.framework !== BUILTIN_NAMESPACE)
    .flatMap((pillar) => {
      const name = `Section: ${pillar.title}`;
      const body = `${sectionSkeleton(pillar.id, 2, '\n', true, kb.pillars)}$0`;
      const description = `A section on the pillar “${pillar.title}” (${pillar.framework}), citing one of its claims.`;
      const slug = pillar.id.replace(/:/g, '-');
      return [`pillar-${slug}`, `section-${slug}`].map((prefix) => ({ name, prefix, body, description }));
    });
}

/** The built-in essay's namespace: its pillars' snippets are contributed statically. */
const BUILTIN_NAMESPACE = 'belarus';

/** `cite-…` and the others at the start of a word, up to the cursor. */
const SNIPPET_PREFIX = /(?:^|[\s(>*_])((?:cite|quote|pillar|section)-[\w-]*)$/i;

interface SnippetEntry {
  name: string;
  prefix: string;
  body: string;
  description: string;
}

/** The snippets file the extension contributes (generated; its first line is a comment). */
async function readSnippets(file: vscode.Uri): Promise<SnippetEntry[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).replace(/^\s*\/\/.*$/m, '');
  const snippets = JSON.parse(text) as Record<
    string,
    { prefix: string[]; body: string | string[]; description: string }
  >;
  return Object.entries(snippets).flatMap(([name, snippet]) =>
    snippet.prefix.map((prefix) => ({
      name,
      prefix,
      body: Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body,
      description: snippet.description,
    })),
  );
}

/**
 * Quick fixes for the checker's diagnostics, chosen by their code (the rule id). The fixes are the ones the
 * checker attached to its message; each becomes one WorkspaceEdit, so one undo step.
 */
export class PillarsCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly checker: DraftChecker) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = context.diagnostics.filter(
      (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && isRuleId(ruleIdOf(diagnostic)),
    );
    const linkCheck = referenceLinkActions(document, context);
    if (ours.length === 0) return [...linkCheck, ...this.bibliographyActions(document, range)];
    // Fix offsets are into the text that was checked: only a report of this very version will do.
    const report = this.checker.currentReport(document);
    if (!report) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const message = report.messages.find((candidate) => sameDiagnostic(candidate, diagnostic));
      for (const fix of message?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred ?? false;
        const edit = new vscode.WorkspaceEdit();
        for (const change of fix.edits) {
          edit.replace(
            document.uri,
            new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)),
            change.newText,
          );
        }
        action.edit = edit;
        actions.push(action);
      }
    }
    return [...actions, ...linkCheck, ...this.bibliographyActions(document, range)];
  }

  /**
   * On a citation of a claim in a draft whose bibliographies lack the claims: write claims.json and name it (a command:
   * it writes a file).
   */
  private bibliographyActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const report = this.checker.currentReport(document);
    if (!report?.claimsBibliography || document.uri.scheme === 'untitled') return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const onCitation = report.citations.some(
      (use) => use.claims.some(Boolean) && use.citation.start <= end && start <= use.citation.end,
    );
    if (!onCitation) return [];
    const action = new vscode.CodeAction(ADD_BIBLIOGRAPHY_TITLE, vscode.CodeActionKind.QuickFix);
    action.command = { command: COMMANDS.addBibliography, title: ADD_BIBLIOGRAPHY_TITLE };
    return [action];
  }
}

/** The code of VS Code's own Markdown diagnostic for a reference link without a definition. */
const NO_SUCH_REFERENCE = 'link.no-such-reference';
/** Its setting: VS Code has no narrower switch (its list of ignored links does not apply to references). */
const REFERENCE_LINK_SETTING = 'markdown.validate.referenceLinks.enabled';
export const REFERENCE_LINK_CHECK_TITLE = `Pandoc citation, not a link: open the setting of VS Code's reference-link check`;

/**
 * On VS Code's own "No link definition found: '@key'" (its Markdown link check, `markdown.validate.enabled`,
 * reads a Pandoc citation as a reference link): the setting that turns that check off, opened for the user to
 * choose, since it covers every reference link. Nothing is changed without the user.
 */
function referenceLinkActions(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const citations = context.diagnostics.filter(
    (diagnostic) =>
      ruleIdOf(diagnostic) === NO_SUCH_REFERENCE && document.getText(diagnostic.range).trimStart().startsWith('@'),
  );
  if (citations.length === 0) return [];
  const action = new vscode.CodeAction(REFERENCE_LINK_CHECK_TITLE, vscode.CodeActionKind.QuickFix);
  action.diagnostics = citations;
  action.command = {
    command: 'workbench.action.openSettings',
    title: REFERENCE_LINK_CHECK_TITLE,
    arguments: [REFERENCE_LINK_SETTING],
  };
  return [action];
}

/** The quick fix that writes claims.json beside the draft and names it in its front matter. */
export const ADD_BIBLIOGRAPHY_TITLE = 'Add a bibliography of the claims (claims.json) for Pandoc and Quarto';

function ruleIdOf(diagnostic: vscode.Diagnostic): unknown {
  const code = diagnostic.code;
  return code && typeof code === 'object' ? code.value : code;
}
