/**
 * `npm run eval`: how far the checker's pillar verdicts agree with hand labels. A benchmark, not a
 * test: it prints figures (per-pillar precision, recall and F1, and the agreement over all
 * verdicts) for each labelled set, and exits 0 whatever they are.
 *
 * Sets:
 * - fixtures: `test/fixtures/*.md` with their `.expect.json` labels;
 * - held-out: `test/heldout/*.md`, written and labelled blind;
 * - real: `eval/real/set-*.json`, passages of public policy writing labelled by hand before the
 *   checker ran. Only the labels and each passage's address are committed; the texts are read from
 *   `eval/real/texts/` when they are there (they are kept locally, never committed).
 *
 * Where a real set's passages also have a second labeller's verdicts (`secondLabels`), it prints how often the two
 * labellers agree and how often the checker agrees with the second.
 *
 * Options: `--verbose` lists every disagreement with the evidence behind it; `--json FILE` writes
 * the figures as JSON; `--set NAME` evaluates one set.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, PILLAR_IDS, type PillarCoverage, type PillarId } from '../src/core/index.js';

const ROOT = join(import.meta.dirname, '..');

interface Labelled {
  set: string;
  id: string;
  /** The pillars a reader says the text covers (skipped pillars are left out of the scoring). */
  covered: PillarId[];
  scored: PillarId[];
  text?: string;
  /** A second labeller's verdicts, made blind to the first's and to the checker (real sets that have them). */
  second?: Record<PillarId, boolean>;
  /** The pillars whose label the labeller marked borderline in its note (real sets). */
  borderline?: PillarId[];
}

function fromSidecars(set: string, dir: string): Labelled[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expect.json'))
    .sort()
    .map((name) => {
      const expect = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { covered: PillarId[]; skipped?: PillarId[] };
      const skipped = expect.skipped ?? [];
      return {
        set,
        id: name.replace(/\.expect\.json$/, ''),
        covered: expect.covered,
        scored: PILLAR_IDS.filter((id) => !skipped.includes(id)),
        text: readFileSync(join(dir, name.replace(/\.expect\.json$/, '.md')), 'utf8'),
      };
    });
}

interface RealPassage {
  id: string;
  file: string;
  labels: Record<PillarId, boolean>;
  secondLabels?: Record<PillarId, boolean>;
  notes?: Partial<Record<PillarId, string>>;
}

/**
 * The real passages of the sets of one role: `development` (read while the checker was changed) or
 * `held-out` (labelled afresh and never used to change it: the honest figure).
 */
function fromRealSets(
  role: 'development' | 'held-out',
  keep: (id: string) => boolean,
): { passages: Labelled[]; absent: number } {
  const dir = join(ROOT, 'eval', 'real');
  if (!existsSync(dir)) return { passages: [], absent: 0 };
  const passages: Labelled[] = [];
  let absent = 0;
  for (const name of readdirSync(dir)
    .filter((entry) => /^set-.*\.json$/.test(entry))
    .sort()) {
    const set = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { role?: string; passages: RealPassage[] };
    if ((set.role ?? 'development') !== role) continue;
    for (const passage of set.passages) {
      if (!keep(passage.id)) continue;
      const file = join(dir, 'texts', passage.file);
      if (!existsSync(file)) {
        absent++;
        continue;
      }
      passages.push({
        set: 'real',
        id: passage.id,
        covered: PILLAR_IDS.filter((id) => passage.labels[id]),
        scored: [...PILLAR_IDS],
        text: readFileSync(file, 'utf8'),
        second: passage.secondLabels,
        borderline: PILLAR_IDS.filter((id) => /borderline/i.test(passage.notes?.[id] ?? '')),
      });
    }
  }
  return { passages, absent };
}

/** Whether a text reads as English: a good share of its words are English function words. */
function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const common = words.filter((word) =>
    /^(?:the|and|of|to|in|is|for|with|on|that|by|are|as|will|its|this|from|be|has|have)$/.test(word),
  ).length;
  return words.length === 0 || common / words.length >= 0.12;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

