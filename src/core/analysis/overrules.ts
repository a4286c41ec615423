/** The writer's word over the checker's: `<!-- pillars-covers … -->` and `<!-- pillars-not-evidence -->` comments. */
import type { Span } from './facts.js';
import type { PillarId } from '../framework/model.js';
import type { PillarSet } from '../framework/pillar-set.js';

/** A `<!-- pillars-covers … -->` or `<!-- pillars-not-evidence -->` comment and the node it is about. */
export interface Overrule {
  covers: PillarId[];
  notEvidence: boolean;
  /** The comment. */
  comment: Span;
  /** The node after it. */
  target: Span;
}

const OVERRULE = /^<!--\s*pillars[- ](covers|not[- ]evidence)\b([^]*?)-->\s*$/i;

/** The overrule a comment makes, if it is one (unknown pillar ids are left out). */
export function overruleOf(
  value: string,
  pillars: PillarSet,
): { covers: PillarId[]; notEvidence: boolean } | undefined {
  const found = OVERRULE.exec(value.trim());
  if (!found) return undefined;
  if (found[1].toLowerCase() !== 'covers') return { covers: [], notEvidence: true };
  return { covers: found[2].split(/[\s,]+/).filter((id) => pillars.has(id)), notEvidence: false };
}
