/**
 * A seeded generator of realistic policy drafts: front matter, a title, numbered sections and
 * subsections, paragraphs with citations, quotations and links, nested and loose lists, tables,
 * fenced code, blockquotes, HTML comments and a few reference-style links. The same seed and size
 * always give the same text, so the benchmark's inputs are a script, never committed data.
 */
import { builtinKnowledgeBase } from '../src/core/framework/knowledge-base.js';

/** mulberry32: small, fast, good enough for text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The Ministry of Digital Development',
  'The national CSIRT',
  'The Government',
  'The regulator',
  'Our delegation',
  'The Republic',
  'The Council',
  'Each sector regulator',
  'The Foreign Ministry',
  'The Academy of Sciences',
  'The Cyber Security Agency',
  'Parliament',
  'The Data Protection Authority',
  'Operators of essential services',
];
const VERBS = [
  'will conclude',
  'has proposed',
  'should establish',
  'will fund',
  'intends to expand',
  'shall publish',
  'will convene',
  'must strengthen',
  'plans to review',
  'has agreed to support',
  'will coordinate',
  'should adopt',
];
const OBJECTS = [
  'bilateral agreements with neighbouring states',
  'memoranda of understanding on incident cooperation',
  'an annual regional cyber forum',
  'quarterly roundtables with industry and academia',
  'a national skills programme',
  'accredited cybersecurity degree programmes',
  'a statutory mandate for the national CSIRT',
  'mandatory incident reporting within 24 hours',
  'a research centre for industrial control systems',
  'confidence-building measures through the OSCE',
  'a public–private partnership on information sharing',
  'updated curricula in computer science',
  'the exchange of best practices among regulators',
  'a points-of-contact network for crisis communication',
  'security standards for critical infrastructure',
  'training for judges and prosecutors on electronic evidence',
  'a capacity building fund for partner countries',
  'the budget line for the national cyber range',
  'procurement rules for cloud services',
  'the annual progress report',
];
const TAILS = [
  'by the end of 2027',
  'in consultation with stakeholders',
  'subject to available funding',
  'as a matter of priority',
  'within the existing legal framework',
  'together with the private sector',
  'under the action plan',
  'in line with EU practice',
  'with measurable indicators',
  'before the next budget cycle',
];
const NEUTRAL = [
  'Timelines remain indicative and will be revisited after the mid-term review.',
  'The figures below are estimates prepared by the secretariat.',
  'Further detail is given in the annexes to this draft.',
  'Comments from line ministries are reflected where they were received in time.',
  'The text has been shortened for readability.',
  'This section summarises the position agreed at the last interministerial meeting.',
];
const TITLES = [
  'Building partnerships',
  'Effective policy implementation',
  'Dialogue and expertise',
  'Education and research',
  'Context',
  'Objectives',
  'Governance',
  'Implementation',
  'Funding',
  'Monitoring and evaluation',
  'Risks',
  'International engagement',
  'Workforce and skills',
  'Legal framework',
  'Stakeholder consultation',
  'Timeline',
];
const LINKS = [
  'https://www.un.org/disarmament/ict-security/',
  'https://www.coe.int/en/web/cybercrime/the-budapest-convention',
  'https://www.osce.org/secretariat/cyber-ict-security',
  'https://thegfce.org/',
  'https://www.itu.int/en/ITU-D/Cybersecurity/',
  'https://example.org/action-plan.pdf',
];
const LANGS = ['yaml', 'json', 'text', 'sh'];

export interface DraftOptions {
  /** Approximate size in characters; the draft stops at the first section past it. */
  size: number;
  seed?: number;
}