interface Disagreement {
  id: string;
  pillar: PillarId;
  expected: boolean;
  found: PillarCoverage;
}

function score(drafts: Labelled[]): {
  perPillar: Record<PillarId, Counts>;
  disagreements: Disagreement[];
  borderline: { verdicts: number; agreed: number };
} {
  const borderline = { verdicts: 0, agreed: 0 };
  const perPillar = Object.fromEntries(PILLAR_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    PillarId,
    Counts
  >;
  const disagreements: Disagreement[] = [];
  for (const draft of drafts) {
    const result = checkDraft(draft.text!);
    // A draft the checker could not read counts as missing every pillar: say so, a fault must not pass as a verdict.
    if (result.notChecked) console.error(`  NOT CHECKED ${draft.id}: ${result.notChecked.message}`);
    for (const id of draft.scored) {
      const expected = draft.covered.includes(id);
      const found = result.coverage[id];
      const counts = perPillar[id];
      if (expected && found.covered) counts.tp++;
      else if (expected) counts.fn++;
      else if (found.covered) counts.fp++;
      else counts.tn++;
      if (expected !== found.covered) disagreements.push({ id: draft.id, pillar: id, expected, found });
      if (draft.borderline?.includes(id)) {
        borderline.verdicts++;
        if (expected === found.covered) borderline.agreed++;
      }
    }
  }
  return { perPillar, disagreements, borderline };
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b);
const pct = (value: number | undefined) => (value === undefined ? '–' : `${(value * 100).toFixed(0)} %`);
const share = (n: number, of: number) => `${n}/${of} (${pct(of ? n / of : 0)})`;
const f1 = (p?: number, r?: number) =>
  p === undefined || r === undefined || p + r === 0 ? undefined : (2 * p * r) / (p + r);

function figures(perPillar: Record<PillarId, Counts>) {
  const rows = PILLAR_IDS.map((id) => {
    const { tp, fp, fn } = perPillar[id];
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { pillar: id, ...perPillar[id], precision, recall, f1: f1(precision, recall) };
  });
  const all = rows.reduce(
    (sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn, tn: sum.tn + row.tn }),
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  );
  const agreement = ratio(all.tp + all.tn, all.tp + all.fp + all.fn + all.tn);
  const precision = ratio(all.tp, all.tp + all.fp);
  const recall = ratio(all.tp, all.tp + all.fn);
  return { rows, agreement, verdicts: all.tp + all.fp + all.fn + all.tn, agreed: all.tp + all.tn, precision, recall };
}

function describe(found: PillarCoverage): string {
  const items = found.covered ? found.evidence : found.passing;
  const what = items
    .slice(0, 3)
    .map((item) => `${item.kind} l.${item.range.start.line} [${item.signals.join(', ')}] “${item.excerpt}”`)
    .join('; ');
  return `${found.status}${what ? `: ${what}` : ''}`;
}

/**
 * Where passages have a second labeller's verdicts: how often the two labellers agree (what a careful reader can be
 * expected to match), how often the checker agrees with the second, and with the verdicts both labellers give alike.
 */
