/**
 * The README's CLI section is a true reference: its options table is the one the code makes, and --help lists every
 * option.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { helpText, OPTIONS, optionsTable } from '../../src/cli/options.js';
import { CONFIG_KEYS } from '../../src/core/config/schema.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('the README’s CLI reference', () => {
  it('holds the options table made from the option table of src/cli/options.ts', () => {
    const match = /<!-- generated:cli-options -->\n([\s\S]*?)\n<!-- \/generated:cli-options -->/.exec(README);
    assert.ok(match, 'README.md has no <!-- generated:cli-options --> section');
    const expected = optionsTable();
    assert.equal(
      match[1],
      expected,
      `README.md's options table is out of date; between the markers it should read:\n\n${expected}\n`,
    );
  });

  it('--help names every option', () => {
    const help = helpText();
    for (const option of OPTIONS) assert.ok(help.includes(option.flag), option.flag);
  });

  it('documents every key of the configuration file', () => {
    const section = README.slice(README.indexOf('### Configuration file'));
    for (const key of CONFIG_KEYS) assert.match(section, new RegExp(`\\| \`${key}\` \\|`), key);
  });
});
