/**
 * The coverage matrix and its Markdown table, without a browser: each state of a cell from real checks (covered,
 * thin, missing with its nearest mention and cover hint, skipped with its reason, not checked with the reason),
 * totals, and text from drafts kept as text (escaped in HTML and in Markdown tables).
 */
import assert from 'node:assert/strict';
import { checkDraft, pillar } from '../../src/core/index.js';
import {
  overviewHtml,
  overviewMarkdown,
  overviewOf,
  pillarTotals,
  type CheckedDraft,
} from '../../src/core/overview/index.js';
import { COVERS_ALL_PILLARS } from '../support/cli.js';

const BRIEF = `---
pillars:
  skip: [education]
  reason: Education is for the ministry's own note.
---
# Brief

We will sign bilateral agreements and memoranda of understanding with our neighbours.

The minister flew to the summit in May.
`;

function draft(path: string, text: string): CheckedDraft {
  const result = checkDraft(text, { path });
  return { path, coverage: result.coverage, notChecked: result.notChecked };
}

describe('coverage overview: the matrix', () => {
  const overview = overviewOf(
    [draft('b/brief.md', BRIEF), draft('a/all.md', COVERS_ALL_PILLARS)],
    [{ path: 'c/big.md', reason: 'file is 12.0 MB, over the 10.0 MB limit' }],
  );

  it('has a row per draft in path order, with a cell per pillar in its state', () => {
    assert.deepEqual(
      overview.rows.map((row) => row.path),
      ['a/all.md', 'b/brief.md', 'c/big.md'],
    );
    assert.deepEqual(
      overview.columns.map((column) => column.title),
      [
        'Building partnerships',
        'Effective policy implementation',
        'Promoting dialogue and expertise',
        'Cybersecurity education and research',
      ],
    );
    for (const cell of overview.rows[0].cells) assert.match(cell.state, /^(covered|thin)$/, cell.pillar);
    assert.deepEqual(
      overview.rows[1].cells.map((cell) => cell.state),
      ['thin', 'missing', 'missing', 'skipped'],
    );
    assert.deepEqual(
      overview.rows[2].cells.map((cell) => cell.state),
      ['not-checked', 'not-checked', 'not-checked', 'not-checked'],
    );
    assert.equal(overview.rows[2].notChecked, 'file is 12.0 MB, over the 10.0 MB limit');
  });

  it('gives a missing pillar its nearest mention and the cover hint, a skipped one its reason', () => {
    const [, policy, dialogue, education] = overview.rows[1].cells;
    assert.equal(policy.nearest, undefined);
    assert.equal(policy.hint, pillar('policy').coverHint);
    assert.equal(dialogue.nearest?.excerpt, 'summit');
    assert.equal(dialogue.nearest?.line, 10);
    assert.equal(education.reason, "Education is for the ministry's own note.");
  });

  it('counts pillars in scope per draft, and states per pillar', () => {
    assert.deepEqual([overview.rows[1].covered, overview.rows[1].inScope], [1, 3]);
    assert.deepEqual([overview.rows[2].covered, overview.rows[2].inScope], [0, 0]);
    const totals = pillarTotals(overview);
    const first = overview.rows[0].cells[3].state;
    assert.deepEqual(totals.education, {
      covered: first === 'covered' ? 1 : 0,
      thin: first === 'thin' ? 1 : 0,
      missing: 0,
      skipped: 1,
      'not-checked': 1,
    });
  });

  it('draws a Markdown table with a symbol and a word in each cell, totals and the drafts not checked', () => {
    const markdown = overviewMarkdown(overview);
    const lines = markdown.split('\n');
    assert.ok(lines.includes('| `b/brief.md` | ◐ thin (1) | ✗ missing | ✗ missing | – skipped | 1/3 |'), markdown);
    assert.ok(lines.includes('| `c/big.md` | ? not checked | ? not checked | ? not checked | ? not checked | — |'));
    assert.match(markdown, /^\| \*\*All drafts\*\* \| .* \| 1\/3 complete \|$/m);
    assert.match(markdown, /\*\*Not checked\*\*\n\n- `c\/big.md`: file is 12\.0 MB/);
    assert.equal(lines[2], '3 drafts: 1 covers every pillar in scope, 1 has gaps, 1 not checked.');
  });

  it('keeps a draft’s words as text: escaped in the page and in table cells', () => {
    const odd = overviewOf([], [{ path: 'x|<img src=x onerror=alert(1)>.md', reason: 'a <b>bold</b> @team | reason' }]);
    const html = overviewHtml(odd, { mode: 'file', nonce: 'abcdefghijklmnopqrstuv' });
    assert.ok(!html.includes('<img'), 'no markup from a path');
    assert.ok(html.includes('x|&lt;img src=x onerror=alert(1)&gt;.md'));
    const markdown = overviewMarkdown(odd);
    assert.ok(markdown.includes('`x\\|<img src=x onerror=alert(1)>.md`'), 'a path in code, its pipe escaped');
    assert.ok(markdown.includes('a &lt;b&gt;bold&lt;/b&gt; &#64;team \\| reason'), markdown);
  });

  it('says when no draft was found, and refuses a nonce that would break out of the policy', () => {
    assert.match(
      overviewHtml(overviewOf([]), { mode: 'file', nonce: 'abcdefghijklmnopqrstuv' }),
      /<p class="empty">No drafts were found\.<\/p>/,
    );
    assert.match(overviewMarkdown(overviewOf([])), /No drafts were found\./);
    assert.throws(() => overviewHtml(overviewOf([]), { mode: 'file', nonce: "x'; script-src *" }), /nonce/);
  });
});