function secondOpinion(drafts: readonly Labelled[]): string | undefined {
  const twice = drafts.filter((draft) => draft.second);
  if (twice.length === 0) return undefined;
  let verdicts = 0;
  let labellers = 0;
  let checkerSecond = 0;
  let alike = 0;
  let checkerAlike = 0;
  for (const draft of twice) {
    const coverage = checkDraft(draft.text!).coverage;
    for (const id of draft.scored) {
      const first = draft.covered.includes(id);
      const second = draft.second![id];
      const found = coverage[id].covered;
      verdicts++;
      if (first === second) {
        labellers++;
        alike++;
        if (found === first) checkerAlike++;
      }
      if (found === second) checkerSecond++;
    }
  }
  return (
    `  second labeller (${twice.length} passages): the two labellers agree on ${share(labellers, verdicts)}; ` +
    `the checker agrees with the second on ${share(checkerSecond, verdicts)}, and with both where they agree on ` +
    `${share(checkerAlike, alike)}`
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const jsonAt = args.indexOf('--json');
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  // `--sets al,am`: only the real passages of those sets (their ids begin with the set's letters).
  const chosen = args.includes('--sets') ? args[args.indexOf('--sets') + 1].toLowerCase().split(',') : undefined;
  const inChosen = (id: string): boolean => !chosen || chosen.some((set) => id.startsWith(`${set}-`));
  const real = fromRealSets('development', inChosen);
  const realHeldOut = fromRealSets('held-out', inChosen);
  const absent: Record<string, number> = { real: real.absent, 'real-held-out': realHeldOut.absent };
  const sets: [string, Labelled[]][] = [
    ['fixtures', fromSidecars('fixtures', join(ROOT, 'test', 'fixtures'))],
    ['held-out', fromSidecars('held-out', join(ROOT, 'test', 'heldout'))],
    ['real', real.passages],
    ['real-held-out', realHeldOut.passages],
    // The vocabulary is English: the figures on English passages alone, beside those on all.
    ['real-english', real.passages.filter((passage) => isEnglish(passage.text!))],
    ['real-held-out-english', realHeldOut.passages.filter((passage) => isEnglish(passage.text!))],
  ];
  const report: Record<string, unknown> = {};
  for (const [name, drafts] of sets) {
    if (only && only !== name) continue;
    if (drafts.length === 0) {
      // A real role with no labelled passage at all is a role no set has now (every set read: none held out).
      const why = !name.startsWith('real')
        ? 'no texts here'
        : absent[name]
          ? `no texts here (${absent[name]} labelled passages; they are read locally into eval/real/texts/: see the README's Accuracy section)`
          : 'no set has this role now';
      console.log(`\n${name}: ${why}`);
      continue;
    }
    const { perPillar, disagreements, borderline } = score(drafts);
    const result = figures(perPillar);
    report[name] = { drafts: drafts.length, ...result };
    console.log(
      `\n${name}: ${drafts.length} drafts, ${result.agreed}/${result.verdicts} verdicts agree (${pct(result.agreement)}); precision ${pct(result.precision)}, recall ${pct(result.recall)}${absent[name] ? ` (${absent[name]} labelled passages not present locally)` : ''}`,
    );
    console.log('| pillar | precision | recall | F1 | TP | FP | FN | TN |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of result.rows)
      console.log(
        `| ${row.pillar} | ${pct(row.precision)} | ${pct(row.recall)} | ${pct(row.f1)} | ${row.tp} | ${row.fp} | ${row.fn} | ${row.tn} |`,
      );
    const opinion = secondOpinion(drafts);
    if (opinion) console.log(opinion);
    // Where the labeller called a verdict borderline in its note, and where not: how much of the residue is judgement.
    if (borderline.verdicts)
      console.log(
        `  verdicts the labeller marked borderline: ${borderline.verdicts}, the checker agrees on ${share(borderline.agreed, borderline.verdicts)}; on the other ${result.verdicts - borderline.verdicts}, ${share(result.agreed - borderline.agreed, result.verdicts - borderline.verdicts)}`,
      );
    if (verbose) {
      for (const d of disagreements)
        console.log(`  ${d.expected ? 'MISSED' : 'FALSE '} ${d.id} ${d.pillar}: ${describe(d.found)}`);
    } else if (name.startsWith('real-held-out') && disagreements.length) {
      // Which passages a held-out set gets wrong is not shown unless asked: reading them is tuning to them.
      console.log(
        `  ${disagreements.length} disagreements (--verbose lists them; reading them makes the set a development set)`,
      );
    } else if (disagreements.length) {
      console.log(
        `  disagreements: ${disagreements.map((d) => `${d.id}:${d.pillar}${d.expected ? '−' : '+'}`).join(' ')}`,
      );
    }
  }
  if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], `${JSON.stringify(report, null, 2)}\n`);
}

main();
