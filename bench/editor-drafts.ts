/**
 * The drafts of the editor benchmark (scripts/host/bench-editor.mjs): generated drafts (bench/generate.ts) whose
 * front matter skips one pillar, so that one keystroke in it (`education` → `educationx`) changes the status bar,
 * and where a body keystroke falls (the end of a citation's key past the middle: `x` makes it unknown).
 *   tsx bench/editor-drafts.ts OUT_DIR SIZE[,SIZE…] SEEDS   → writes OUT_DIR/<size>-<seed>.md, prints JSON
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateDraft, SIZES } from './generate.js';

export const FRONT_MATTER = '---\ntitle: Editor benchmark draft\npillars:\n  skip: [education]\n---\n\n';

export interface EditorDraft {
  file: string;
  size: string;
  seed: number;
  bytes: number;
  /** Where `x` turns `education` into an unknown pillar (1-based line and column). */
  frontMatter: { line: number; column: number };
  /** Where `x` turns a citation's key into an unknown one (1-based, before its `]`). */
  body: { line: number; column: number };
}

export function editorDraft(
  size: string,
  seed: number,
): { text: string; frontMatter: EditorDraft['frontMatter']; body: EditorDraft['body'] } {
  const generated = generateDraft({ size: SIZES[size], seed }).replace(/^---\n[\s\S]*?\n---\n+/, '');
  const text = FRONT_MATTER + generated;
  const match = /\[@[a-z0-9:-]+\]/g;
  match.lastIndex = Math.floor(text.length / 2);
  const found = match.exec(text) ?? /\[@[a-z0-9:-]+\]/.exec(text);
  if (!found) throw new Error(`no citation in the ${size} draft (seed ${seed})`);
  const at = found.index + found[0].length - 1;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { text, frontMatter: { line: 4, column: '  skip: [education'.length + 1 }, body: { line, column } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [out, sizes, seeds] = process.argv.slice(2);
  fs.mkdirSync(out, { recursive: true });
  const drafts: EditorDraft[] = [];
  for (const size of sizes.split(',')) {
    if (!SIZES[size]) throw new Error(`unknown size ${size} (${Object.keys(SIZES).join(', ')})`);
    for (let seed = 1; seed <= Number(seeds); seed++) {
      const { text, frontMatter, body } = editorDraft(size, seed);
      const file = `${size}-${seed}.md`;
      fs.writeFileSync(path.join(out, file), text);
      drafts.push({ file, size, seed, bytes: Buffer.byteLength(text), frontMatter, body });
    }
  }
  process.stdout.write(JSON.stringify(drafts));
}
