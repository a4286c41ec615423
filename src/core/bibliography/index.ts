/** The source's claims as a bibliography for Pandoc, Quarto and LaTeX, and the bibliographies drafts name. */
export * from './entries.js';
export * from './csl-json.js';
export * from './formats.js';
export * from './keys.js';
export * from './draft.js';
export * from './front-matter.js';
