/**
 * The VS Code extension: thin adapters over src/core. Everything is registered here, once, and every
 * disposable goes into `context.subscriptions`. Where it runs (Node or the browser) is the host's: main.ts and
 * web/extension.ts activate it with theirs (host.ts).
 */
import * as vscode from 'vscode';
import { builtinKnowledgeBase, builtinWarnings, KnowledgeBase } from '../core/framework/knowledge-base.js';
import { EditorFrameworks } from './frameworks.js';
import { DraftChecker, type CheckEvent } from './checker.js';
import { commandTable } from './commands.js';
import { affectsConfig, inspectConfig, type PillarsConfig } from './config.js';
import { failureCount, guarded, logChannel, showError } from './errors.js';
import { ActiveDraft, isDraft } from './drafts.js';
import type { ExtensionHost } from './host.js';
import { CONTEXT_KEYS, OUTPUT_CHANNEL, SETTINGS, SOURCE_SCHEME, VIEWS } from './ids.js';
import { Notices } from './notices.js';
import { CoverageOverview } from './overview.js';
import {
  CitationCompletionProvider,
  CitationHoverProvider,
  COMPLETION_TRIGGERS,
  PillarsCodeActionProvider,
  SnippetCompletionProvider,
} from './providers.js';
import type { DraftReport } from './report.js';
import { restrictedSettingsOfWorkspace } from './restricted-settings.js';
import { SelectionOrigins } from './selections.js';
import { selectClaimsOnArrival, SourceContentProvider } from './source-document.js';
import { PillarsStatusBar } from './status.js';
import { CitationDefinitionProvider, CitationLinkProvider, CitationReferenceProvider } from './symbols.js';
import { ThemesTreeProvider } from './tree.js';