/** Generates a policy draft of about `size` characters. Deterministic for a given seed. */
export function generateDraft({ size, seed = 1 }: DraftOptions): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const chance = (p: number) => rnd() < p;
  const claims = builtinKnowledgeBase().claims;
  const refLabels: string[] = [];

  const citation = (): string => {
    const r = rnd();
    if (r < 0.6) return `[@${pick(claims).key}]`;
    if (r < 0.8) return `[see @${pick(claims).key}, p. ${1 + Math.floor(rnd() * 9)}; @${pick(claims).key}]`;
    if (r < 0.93) return `[-@${pick(claims).key}]`;
    return `[@belarus:${pick(['un-gg', 'national-csirt', 'skills', 'forum'])}]`; // unknown keys: findings
  };
  const inline = (text: string): string => {
    const r = rnd();
    if (r < 0.12) return text.replace(/^(\S+ \S+)/, '**$1**');
    if (r < 0.22) return text.replace(/(\S+)$/, '*$1*');
    if (r < 0.3) return `${text} (see [the framework](${pick(LINKS)}))`;
    if (r < 0.34) {
      const label = `ref-${refLabels.length + 1}`;
      refLabels.push(label);
      return `${text} (see [the annex][${label}])`;
    }
    if (r < 0.38) return `${text} under \`Article ${1 + Math.floor(rnd() * 40)}\``;
    return text;
  };
  const sentence = (): string => {
    if (chance(0.12)) return pick(NEUTRAL);
    let s = inline(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`);
    if (chance(0.25)) s += ` ${citation()}`;
    return `${s}.`;
  };
  const quote = (): string => {
    const claim = pick(claims);
    const words = claim.text.split(' ');
    const exact = chance(0.85);
    const text = exact
      ? words.slice(0, Math.max(4, Math.floor(words.length * 0.6))).join(' ')
      : `${words.slice(0, 5).join(' ')} never ${words.slice(5, 9).join(' ')}`;
    return `As the source puts it, “${text}” [@${claim.key}].`;
  };
  const paragraph = (): string => {
    const sentences: string[] = [];
    const n = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) sentences.push(chance(0.05) ? quote() : sentence());
    // Hard-wrapped at about 100 characters, as drafts in version control usually are.
    const words = sentences.join(' ').split(' ');
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      if (line && line.length + word.length + 1 > 100) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  };
  const item = () =>
    inline(
      `${pick(VERBS).replace(/^\w/, (c) => c.toUpperCase())} ${pick(OBJECTS)}${chance(0.3) ? ` ${pick(TAILS)}` : ''}`,
    );
  const list = (indent = '', depth = 0): string => {
    const ordered = chance(0.35);
    const loose = depth === 0 && chance(0.3);
    const n = 3 + Math.floor(rnd() * 6);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      const marker = ordered ? `${i + 1}.` : '-';
      const inner = indent + ' '.repeat(marker.length + 1);
      let entry = `${indent}${marker} ${item()}${chance(0.2) ? ` ${citation()}` : ''}`;
      if (chance(0.15)) entry += `\n${inner}${sentence()}`; // a continuation line
      if (depth < 2 && chance(0.25)) entry += `\n${list(inner, depth + 1)}`;
      if (loose && chance(0.3)) entry += `\n\n${inner}${sentence()}`; // a second paragraph in the item
      items.push(entry);
    }
    return items.join(loose ? '\n\n' : '\n');
  };
  const table = (): string => {
    const rows = [
      '| ID | Measure | Lead agency | Deadline | Indicator |',
      '|----|---------|-------------|----------|-----------|',
    ];
    const n = 3 + Math.floor(rnd() * 6);
    for (let i = 0; i < n; i++) {
      rows.push(
        `| M${i + 1} | ${item()} | ${pick(SUBJECTS).replace(/^The /, '')} | Q${1 + Math.floor(rnd() * 4)} ${2026 + Math.floor(rnd() * 4)} | ${1 + Math.floor(rnd() * 90)} per year |`,
      );
    }
    return rows.join('\n');
  };
  const code = (): string => {
    const lang = pick(LANGS);
    const body = [
      'indicator: incidents_reported',
      'target: 95',
      '',
      '# training data and the forum are not evidence here',
      'owner: national-csirt',
    ];
    // A fence inside the code needs a longer outer fence.
    const fence = chance(0.3) ? (body.push('```', 'nested fence text, still code'), '````') : '```';
    return `${fence}${lang}\n${body.join('\n')}\n${fence}`;
  };
  const blockquote = (): string => {
    const claim = pick(claims);
    const lazy = chance(0.3);
    const words = claim.text.split(' ');
    const half = Math.ceil(words.length / 2);
    return lazy
      ? `> ${words.slice(0, half).join(' ')}\n${words.slice(half).join(' ')}\n>\n> — [@${claim.key}]`
      : `> ${words.slice(0, half).join(' ')}\n> ${words.slice(half).join(' ')}\n>\n> — [@${claim.key}]`;
  };
  const block = (): string => {
    const r = rnd();
    if (r < 0.5) return paragraph();
    if (r < 0.72) return list();
    if (r < 0.8) return table();
    if (r < 0.85) return code();
    if (r < 0.91) return blockquote();
    if (r < 0.95) return `<!-- TODO(${pick(['legal', 'finance', 'mfa'])}): confirm ${pick(OBJECTS)} -->`;
    return paragraph();
  };

  const parts: string[] = [];
  if (chance(0.7))
    parts.push(
      `---\ntitle: National Cybersecurity Cooperation Strategy (seed ${seed})\nstatus: draft\nversion: 0.${Math.floor(rnd() * 9)}\n---`,
    );
  parts.push('# National Cybersecurity Cooperation Strategy 2026–2030');
  parts.push(paragraph());
  let length = parts.join('\n\n').length;
  const add = (part: string) => {
    parts.push(part);
    length += part.length + 2;
  };
  for (let section = 1; length < size; section++) {
    const heading = `${section}. ${pick(TITLES)}`;
    add(chance(0.1) ? `${heading}\n${'-'.repeat(heading.length)}` : `## ${heading}`);
    const blocks = 2 + Math.floor(rnd() * 6);
    for (let i = 0; i < blocks && length < size; i++) {
      if (chance(0.15)) add(`### ${section}.${i + 1} ${pick(TITLES)}`);
      // Near the end, a smaller block keeps the draft close to its size.
      let next = block();
      for (let tries = 0; length + next.length > size * 1.05 && tries < 20; tries++) next = block();
      add(next);
    }
  }
  if (refLabels.length) {
    parts.push(
      `## References\n\n${refLabels.map((label, i) => `[${label}]: ${LINKS[i % LINKS.length]} "Annex ${i + 1}"`).join('\n')}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** Sizes the benchmark runs at, by name. */
export const SIZES: Record<string, number> = {
  '10KB': 10_000,
  '100KB': 100_000,
  '300KB': 300_000,
  '1MB': 1_000_000,
  '10MB': 10_000_000,
};
