/**
 * The reports of `pillars check`: human (vfile-reporter's layout, wrapped to the terminal), JSON, SARIF, GitHub
 * workflow commands and JUnit XML. Each takes the drafts checked and the files that could not be checked.
 */
import type { Log, Notification } from 'sarif';
import { jsonFile, RULES, sarifLog, type PillarCoverage } from '../core/index.js';
import { ruleUrl } from '../core/rules/shared.js';
import type { FileResult } from './check-worker.js';

/** A file that was not checked, and why (one sentence). */
export interface Unchecked {
  path: string;
  reason: string;
}

export interface Report {
  results: FileResult[];
  unchecked: Unchecked[];
  /** `--quiet`: errors only, no coverage lines or summary. */
  quiet: boolean;
}

const errorsOnly = (result: FileResult): FileResult => ({
  ...result,
  messages: result.messages.filter((message) => message.severity === 'error'),
});

const PAINT = { red: 31, yellow: 33, green: 32, blue: 34, dim: 2, underline: 4 } as const;

export function painter(color: boolean) {
  return (style: keyof typeof PAINT, text: string) => (color ? `\u001B[${PAINT[style]}m${text}\u001B[0m` : text);
}

/** Words of `text` in lines of at most `width` characters (a longer word stands alone). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** A report in the layout of vfile-reporter, with a coverage line under each file, wrapped at `columns`. */
export function human(report: Report, color: boolean, columns: number): string {
  const paint = painter(color);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  const results = report.quiet
    ? report.results.map(errorsOnly).filter((result) => result.messages.length)
    : report.results;
  for (const result of results) {
    out.push(paint('underline', result.path ?? '<stdin>'));
    const rows = result.messages.map((message) => {
      totals[message.severity]++;
      const place = `${message.range.start.line}:${message.range.start.column}-${message.range.end.line}:${message.range.end.column}`;
      const label =
        message.severity === 'error'
          ? paint('red', 'error')
          : message.severity === 'warning'
            ? paint('yellow', 'warning')
            : paint('blue', 'info');
      return { place, label, plain: message.severity, text: message.message, rule: message.ruleId };
    });
    const placeWidth = Math.max(0, ...rows.map((row) => row.place.length));
    const labelWidth = Math.max(0, ...rows.map((row) => row.plain.length));
    const indent = 2 + placeWidth + 2 + labelWidth + 2;
    for (const row of rows) {
      const tail = `${row.rule}  pillars`;
      // The message wraps under itself; the rule id ends its last line, or a line of its own when it does not fit.
      const lines = wrapWords(row.text, Math.max(20, columns - indent));
      const last = lines.length - 1;
      if (indent + lines[last].length + 2 + tail.length <= columns)
        lines[last] = `${lines[last]}  ${paint('dim', tail)}`;
      else lines.push(paint('dim', tail));
      out.push(
        `  ${row.place.padEnd(placeWidth)}  ${row.label}${' '.repeat(labelWidth - row.plain.length)}  ${lines[0]}`,
      );
      for (const line of lines.slice(1)) out.push(`${' '.repeat(indent)}${line}`);
    }
    if (!report.quiet) {
      // One line per framework checked; a framework's name only when there are several.
      const byFramework = new Map<string, PillarCoverage[]>();
      for (const entry of Object.values(result.coverage)) {
        const list = byFramework.get(entry.framework ?? '') ?? [];
        list.push(entry);
        byFramework.set(entry.framework ?? '', list);
      }
      for (const [framework, entries] of byFramework) {
        const covered = entries.filter((entry) => entry.covered).length;
        const skipped = entries.filter((entry) => entry.status === 'skipped').length;
        const marks = entries.map((entry) => {
          const id = entry.pillar;
          if (entry.status === 'covered') return paint('green', `✓ ${id}`);
          if (entry.status === 'thin') return paint('yellow', `~ ${id} (thin)`);
          if (entry.status === 'skipped') return paint('dim', `- ${id} (skipped)`);
          return paint('red', `✗ ${id}`);
        });
        const name = byFramework.size > 1 && framework ? ` ${framework}` : '';
        out.push(`  coverage${name} ${covered}/${entries.length - skipped}: ${marks.join('  ')}`);
      }
    }
    out.push('');
  }
  if (report.quiet) return out.join('\n').trimEnd();
  const parts: string[] = [];
  if (totals.error) parts.push(paint('red', `✖ ${totals.error} error${totals.error === 1 ? '' : 's'}`));
  if (totals.warning) parts.push(paint('yellow', `⚠ ${totals.warning} warning${totals.warning === 1 ? '' : 's'}`));
  if (totals.info) parts.push(paint('blue', `ℹ ${totals.info} info`));
  if (!results.length) return '';
  out.push(
    parts.length
      ? parts.join(', ')
      : paint('green', `✓ ${results.length} draft${results.length === 1 ? '' : 's'}, no findings`),
  );
  return out.join('\n');
}

