import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { CheckMessage, CheckResult } from '../check.js';
import type { CheckReport } from './check-report.js';
import { RULES } from '../rules/index.js';
import { ruleUrl } from '../rules/shared.js';

/** The JSON report of one file (the CLI's `--format json`), from its report: coverage with evidence, messages. */
export function jsonFile(result: Pick<CheckReport, 'path' | 'coverage' | 'messages'>) {
  const coverage = Object.fromEntries(
    Object.entries(result.coverage).map(([id, entry]) => {
      return [
        id,
        {
          ...(entry.framework ? { framework: entry.framework } : {}),
          covered: entry.covered,
          status: entry.status,
          ...(entry.skipReason !== undefined ? { reason: entry.skipReason } : {}),
          evidence: entry.evidence.map((evidence) => ({
            kind: evidence.kind,
            line: evidence.range.start.line,
            column: evidence.range.start.column,
            endLine: evidence.range.end.line,
            endColumn: evidence.range.end.column,
            excerpt: evidence.excerpt,
            ...(evidence.signals.length ? { signals: evidence.signals } : {}),
            ...(evidence.claim ? { claim: evidence.claim } : {}),
          })),
        },
      ];
    }),
  );
  return { path: result.path ?? '<stdin>', coverage, messages: result.messages.map(jsonMessage) };
}

function jsonMessage(message: CheckMessage) {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.range.start.line,
    column: message.range.start.column,
    endLine: message.range.end.line,
    endColumn: message.range.end.column,
    ...(message.pillar ? { pillar: message.pillar } : {}),
    ...(message.claim ? { claim: message.claim } : {}),
    fixes: message.fixes.map((fix) => fix.title),
  };
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A SARIF 2.1.0 log for code-scanning upload. `uri` maps a result's path to an artifact URI. */
export function sarifLog(
  results: readonly (Pick<CheckResult, 'path' | 'messages'> & Partial<Pick<CheckResult, 'coverage'>>)[],
  version: string,
  uri: (path: string) => string,
): Log {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.summary },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
  }));
  const sarifResults: Result[] = results.flatMap((result) =>
    result.messages.map((message) => ({
      ruleId: message.ruleId,
      ruleIndex: RULES.findIndex((rule) => rule.id === message.ruleId),
      level: LEVEL[message.severity],
      message: { text: message.message },
      // Which pillar (and framework) a coverage finding is about: pillar ids are the frameworks' own.
      ...(message.pillar
        ? {
            properties: {
              pillar: message.pillar,
              ...(result.coverage?.[message.pillar]?.framework
                ? { framework: result.coverage[message.pillar].framework }
                : {}),
            },
          }
        : {}),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(result.path ?? 'stdin.md'), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: message.range.start.line,
              startColumn: message.range.start.column,
              endLine: message.range.end.line,
              endColumn: message.range.end.column,
            },
          },
        },
      ],
    })),
  );
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: { name: 'cooperation-pillars', version, informationUri: ruleUrl('').replace(/#rule-$/, ''), rules },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
