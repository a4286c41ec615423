/**
 * Precision of the uncited-claim rule on the project's own drafts (examples/, test/fixtures/, test/heldout/):
 * every finding is listed with its sentence and claim, and judged by the labels in
 * bench/uncited-claim.labels.json (a finding's file and line → whether the sentence does restate the claim,
 * judged by reading it). Prints the precision over the labelled findings and lists the findings not labelled
 * yet. Not a test: a figure to watch when the rule changes.
 *   npx tsx bench/uncited-claim.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../src/core/index.js';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['examples', 'test/fixtures', 'test/heldout'];
const labels = JSON.parse(readFileSync(join(ROOT, 'bench/uncited-claim.labels.json'), 'utf8')) as Record<
  string,
  { restates: boolean; note?: string }
>;

let drafts = 0;
let sentences = 0;
let right = 0;
let wrong = 0;
const unlabelled: string[] = [];
for (const folder of FOLDERS) {
  for (const name of readdirSync(join(ROOT, folder))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()) {
    const path = `${folder}/${name}`;
    const text = readFileSync(join(ROOT, path), 'utf8');
    drafts++;
    sentences += text.split(/[.!?](?:\s|$)/).length;
    for (const message of checkDraft(text, { path }).messages.filter((m) => m.ruleId === 'uncited-claim')) {
      const id = `${path}:${message.range.start.line}`;
      const sentence = text.slice(message.range.start.offset, message.range.end.offset).replace(/\s+/g, ' ');
      const label = labels[id];
      const line = `${id} @${message.claim}\n    ${sentence}`;
      if (!label) unlabelled.push(line);
      else if (label.restates) right++;
      else wrong++;
      console.log(`${label ? (label.restates ? 'restates  ' : 'FALSE ALARM') : 'unlabelled '} ${line}`);
    }
  }
}
const judged = right + wrong;
console.log(`\n${drafts} drafts, about ${sentences} sentences: ${judged + unlabelled.length} uncited-claim findings`);
console.log(
  `precision: ${judged ? ((100 * right) / judged).toFixed(0) : '–'} % (${right} of ${judged} labelled findings restate the claim; ${wrong} false alarms)`,
);
if (unlabelled.length)
  console.log(`${unlabelled.length} findings not labelled yet (add them to bench/uncited-claim.labels.json)`);
