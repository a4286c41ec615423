/**
 * `pillars report`: the drafts `pillars check` would check, as one coverage matrix (drafts × pillars): a
 * self-contained HTML page (`--format html`, the default; for a briefing pack or a CI artifact) or a Markdown table
 * (`--format markdown`; for GitHub's step summary or a pull-request comment). The drafts are found, configured and
 * checked exactly as by `pillars check`, so the matrix agrees with `pillars check --format json`.
 */
import { randomBytes } from 'node:crypto';
import { overviewHtml, overviewMarkdown, overviewOf } from '../core/overview/index.js';
import type { PillarSet } from '../core/framework/pillar-set.js';
import type { Report } from './formats.js';
import { REPORT_FORMATS, UsageError, type ReportFormat } from './options.js';

/** The report format asked for: `html` unless `--format` named one; a check format is a usage error. */
export function reportFormat(format: string | undefined): ReportFormat {
  if (format === undefined) return 'html';
  if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
  throw new UsageError(
    `pillars report writes html or markdown, not "${format}" (pillars check --format ${format} gives that report)`,
  );
}

/** Draws the checked drafts in `format`; `made` says what made the report and when (the HTML page's subtitle). */
export function renderReport(
  report: Pick<Report, 'results' | 'unchecked'>,
  format: ReportFormat,
  made: string,
  pillars?: PillarSet,
): string {
  const overview = overviewOf(
    report.results.map((result) => ({
      path: result.path ?? '<stdin>',
      coverage: result.coverage,
      notChecked: result.notChecked,
    })),
    report.unchecked,
    undefined,
    pillars,
  );
  if (format === 'markdown') return overviewMarkdown(overview);
  return overviewHtml(overview, { mode: 'file', nonce: randomBytes(18).toString('base64'), subtitle: made });
}

/** The HTML page's subtitle: the tool, its version and the time (UTC, to the minute). */
export function madeBy(version: string, now = new Date()): string {
  return `Made by pillars ${version} on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
