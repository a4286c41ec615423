/** A draft's front matter: its YAML read once while unchanged, and the checker's settings in it checked. */
import { parse as parseYaml } from 'yaml';
import type { Span } from './facts.js';
import type { FrontMatter, FrontMatterProblem } from './types.js';
import type { PillarId, Range } from '../framework/model.js';
import type { PillarSet } from '../framework/pillar-set.js';
import type { LineIndex } from '../parse/positions.js';
import { registerCache } from '../caches.js';

/** The last front matter read and its data: a draft re-checked as it is typed keeps its front matter. */
let lastYaml: { value: string; data: unknown } | undefined;
registerCache('front matter', () => (lastYaml = undefined));

/** The front matter's YAML as data; throws as the YAML parser does. Callers only read the data. */
function yamlOf(value: string): unknown {
  if (lastYaml?.value === value) return lastYaml.data;
  // The YAML parser knows \n and \r\n line breaks; Markdown also allows a lone \r.
  const data: unknown = parseYaml(value.replace(/\r\n?/g, '\n'), {
    prettyErrors: false,
    uniqueKeys: false,
    logLevel: 'error',
  });
  lastYaml = { value, data };
  return data;
}

/**
 * The front matter's settings for the checker: `pillars: { skip, reason, frameworks }`, each checked against the loaded
 * pillars.
 */
export function readFrontMatter(
  node: Span & { value: string },
  text: string,
  lines: LineIndex,
  pillars: PillarSet,
): FrontMatter {
  const at = { start: node.start, end: node.end };
  const raw = text.slice(at.start, at.end);
  const open = raw.match(/^---[ \t]*(?:\r\n|\r|\n)/);
  const valueStart = at.start + (open ? open[0].length : 3);
  const valueEnd = valueStart + node.value.length;
  const problems: FrontMatterProblem[] = [];
  const whole = lines.range(at.start, at.end);
  let data: unknown;
  try {
    data = yamlOf(node.value);
  } catch (error) {
    problems.push({
      message: `Front matter is not valid YAML (${(error as Error).message.split('\n')[0]}): fix it so that its settings apply.`,
      range: whole,
    });
    return { ...at, valueStart, valueEnd, data: undefined, skip: [], hasBibliography: false, problems };
  }
  const record =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const hasBibliography = 'bibliography' in record || 'references' in record;
  const skip: PillarId[] = [];
  let skipReason: string | undefined;
  let frameworks: string[] | undefined;
  const settings = record.pillars;
  const placeOf = (key: string): Range => {
    const found = new RegExp(`^[ \\t]*${key}[ \\t]*:`, 'm').exec(node.value);
    return found ? lines.range(valueStart + found.index, valueStart + found.index + found[0].length) : whole;
  };
  if (settings !== undefined && settings !== null) {
    if (typeof settings !== 'object' || Array.isArray(settings)) {
      problems.push({
        message: 'Front matter `pillars` must be a mapping such as `pillars: { skip: [education], reason: "…" }`.',
        range: placeOf('pillars'),
      });
    } else {
      const map = settings as Record<string, unknown>;
      for (const key of Object.keys(map)) {
        if (key !== 'skip' && key !== 'reason' && key !== 'frameworks') {
          problems.push({
            message: `Front matter \`pillars.${key}\` is not a known setting: use \`skip\`, \`reason\` and \`frameworks\`.`,
            range: placeOf(key),
          });
        }
      }
      const chosen = typeof map.frameworks === 'string' ? [map.frameworks] : map.frameworks;
      if (chosen !== undefined && chosen !== null) {
        const known = pillars.frameworks.map((framework) => framework.namespace);
        if (!Array.isArray(chosen)) {
          problems.push({
            message: `Front matter \`pillars.frameworks\` must be a list of framework namespaces, e.g. \`[${known[0] ?? 'belarus'}]\`.`,
            range: placeOf('frameworks'),
          });
        } else {
          frameworks = [];
          for (const entry of chosen as unknown[]) {
            if (typeof entry === 'string' && known.includes(entry)) {
              if (!frameworks.includes(entry)) frameworks.push(entry);
            } else {
              problems.push({
                message: `Front matter \`pillars.frameworks\` names \`${String(entry)}\`, which is not a loaded framework: use one of ${known.join(', ')}.`,
                range: placeOf('frameworks'),
              });
            }
          }
          // Nothing usable chosen: every loaded framework, as without the setting.
          if (frameworks.length === 0) frameworks = undefined;
        }
      }
      const list = typeof map.skip === 'string' ? [map.skip] : map.skip;
      if (list !== undefined && list !== null && !Array.isArray(list)) {
        problems.push({
          message: 'Front matter `pillars.skip` must be a list of pillar ids, e.g. `[education]`.',
          range: placeOf('skip'),
        });
      } else {
        for (const entry of (list as unknown[] | undefined) ?? []) {
          if (pillars.has(entry)) {
            if (!skip.includes(entry)) skip.push(entry);
          } else {
            problems.push({
              message: `Front matter \`pillars.skip\` names an unknown pillar \`${String(entry)}\`: use one of ${pillars.ids.join(', ')}.`,
              range: placeOf('skip'),
            });
          }
        }
      }
      if (map.reason !== undefined && typeof map.reason !== 'string') {
        problems.push({
          message: 'Front matter `pillars.reason` must be text saying why the pillars are out of scope.',
          range: placeOf('reason'),
        });
      } else {
        skipReason = map.reason as string | undefined;
      }
    }
  }
  return { ...at, valueStart, valueEnd, data, skip, skipReason, frameworks, hasBibliography, problems };
}
