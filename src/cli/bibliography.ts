/**
 * `pillars bibliography`: the claims of the source as a bibliography file, so that Pandoc (`--citeproc
 * --bibliography claims.json`), Quarto and LaTeX resolve every `[@belarus:…]` key. Parses its own options.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  bibliographyItems,
  BIBLIOGRAPHY_FORMATS,
  FORMAT_EXTENSIONS,
  formatOfFile,
  isBibliographyFormat,
  writeBibliography,
  type BibliographyFormat,
} from '../core/bibliography/index.js';
import type { KnowledgeBase } from '../core/framework/knowledge-base.js';

export const BIBLIOGRAPHY_HELP = `Usage: pillars bibliography [--format csl-json|csl-yaml|biblatex] [--output FILE]

Writes every claim of the source as a bibliography entry, keyed by its citation key, for
pandoc --citeproc --bibliography FILE, Quarto or biblatex. Without --output it prints it.

Options:
  --format <name>    csl-json (default), csl-yaml or biblatex; with --output, the file's
                     extension chooses it (.json, .yaml/.yml, .bib), as Pandoc reads it
  --output <file>    Write the file (relative to the current folder) instead of printing it
  -h, --help         Show this help`;

export interface BibliographyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

class BibliographyUsageError extends Error {}

function parse(argv: readonly string[]): { format?: BibliographyFormat; output?: string; help: boolean } {
  const args: { format?: BibliographyFormat; output?: string; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const valueOf = (name: string): string => {
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
      if (i + 1 >= argv.length) throw new BibliographyUsageError(`${name} needs a value`);
      return argv[++i];
    };
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const format = valueOf('--format');
      if (!isBibliographyFormat(format))
        throw new BibliographyUsageError(
          `unknown bibliography format "${format}": use ${BIBLIOGRAPHY_FORMATS.join(', ')}`,
        );
      args.format = format;
    } else if (arg === '--output' || arg === '-o' || arg.startsWith('--output='))
      args.output = valueOf(arg === '-o' ? '-o' : '--output');
    else if (arg === '--no-color') continue;
    else
      throw new BibliographyUsageError(
        `unknown ${arg.startsWith('-') ? 'option' : 'argument'} "${arg}" for bibliography (see pillars bibliography --help)`,
      );
  }
  return args;
}

/**
 * Runs `pillars bibliography` with the arguments after the command; returns the exit code (2 for usage and I/O errors).
 */
export function bibliographyCommand(argv: readonly string[], io: BibliographyIo, kb: KnowledgeBase): number {
  try {
    const args = parse(argv);
    if (args.help) {
      io.stdout(BIBLIOGRAPHY_HELP);
      return 0;
    }
    const byFile = args.output === undefined ? undefined : formatOfFile(args.output);
    if (args.output !== undefined && !byFile) {
      throw new BibliographyUsageError(
        `Pandoc reads a bibliography by its extension: name the file ${Object.values(FORMAT_EXTENSIONS).join(', ')} (not "${args.output}")`,
      );
    }
    if (args.format && byFile && args.format !== byFile) {
      throw new BibliographyUsageError(
        `--format ${args.format} does not match "${args.output}": Pandoc would read it as ${byFile}; name it with ${FORMAT_EXTENSIONS[args.format]}`,
      );
    }
    const format = args.format ?? byFile ?? 'csl-json';
    const text = writeBibliography(bibliographyItems(kb), format);
    if (args.output === undefined) {
      io.stdout(text.replace(/\n$/, ''));
      return 0;
    }
    try {
      writeFileSync(resolve(io.cwd, args.output), text);
    } catch (error) {
      io.stderr(
        `pillars: ${args.output}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
      return 2;
    }
    io.stderr(`pillars: wrote ${kb.claims.length} claims to ${args.output} (${format})`);
    return 0;
  } catch (error) {
    if (!(error instanceof BibliographyUsageError)) throw error;
    io.stderr(`pillars: ${error.message}`);
    return 2;
  }
}
