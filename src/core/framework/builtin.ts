/**
 * The built-in essay as a framework: `media/sources/belarus-cyber-cooperation.md` is a framework file like a
 * user's (its four pillars, their curated vocabulary, its pinned keys); the essay's verbatim text beside it
 * (`belarus-cyber-cooperation.txt`) is what the extension shows, so the claims' places are read from that text.
 * scripts/generate.ts runs these at build time and writes the results into src/core/generated/.
 */
import type { SourceManifest } from './source-loader.js';
import type { Framework } from './types.js';

/** The built-in source's id (the extension's tree and source document know it by it). */
export const BUILTIN_SOURCE_ID = 'belarus-cyber-cooperation';

/** A heading line of the verbatim essay: `  1. Building Partnerships:`. */
function headingLine(title: string): RegExp {
  return new RegExp(`^[ \\t]*(?:\\d+\\.[ \\t]*)?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:?[ \\t]*$`, 'm');
}

/**
 * The manifest by which the source loader reads the verbatim essay, made from the framework: its themes (by their
 * heading line in the essay, else by their first sentence), their pillars, and each claim's pinned key.
 */
export function builtinManifest(framework: Framework, essay: string): SourceManifest {
  const { source } = framework;
  return {
    id: BUILTIN_SOURCE_ID,
    namespace: source.namespace,
    // No title: the loader takes the essay's first line, which is its title (a test holds them equal).
    themes: source.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      ...(theme.pillar ? { pillar: theme.pillar } : {}),
      ...(headingLine(theme.title).test(essay)
        ? { heading: theme.title }
        : { startsWith: theme.claims[0]?.text ?? theme.title }),
    })),
    claims: source.themes.flatMap((theme) => theme.claims).map((claim) => ({ key: claim.id, startsWith: claim.text })),
    ...(source.metadata ? { metadata: source.metadata } : {}),
  };
}

/** The front matter at a text's start: its YAML between `---` fences. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Whether a Markdown text is a framework file rather than a draft: its front matter names a `namespace` (a key no
 * draft setting has). The CLI and the editor read such a file as a framework, never check it as a draft.
 */
export function isFrameworkText(text: string): boolean {
  const front = FRONT_MATTER.exec(text.slice(0, 20_000));
  return front !== null && /^namespace[ \t]*:/m.test(front[1]);
}