/** What activate() returns: read-only access for tests and other extensions. */
export interface PillarsApi {
  readonly knowledgeBase: KnowledgeBase;
  readonly treeProvider: ThemesTreeProvider;
  /** Fires after every published check (and with `report: undefined` when a draft's results are cleared). */
  readonly onDidCheck: vscode.Event<CheckEvent>;
  /** The last report of a draft. */
  lastResult(uri: vscode.Uri): DraftReport | undefined;
  /** The draft the tree and the status bar follow. */
  activeDraft(): vscode.Uri | undefined;
  statusBar(): { text: string; visible: boolean; tooltip: string; accessibilityLabel: string };
  /** What the themes view says above its rows: the draft it describes, and a message (none when all is well). */
  themesView(): { description: string | undefined; message: string | undefined };
  /** Failures logged and shown since activation (a failed check, a fault of the checker): none is expected. */
  failureCount(): number;
  /** The settings problems found when the settings were last read (each also logged and shown once). */
  settingsProblems(): string[];
  /** The Coverage Overview: what it shows, and the handler of its page's messages (tests send them here). */
  readonly overview: Pick<CoverageOverview, 'state' | 'receive' | 'onDidRender'>;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** How long activation's first checks wait for a visible themes view to be given its rows. */
const FIRST_CHECK_WAIT_MS = 250;

/** Activates the extension in the host `makeHost` makes (main.ts: Node; web/extension.ts: the browser). */
export function activateIn(context: vscode.ExtensionContext, makeHost: () => ExtensionHost): PillarsApi | undefined {
  const log = logChannel(OUTPUT_CHANNEL);
  context.subscriptions.push(log);
  try {
    return start(context, log, makeHost());
  } catch (error) {
    showError(log, 'Activation failed', error);
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

function start(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, host: ExtensionHost): PillarsApi {
  const subscriptions = context.subscriptions;
  // The extension's own knowledge base: the built-in essay's until the settings name frameworks (frameworks.ts).
  const builtin = builtinKnowledgeBase();
  const kb = new KnowledgeBase(builtin.sources, builtin.pillars);
  for (const warning of builtinWarnings()) log.warn(`built-in source: ${warning}`);

  const notices = new Notices(log);
  // Read (and checked) once per workspace folder and draft folder (the configuration file nearest to the draft
  // applies, as in the CLI) and kept until the settings, a configuration file or the workspace's trust change:
  // drafts are matched on every edit.
  const configs = new Map<string, PillarsConfig>();
  const problems = new Map<string, string[]>();
  const parseYaml = (text: string) => host.parseYaml(text);
  const config = (uri?: vscode.Uri) => {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const dir = uri ? host.configDir(uri) : undefined;
    const key = `${folder?.uri.toString() ?? ''}\n${dir ?? ''}`;
    let value = configs.get(key);
    if (!value) {
      const reading = inspectConfig(vscode.workspace, folder?.uri ?? uri, { dir, parseYaml });
      configs.set(key, (value = reading.config));
      problems.set(
        key,
        reading.problems.map((problem) => problem.message),
      );
      notices.settings(reading.problems);
      notices.restricted(reading.ignoredInRestrictedMode.map((ignored) => ignored.setting));
    }
    return value;
  };
  const rereadSettings = () => {
    configs.clear();
    problems.clear();
    notices.settingsChanged();
    config();
  };
  // In Restricted Mode the settings API hides what the workspace sets for restricted settings: its settings
  // files tell, so the promised notice names them and a too-large draft is told what would help.
  let ignoredInRestrictedMode: readonly string[] = [];
  const readRestricted = () => {
    if (vscode.workspace.isTrusted) {
      ignoredInRestrictedMode = [];
      notices.trusted();
      return;
    }
    void restrictedSettingsOfWorkspace({ workspace: vscode.workspace, joinPath: vscode.Uri.joinPath }).then(
      (settings) => {
        ignoredInRestrictedMode = settings;
        notices.restricted(settings);
        if (settings.includes(SETTINGS.frameworks)) reloadFrameworks();
        if (settings.includes(SETTINGS.maxFileSize)) checkOpenDocuments();
      },
      (error: unknown) => showError(log, 'Reading the workspace’s settings failed', error),
    );
  };
  const isDraftDocument = (document: vscode.TextDocument) => isDraft(document, config(document.uri), host.draftSchemes);
  const onError = (what: string, error: unknown) => showError(log, what, error);

  const runner = host.runner;
  subscriptions.push({ dispose: () => runner.dispose() });
  const frameworks = new EditorFrameworks({ kb, runner, log });
  const checker = new DraftChecker({
    runner,
    draftPath: (uri) => host.draftPath(uri),
    config,
    isDraft: isDraftDocument,
    log,
    onError,
    sizeLimitIgnored: () => ignoredInRestrictedMode.includes(SETTINGS.maxFileSize),
  });
  const tree = new ThemesTreeProvider(kb);
  const treeView = vscode.window.createTreeView(VIEWS.themes, { treeDataProvider: tree, showCollapseAll: true });
  const activeDraft = new ActiveDraft(isDraftDocument);
  const statusBar = new PillarsStatusBar();
  const overview = new CoverageOverview({ checker, config, onError, pillars: () => kb.pillars });
  const selections = new SelectionOrigins();
  subscriptions.push(checker, tree, treeView, activeDraft, statusBar, overview, selections);

  const refreshViews = () => {
    const document = activeDraft.document;
    const report = document ? checker.report(document.uri) : undefined;
    const checking = document ? checker.isChecking(document.uri) : false;
    tree.setDraft(document ? { uri: document.uri, report, checking, document } : undefined);
    treeView.description = document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    treeView.message = report?.notChecked
      ? `Not checked: ${report.notChecked.message}`
      : (frameworks.restrictedNote ?? (document ? undefined : noDraftMessage()));
    statusBar.update(activeDraft.isActive, report, checking, { restricted: !vscode.workspace.isTrusted });
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasDraft, document !== undefined);
  };

  /** Why no coverage is shown: the active Markdown file is not a draft, or no draft is open. */
  const noDraftMessage = () => {
    const active = activeDraft.notDraft;
    if (active)
      return `${vscode.workspace.asRelativePath(active.uri)} is not a draft (${SETTINGS.include}, ${SETTINGS.exclude}): open a draft to see its coverage.`;
    return 'Open a Markdown draft to see how it covers each pillar.';
  };

  /** The frameworks the settings name: the first workspace folder's (its configuration file found from inside it). */
  const frameworksSetting = () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return config(folder ? vscode.Uri.joinPath(folder.uri, 'draft.md') : undefined).frameworks;
  };
  /**
   * Loads the frameworks the settings (or the workspace folder's configuration file) name, then checks the open
   * drafts against them and shows them in the views. Only in a trusted workspace.
   */
  const applyFrameworks = async () => {
    const list = frameworksSetting();
    const changed = await frameworks.apply(
      list,
      vscode.workspace.isTrusted,
      ignoredInRestrictedMode.includes(SETTINGS.frameworks),
    );
    if (!changed) return refreshViews();
    runner.setFrameworks(frameworks.request);
    checkOpenDocuments();
    tree.setDraft(tree.currentDraft);
    refreshViews();
  };
  const reloadFrameworks = () =>
    void applyFrameworks().catch((error: unknown) => showError(log, 'Loading the frameworks failed', error));

  const checkOpenDocuments = (delay = 0) => {
    for (const document of vscode.workspace.textDocuments) {
      if (isDraftDocument(document) && config(document.uri).enable) checker.schedule(document, delay);
      else checker.clear(document.uri);
    }
  };

  const safely = <A extends unknown[]>(what: string, body: (...args: A) => void) => guarded(log, what, body);
  subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, new SourceContentProvider(kb)),
    selectClaimsOnArrival(kb),
    vscode.languages.registerHoverProvider(MARKDOWN, new CitationHoverProvider(kb, checker)),
    vscode.languages.registerCompletionItemProvider(
      MARKDOWN,
      new CitationCompletionProvider(kb),
      ...COMPLETION_TRIGGERS,
    ),
    vscode.languages.registerCompletionItemProvider(
      MARKDOWN,
      new SnippetCompletionProvider(
        vscode.Uri.joinPath(context.extensionUri, 'snippets', 'markdown.code-snippets'),
        kb,
      ),
      ...SnippetCompletionProvider.triggers,
    ),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new CitationDefinitionProvider(kb)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new CitationReferenceProvider(kb, config, isDraftDocument)),
    vscode.languages.registerDocumentLinkProvider(MARKDOWN, new CitationLinkProvider(kb)),
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      new PillarsCodeActionProvider(checker),
      PillarsCodeActionProvider.metadata,
    ),
    vscode.workspace.onDidOpenTextDocument(
      safely('Checking an opened draft failed', (document: vscode.TextDocument) => {
        if (isDraftDocument(document)) checker.schedule(document, 0);
      }),
    ),
    vscode.workspace.onDidChangeTextDocument(
      safely('Checking an edited draft failed', (event: vscode.TextDocumentChangeEvent) => {
        if (event.contentChanges.length > 0 && isDraftDocument(event.document)) checker.schedule(event.document);
      }),
    ),
    vscode.workspace.onDidSaveTextDocument(
      safely('Checking a saved draft failed', (document: vscode.TextDocument) => {
        if (isDraftDocument(document)) checker.schedule(document, 0);
      }),
    ),
    vscode.workspace.onDidCloseTextDocument(
      safely('Clearing a closed draft failed', (document: vscode.TextDocument) => {
        notices.closed(document.uri);
        return checker.closed(document);
      }),
    ),
    vscode.workspace.onDidChangeConfiguration(
      safely('Applying the settings failed', (event: vscode.ConfigurationChangeEvent) => {
        if (!affectsConfig(event)) return;
        rereadSettings();
        readRestricted();
        log.info('settings changed: checking open drafts again');
        reloadFrameworks();
        checkOpenDocuments();
        activeDraft.pick();
        refreshViews();
      }),
    ),
    ...host.watchConfigFiles(
      safely('Applying the configuration file failed', (uri: vscode.Uri) => {
        // In Restricted Mode no configuration file is read: a change to one changes nothing.
        if (!vscode.workspace.isTrusted) return;
        rereadSettings();
        log.info(`${vscode.workspace.asRelativePath(uri)} changed: checking open drafts again`);
        reloadFrameworks();
        checkOpenDocuments();
        activeDraft.pick();
        refreshViews();
      }),
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(
      safely('Applying workspace trust failed', () => {
        log.info('the workspace is trusted: its settings apply');
        rereadSettings();
        readRestricted();
        reloadFrameworks();
        checkOpenDocuments();
        activeDraft.pick();
        refreshViews();
      }),
    ),
    vscode.workspace.onDidChangeWorkspaceFolders(
      safely('Applying the workspace folders failed', () => {
        rereadSettings();
        checkOpenDocuments();
        activeDraft.pick();
      }),
    ),
    checker.onDidCheck((event) => {
      notices.checked(event);
      if (event.uri.toString() === activeDraft.document?.uri.toString()) refreshViews();
    }),
    activeDraft.onDidChange(() => refreshViews()),
  );

  const commands = commandTable({
    kb,
    checker,
    runner,
    activeDraft,
    config,
    extensionUri: context.extensionUri,
    refreshViews,
    overview,
    selections,
    isDraft: isDraftDocument,
    sizeLimitIgnored: () => ignoredInRestrictedMode.includes(SETTINGS.maxFileSize),
  });
  // Error messages name the command as the palette does.
  const titles = new Map<string, string>(
    (context.extension.packageJSON?.contributes?.commands ?? []).map((command: { command: string; title: string }) => [
      command.command,
      command.title,
    ]),
  );
  for (const [id, handler] of Object.entries(commands)) {
    subscriptions.push(
      vscode.commands.registerCommand(id, guarded(log, `${(titles.get(id) ?? id).replace(/…$/, '')} failed`, handler)),
    );
  }

  // The settings are checked now, not only once a draft opens.
  config();
  readRestricted();
  // The first check of a draft up to 100 KB runs on this thread and loads the checker (a few hundred ms on a
  // busy machine): when the themes view is shown, it waits until the view has its rows (at most
  // FIRST_CHECK_WAIT_MS), so the view is populated at once, its pillars saying `checking…` until the verdict.
  const firstDelay = treeView.visible && !tree.hasServedRows ? FIRST_CHECK_WAIT_MS : 0;
  let waitingForRows = firstDelay > 0;
  const waited = setTimeout(() => (waitingForRows = false), firstDelay);
  subscriptions.push(
    { dispose: () => clearTimeout(waited) },
    tree.onDidServeRows(() => {
      if (!waitingForRows) return;
      waitingForRows = false;
      clearTimeout(waited);
      checkOpenDocuments();
    }),
  );
  checkOpenDocuments(firstDelay);
  refreshViews();
  // Frameworks named in the settings: read, loaded and the drafts checked again once they are (a few ms).
  if (frameworksSetting().length || !vscode.workspace.isTrusted) reloadFrameworks();
  log.info(
    `activated (${host.kind}): ${kb.claims.length} claims from ${kb.sources.map((source) => source.title).join(', ')}`,
  );

  return {
    knowledgeBase: kb,
    treeProvider: tree,
    onDidCheck: checker.onDidCheck,
    lastResult: (uri) => checker.report(uri),
    activeDraft: () => activeDraft.document?.uri,
    statusBar: () => statusBar.state,
    themesView: () => ({ description: treeView.description, message: treeView.message }),
    failureCount,
    settingsProblems: () => [...new Set([...problems.values()].flat())],
    overview,
  };
}
