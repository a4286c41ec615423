/**
 * A pillar's section skeleton: what the missing-pillar quick fix, Insert Section and the `pillar-*` snippets
 * insert. Its prompt is never evidence (`isPlaceholder` in genres.ts, `placeholderPillar` in cues.ts). No YAML or
 * Markdown parser here: the editor's activation bundle makes a framework's snippets with it.
 */
import type { PillarId } from '../framework/model.js';
import { builtinPillars, type PillarSet } from '../framework/pillar-set.js';

/**
 * A title or sentence as it reads inside a sentence: "Building partnerships" → "building partnerships", "UN norms" as
 * it is.
 */
export function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The text of a section skeleton for a pillar: a heading naming it, a sentence to rewrite and a
 * citation of its lead claim. `snippet` gives tab stops for the editor's snippet syntax.
 */
export function sectionSkeleton(
  id: PillarId,
  depth = 2,
  eol = '\n',
  snippet = false,
  pillars: PillarSet = builtinPillars(),
): string {
  const pillar = pillars.get(id);
  if (!pillar) return `${'#'.repeat(depth)} ${id}${eol}`;
  const prompt = `Describe how this draft addresses ${midSentence(pillar.title)}: ${midSentence(pillar.description)}`;
  const body = snippet ? `\${1:${prompt.replace(/[$}\\]/g, '\\$&')}}` : prompt;
  // A pillar whose section has no claim (a framework's) gets no citation to fill in.
  const cite = !pillar.leadClaim ? '' : snippet ? ` [@\${2:${pillar.leadClaim}}]` : ` [@${pillar.leadClaim}]`;
  return `${'#'.repeat(depth)} ${pillar.sectionTitle}${eol}${eol}${body}${cite}${eol}`;
}
