/**
 * Loaded frameworks as the checker uses them: one knowledge base whose claims resolve for every framework (and
 * the built-in essay, always), and whose pillar set holds the pillars drafts are checked against.
 */
import { BUILTIN_SOURCE } from '../generated/builtin-source.js';
import { KnowledgeBase } from './knowledge-base.js';
import type { Source, Theme } from './model.js';
import { builtinPillars, PillarSet } from './pillar-set.js';
import { PILLARS, type Pillar } from './pillars.js';
import { checkerPillar } from './checker-pillar.js';
import type { Framework, FrameworkFileProblem, LoadedFrameworkFile } from './types.js';

/**
 * The name that stands for the built-in essay in a list of frameworks (`--framework builtin`, a config's `frameworks`).
 */
export const BUILTIN_FRAMEWORK = 'builtin';

export interface FrameworkKnowledge {
  knowledgeBase: KnowledgeBase;
  /** What could not be used as given, one sentence each (a namespace taken, a pillar id renamed). */
  problems: string[];
}

/**
 * The knowledge base for framework files as read (`loaded`, in order): their problems and those of joining them (a
 * namespace taken twice, a pillar id renamed). A file with errors gives what could be read; one that gives no
 * section, nothing. `builtin`: whether the built-in essay's pillars are checked too.
 */
export function joinFrameworkFiles(
  loaded: readonly LoadedFrameworkFile[],
  builtin: boolean,
): { knowledgeBase: KnowledgeBase; problems: FrameworkFileProblem[] } {
  const problems = loaded.flatMap((entry) => entry.problems);
  const frameworks = loaded.flatMap((entry) =>
    entry.framework && entry.framework.source.themes.length ? [entry.framework] : [],
  );
  const joined = knowledgeBaseFor(frameworks, { builtin });
  const files = loaded.map((entry) => entry.file).join(', ');
  for (const message of joined.problems) problems.push({ file: files, severity: 'warning', message });
  return { knowledgeBase: joined.knowledgeBase, problems };
}

/**
 * The knowledge base for `frameworks`, in order. `builtin`: whether the built-in essay's pillars are checked too
 * (its claims always resolve). A framework whose namespace is taken is left out; a pillar whose id another
 * framework's pillar has is known as `namespace:id` (its claims and reports say so).
 */
export function knowledgeBaseFor(
  frameworks: readonly Framework[],
  options: { builtin?: boolean } = {},
): FrameworkKnowledge {
  const builtin = options.builtin ?? frameworks.length === 0;
  if (builtin && frameworks.length === 0)
    return { knowledgeBase: new KnowledgeBase([BUILTIN_SOURCE], builtinPillars()), problems: [] };
  const problems: string[] = [];
  const sources: Source[] = [BUILTIN_SOURCE];
  const pillars: Pillar[] = builtin ? [...PILLARS] : [];
  const named: { namespace: string; title: string }[] = builtin
    ? [{ namespace: BUILTIN_SOURCE.namespace, title: BUILTIN_SOURCE.title }]
    : [];
  const taken = new Set(pillars.map((pillar) => pillar.id));
  for (const { source, pillars: own } of frameworks) {
    if (sources.some((known) => known.namespace === source.namespace)) {
      problems.push(
        `Framework “${source.title}” has the namespace \`${source.namespace}\` of a framework already loaded: it is left out (give it a namespace of its own).`,
      );
      continue;
    }
    const ids = new Map<string, string>();
    for (const pillar of own) {
      let id = pillar.id;
      if (taken.has(id)) {
        id = `${source.namespace}:${pillar.id}`;
        problems.push(
          `Pillar \`${pillar.id}\` of “${source.title}” is known as \`${id}\`: another framework loaded has a pillar \`${pillar.id}\`.`,
        );
      }
      taken.add(id);
      ids.set(pillar.id, id);
      pillars.push(checkerPillar(pillar, source.namespace, id));
    }
    const renamed = (id: string | undefined) => (id === undefined ? undefined : (ids.get(id) ?? id));
    const themes: Theme[] = source.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      ...(theme.pillar ? { pillar: renamed(theme.pillar) } : {}),
      range: theme.range,
      claims: theme.claims.map((claim) => ({
        id: claim.id,
        key: claim.key,
        text: claim.text,
        theme: claim.theme,
        ...(claim.pillar ? { pillar: renamed(claim.pillar) } : {}),
        range: claim.range,
      })),
    }));
    sources.push({
      id: source.id,
      namespace: source.namespace,
      title: source.title,
      text: source.text,
      themes,
      ...(source.metadata ? { metadata: source.metadata } : {}),
    });
    named.push({ namespace: source.namespace, title: source.title });
  }
  const set = new PillarSet(pillars, named);
  problems.push(...set.problems);
  return { knowledgeBase: new KnowledgeBase(sources, set), problems };
}
