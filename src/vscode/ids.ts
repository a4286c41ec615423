/**
 * Every id the extension shares with package.json: commands, views, settings, context keys. A unit test
 * (test/unit/manifest.test.ts) checks that these and package.json `contributes` match exactly, both ways.
 * Never imports `vscode`.
 */

export const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';

/** Commands contributed to the palette, menus and links. */
export const COMMANDS = {
  refresh: 'pillars.refresh',
  insertCitation: 'pillars.insertCitation',
  copyCitation: 'pillars.copyCitation',
  insertQuote: 'pillars.insertQuote',
  revealInSource: 'pillars.revealInSource',
  openSource: 'pillars.openSource',
  checkWorkspace: 'pillars.checkWorkspace',
  insertReferences: 'pillars.insertReferences',
  addBibliography: 'pillars.addBibliography',
  findReferences: 'pillars.findReferences',
  insertPillarSection: 'pillars.insertPillarSection',
  markOutOfScope: 'pillars.markOutOfScope',
  openExample: 'pillars.openExample',
  showOverview: 'pillars.showOverview',
  showEvidence: 'pillars.showEvidence',
} as const;
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** The activity-bar container. VS Code names its command `workbench.view.extension.<id>`. */
export const VIEW_CONTAINERS = { sidebar: 'pillars' } as const;

export const VIEWS = { themes: 'pillars.themes' } as const;

/** Webview panels, by their `viewType`. */
export const WEBVIEW_PANELS = { overview: 'pillars.coverageOverview' } as const;

/** The command VS Code adds for every view: focuses it (the status-bar item runs it). */
export const FOCUS_THEMES = `${VIEWS.themes}.focus`;

/** Settings, all under one section. Their schema and defaults live in config.ts. */
export const CONFIG_SECTION = 'pillars';
export const SETTINGS = {
  enable: 'pillars.enable',
  include: 'pillars.drafts.include',
  exclude: 'pillars.drafts.exclude',
  rules: 'pillars.rules',
  maxFileSize: 'pillars.maxFileSize',
  frameworks: 'pillars.frameworks',
} as const;
export type SettingId = (typeof SETTINGS)[keyof typeof SETTINGS];

/** Context keys set with `setContext`, used in `when` clauses. */
export const CONTEXT_KEYS = {
  /** A Markdown draft is open and followed by the tree and the status bar. */
  hasDraft: 'pillars.hasDraft',
} as const;

/** `contextValue`s of tree rows, which menus match with `viewItem == …`. */
export const TREE_ITEMS = {
  source: 'source',
  pillar: 'pillar',
  /** A pillar the active draft does not cover: its menu inserts a section or marks it out of scope. */
  missingPillar: 'missingPillar',
  theme: 'theme',
  claim: 'claim',
  evidenceGroup: 'evidenceGroup',
  evidence: 'evidence',
  citedGroup: 'citedGroup',
  occurrence: 'occurrence',
} as const;

export const WALKTHROUGH = 'getStarted';

/** URI scheme of the read-only source document: `cooperation-pillars:/belarus-cyber-cooperation.md`. */
export const SOURCE_SCHEME = 'cooperation-pillars';

/** `source` of every diagnostic the checker reports. */
export const DIAGNOSTIC_SOURCE = 'pillars';

/** Id of the status-bar item (users can hide it by this id). */
export const STATUS_BAR_ITEM = 'pillars.coverage';

export const OUTPUT_CHANNEL = 'Cooperation Pillars';
