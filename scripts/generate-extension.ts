/**
 * The extension's generated files: Markdown snippets from the knowledge base, the settings part of
 * package.json from src/vscode/config.ts, and the README's settings and commands tables. scripts/generate.ts
 * writes them (`npm run generate`); test/unit/generated.test.ts fails when a committed copy differs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinKnowledgeBase, PILLARS, sectionSkeleton } from '../src/core/index.js';
import { SETTINGS_SCHEMA } from '../src/vscode/config.js';
import { COMMANDS, type CommandId } from '../src/vscode/ids.js';
// Types only: generate.ts imports this module while its own top-level await is pending, so a value
// import back from it would never settle.
import type { Generated } from './generate.js';
import { fillMarkers } from './markers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SNIPPETS_PATH = 'snippets/markdown.code-snippets';

/** What each command does, for the README's table (every command needs a line). */
export const COMMAND_DOCS: Record<CommandId, string> = {
  [COMMANDS.insertCitation]:
    'Cites a claim at the cursor (`[@key]`, or `; @key` inside an existing citation). From the palette it lists every claim, grouped by pillar and searchable by its words.',
  [COMMANDS.insertQuote]: 'Inserts the claim’s exact words in quotation marks, followed by its citation.',
  [COMMANDS.copyCitation]: 'Copies `[@key]` for a claim.',
  [COMMANDS.revealInSource]: 'Opens the source read-only with the claim’s sentence selected.',
  [COMMANDS.openSource]: 'Opens the built-in source as a read-only document.',
  [COMMANDS.checkWorkspace]:
    'Checks every draft in the workspace (by `pillars.drafts.include` and `pillars.drafts.exclude`) and fills the Problems panel.',
  [COMMANDS.insertReferences]:
    'Adds a “References (source claims)” section listing every claim the draft cites with its full text; run again, it updates that section in place.',
  [COMMANDS.addBibliography]:
    'Writes the claims of the source as a bibliography (`claims.json`, CSL JSON) beside the draft and names it in the front matter (`bibliography: claims.json`), so that Pandoc (`pandoc --citeproc`) and Quarto resolve its citations. Also a quick fix on a citation when the draft has no such bibliography.',
  [COMMANDS.findReferences]:
    'Lists every citation of a claim in the workspace’s drafts (from a claim’s row in the themes view; in a draft, **Find All References** on a key does the same).',
  [COMMANDS.insertPillarSection]:
    'Inserts a section skeleton for a pillar the draft does not cover (from the pillar’s row in the themes view), as the missing-pillar quick fix does.',
  [COMMANDS.markOutOfScope]:
    'Marks a pillar the draft does not cover as out of scope in its front matter (from the pillar’s row), with a reason to fill in.',
  [COMMANDS.openExample]: 'Opens an example draft with findings to try the hovers, completions and quick fixes on.',
  [COMMANDS.refresh]: 'Checks the active draft again and refreshes the themes view.',
  [COMMANDS.showOverview]:
    'Opens the Coverage Overview: every draft of the workspace × the four pillars (covered, thin, missing, skipped, not checked), sortable and filterable; a cell opens the draft at its evidence. Also a button in the themes view’s title bar.',
  [COMMANDS.showEvidence]:
    'Lists every piece of a pillar’s evidence in the active draft (the sentences, headings, sections and citations that cover it) to pick one and go to it; the “…and N more” link of a pillar’s tooltip runs it.',
};

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function shortText(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** One snippet per claim (its citation, and its quotation with the citation), one per pillar (a section). */
export function snippets(): Record<string, { prefix: string[]; body: string | string[]; description: string }> {
  const kb = builtinKnowledgeBase();
  const result: Record<string, { prefix: string[]; body: string | string[]; description: string }> = {};
  for (const pillar of PILLARS) {
    const claims = kb.claimsOfPillar(pillar.id).map((claim) => claim.key);
    const choices = [pillar.leadClaim!, ...claims.filter((key) => key !== pillar.leadClaim)].map((key) =>
      key.replace(/[,|\\]/g, '\\$&'),
    );
    const skeleton = sectionSkeleton(pillar.id, 2, '\n', true).replace(
      `\${2:${pillar.leadClaim}}`,
      `\${2|${choices.join(',')}|}`,
    );
    result[`Section: ${pillar.title}`] = {
      prefix: [`pillar-${pillar.id}`, `section-${pillar.id}`],
      body: `${skeleton}$0`.split('\n'),
      description: `A section on the pillar “${pillar.title}”, citing one of its claims.`,
    };
  }
  for (const claim of kb.claims) {
    const theme = kb.themeOf(claim).title;
    result[`Cite @${claim.key}`] = {
      prefix: [`cite-${claim.id}`],
      body: `[@${escapeSnippet(claim.key)}]$0`,
      description: `Cite (${theme}): “${shortText(claim.text)}”`,
    };
    result[`Quote @${claim.key}`] = {
      prefix: [`quote-${claim.id}`],
      body: `“${escapeSnippet(claim.text)}” [@${escapeSnippet(claim.key)}]$0`,
      description: `Quote with citation (${theme}): “${shortText(claim.text)}”`,
    };
  }
  return result;
}

function snippetsFile(): string {
  return [
    '// Generated by scripts/generate-extension.ts from the knowledge base. Do not edit: run `npm run generate`.',
    JSON.stringify(snippets(), null, 2),
    '',
  ].join('\n');
}

/**
 * package.json with its generated parts: the settings' schema, the snippets, the settings kept from untrusted
 * workspaces.
 */
function packageJson(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  pkg.contributes ??= {};
  pkg.contributes.configuration = {
    title: 'Cooperation Pillars',
    properties: Object.fromEntries(
      Object.entries(SETTINGS_SCHEMA).map(([id, schema]) => {
        const { restricted: _restricted, kind: _kind, ...manifest } = schema;
        return [id, manifest];
      }),
    ),
  };
  pkg.contributes.snippets = [{ language: 'markdown', path: `./${SNIPPETS_PATH}` }];
  pkg.capabilities ??= {};
  pkg.capabilities.untrustedWorkspaces ??= { supported: 'limited' };
  pkg.capabilities.untrustedWorkspaces.restrictedConfigurations = Object.entries(SETTINGS_SCHEMA)
    .filter(([, schema]) => schema.restricted)
    .map(([id]) => id);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The README's tables of settings and commands, from the manifest the generator writes. */
function readme(): string {
  const pkg = JSON.parse(packageJson());
  const settings = [
    '| Setting | Default | What it does |',
    '| --- | --- | --- |',
    ...Object.entries(
      pkg.contributes.configuration.properties as Record<string, { default: unknown; markdownDescription: string }>,
    ).map(
      ([id, schema]) =>
        `| \`${id}\` | \`${cell(JSON.stringify(schema.default))}\` | ${cell(schema.markdownDescription.replace(/`#([\w.]+)#`/g, '`$1`'))} |`,
    ),
  ].join('\n');
  const commands = [
    '| Command | What it does |',
    '| --- | --- |',
    ...(pkg.contributes.commands as { command: CommandId; title: string; category: string }[]).map(
      (command) =>
        `| **${command.category}: ${cell(command.title)}** (\`${command.command}\`) | ${cell(COMMAND_DOCS[command.command] ?? '')} |`,
    ),
  ].join('\n');
  let text = readFileSync(join(ROOT, 'README.md'), 'utf8');
  text = fillMarkers(text, 'extension-settings', settings);
  text = fillMarkers(text, 'extension-commands', commands);
  return text;
}

export const GENERATED_EXTENSION: Generated[] = [
  { path: SNIPPETS_PATH, content: snippetsFile },
  { path: 'package.json', content: packageJson },
  { path: 'README.md', content: readme },
];
