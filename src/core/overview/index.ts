/**
 * Coverage you can see: the matrix of many drafts × the pillars, as a self-contained HTML page (the CLI's
 * `pillars report`, the editor's Coverage Overview) or a Markdown table (CI step summaries). Never imports `vscode`.
 */
export * from './matrix.js';
export { escapeHtml, overviewHtml, type HtmlOptions } from './html.js';
export { overviewMarkdown } from './markdown.js';