/** `--format json`: checked files with `"checked": true`, the others with `"checked": false` and the reason. */
export function json(report: Report): string {
  const results = report.quiet ? report.results.map(errorsOnly) : report.results;
  const files = [
    ...results.map((result) => {
      const { path, ...rest } = jsonFile(result);
      return { path, checked: true, ...rest };
    }),
    ...report.unchecked.map((file) => ({ path: file.path, checked: false, reason: file.reason })),
  ];
  return JSON.stringify({ files }, null, 2);
}

/** What each rule reports and how to act on it, for SARIF's `fullDescription` and `help` (the README says more). */
const RULE_HELP: Record<string, string> = {
  'missing-pillar':
    'One message per pillar of the source the draft does not cover, on its title heading, or on the passing mention when the pillar is only named in passing. Add a section or paragraph on the pillar (a quick fix inserts a skeleton), or mark the pillar out of scope in the front matter with a reason.',
  'thin-pillar':
    'A covered pillar that rests on a single piece of evidence, such as one citation and no discussion. Say more about the pillar: what will be done, by whom, with whom.',
  'unknown-citation':
    'A citation key that names no claim of the source. Correct the key (the message names the closest keys), or name a Pandoc bibliography in the front matter for keys outside the source’s namespace.',
  misquote:
    'Quoted text carrying a citation whose claim it does not match, after normalising white space and quote marks. Quote the claim’s exact words, or mark omissions with … or […].',
  'front-matter':
    'Front matter that is not valid YAML, or pillars settings of the wrong type, with unknown keys or pillar ids. Correct the setting named; the defaults apply meanwhile.',
};

/** `--format sarif`: rules with descriptions and help, files not checked as tool execution notifications. */
export function sarif(report: Report, version: string, uri: (path: string) => string): Log {
  const results = report.quiet ? report.results.map(errorsOnly) : report.results;
  const log = sarifLog(results, version, uri);
  const run = log.runs[0];
  for (const rule of run.tool.driver.rules ?? []) {
    const info = RULES.find((candidate) => candidate.id === rule.id);
    const help = RULE_HELP[rule.id] ?? info?.summary ?? '';
    rule.fullDescription = { text: help };
    rule.help = {
      text: `${help} See ${ruleUrl(rule.id)}`,
      markdown: `${help}\n\n[Rule documentation](${ruleUrl(rule.id)})`,
    };
    rule.helpUri = ruleUrl(rule.id);
  }
  const notifications: Notification[] = report.unchecked.map((file) => ({
    level: 'error',
    message: { text: `${file.path}: ${file.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path), uriBaseId: '%SRCROOT%' } } }],
  }));
  run.invocations = [{ executionSuccessful: report.unchecked.length === 0, toolExecutionNotifications: notifications }];
  return log;
}

/** A workflow command's property or message, escaped as the GitHub runner reads it. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `--format github`: one `::error`/`::warning`/`::notice` annotation per finding and per file not checked. */
export function github(report: Report): string {
  const results = report.quiet ? report.results.map(errorsOnly) : report.results;
  const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
  const lines = results.flatMap((result) =>
    result.messages.map((message) => {
      const { start, end } = message.range;
      const props = [
        `file=${escapeProperty(result.path ?? '<stdin>')}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`pillars ${message.ruleId}`)}`,
      ];
      return `::${command[message.severity]} ${props.join(',')}::${escapeData(message.message)}`;
    }),
  );
  for (const file of report.unchecked)
    lines.push(
      `::error file=${escapeProperty(file.path)},title=${escapeProperty('pillars: not checked')}::${escapeData(file.reason)}`,
    );
  return lines.join('\n');
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * `--format junit`: a test suite with one test case per draft; its warnings and errors are failures (one each),
 * informational findings are not; a file not checked is an error.
 */
export function junit(report: Report): string {
  const results = report.quiet ? report.results.map(errorsOnly) : report.results;
  const cases: string[] = [];
  let failures = 0;
  for (const result of results) {
    const name = escapeXml(result.path ?? '<stdin>');
    const failing = result.messages.filter((message) => message.severity !== 'info');
    failures += failing.length ? 1 : 0;
    const body = failing.map((message) => {
      const at = `${message.range.start.line}:${message.range.start.column}`;
      return `      <failure type="${message.ruleId}" message="${escapeXml(`${at} ${message.message}`)}">${escapeXml(`${result.path ?? '<stdin>'}:${at} ${message.severity} ${message.message} (${message.ruleId})`)}</failure>`;
    });
    cases.push(
      body.length
        ? `    <testcase classname="pillars" name="${name}">\n${body.join('\n')}\n    </testcase>`
        : `    <testcase classname="pillars" name="${name}"/>`,
    );
  }
  for (const file of report.unchecked) {
    cases.push(
      `    <testcase classname="pillars" name="${escapeXml(file.path)}">\n      <error message="${escapeXml(file.reason)}"/>\n    </testcase>`,
    );
  }
  const tests = results.length + report.unchecked.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pillars" tests="${tests}" failures="${failures}" errors="${report.unchecked.length}">`,
    `  <testsuite name="pillars check" tests="${tests}" failures="${failures}" errors="${report.unchecked.length}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
  ].join('\n');
}
