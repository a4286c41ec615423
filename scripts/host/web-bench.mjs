// The browser build against the Node build, in code-server's real workbench (part of `npm run bench`, after its
// production build): the bundles' sizes (raw and gzipped), and, per build, the extension's activation and the time
// from opening a draft to its first verdict, each measured inside its extension host (the web worker one for the
// browser build, the Node one for the Node build) in fresh workbenches, the .vsix installed (`npm run package`
// writes it; its bundles are dist/'s). Prints a table, writes bench/results/web.json. Figures only.
//   node scripts/host/web-bench.mjs [--runs 3] [--vsix FILE] [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { EXIT, REPO_ROOT, createCleanup, log, runMain, withDeadline } from './lib.mjs';
import { ensureHost } from './setup.mjs';
import { runInWebHost } from './web-lib.mjs';

const PROBE = path.join(REPO_ROOT, 'test', 'web', 'bench.cjs');
const RESULTS = path.join(REPO_ROOT, 'bench', 'results', 'web.json');
const BUILDS = {
  node: { kind: 'workspace', bundles: ['extension.cjs', 'engine.cjs', 'worker.cjs'], atActivation: ['extension.cjs'] },
  web: { kind: 'web', bundles: ['web.cjs', 'web-worker.js'], atActivation: ['web.cjs'] },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2 : NaN;
};

function sizes(names) {
  return Object.fromEntries(
    names.map((name) => {
      const content = fs.readFileSync(path.join(REPO_ROOT, 'dist', name));
      return [name, { bytes: content.length, gzipBytes: gzipSync(content).length }];
    }),
  );
}

async function measure(build, options) {
  const cleanup = createCleanup();
  let figures;
  try {
    const code = await withDeadline(
      runInWebHost(cleanup, {
        entry: PROBE,
        kind: BUILDS[build].kind,
        vsix: options.vsix,
        verbose: options.verbose,
        onLine(line) {
          const found = /\[bench\] (\{.*\})/.exec(line);
          if (found) figures = JSON.parse(found[1]);
          else if (options.verbose) console.log(line);
        },
      }),
      180_000,
      `the ${build} build's run`,
    );
    if (code !== 0 || !figures)
      throw new Error(`the ${build} build's probe exited ${code}${figures ? '' : ' without figures'}`);
    if (figures.inWorker !== (build === 'web')) throw new Error(`the ${build} build ran in the wrong extension host`);
    return figures;
  } finally {
    await cleanup.run();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      vsix: { type: 'string', default: path.join(REPO_ROOT, 'cooperation-pillars.vsix') },
      verbose: { type: 'boolean', default: false },
    },
  });
  try {
    await ensureHost();
  } catch (error) {
    if (error.exitCode !== EXIT.prerequisites) throw error;
    console.log(`web bench: not run (${error.message.split('\n')[0]})`);
    return 0;
  }
  const results = {};
  for (const build of Object.keys(BUILDS)) {
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) {
      log(`${build} build, run ${i + 1}/${values.runs}…`);
      runs.push(await measure(build, values));
    }
    const bundles = sizes(BUILDS[build].bundles);
    results[build] = {
      bundles,
      activationBytes: BUILDS[build].atActivation.reduce((sum, name) => sum + bundles[name].bytes, 0),
      activateMs: median(runs.map((run) => run.activateMs)),
      firstVerdictMs: median(runs.map((run) => run.firstVerdictMs)),
      runs,
    };
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const ms = (value) => `${value.toFixed(0)} ms`;
  const { node, web } = results;
  const ratio = (a, b) => `${(b / a).toFixed(2)}×`;
  const total = (build) => Object.values(build.bundles).reduce((sum, size) => sum + size.bytes, 0);
  const totalGzip = (build) => Object.values(build.bundles).reduce((sum, size) => sum + size.gzipBytes, 0);
  console.log(
    [
      `Browser build against Node build (code-server's workbench, ${values.runs} fresh workbenches each, medians):`,
      '| | Node build | browser build | browser / Node |',
      '|---|---|---|---|',
      `| loaded at activation | ${kb(node.activationBytes)} (extension.cjs) | ${kb(web.activationBytes)} (web.cjs, with the checker) | ${ratio(node.activationBytes, web.activationBytes)} |`,
      `| all its bundles (gzipped) | ${kb(total(node))} (${kb(totalGzip(node))}) | ${kb(total(web))} (${kb(totalGzip(web))}) | ${ratio(total(node), total(web))} |`,
      `| activate() | ${ms(node.activateMs)} | ${ms(web.activateMs)} | ${ratio(node.activateMs, web.activateMs)} |`,
      `| draft opened → first verdict | ${ms(node.firstVerdictMs)} | ${ms(web.firstVerdictMs)} | ${ratio(node.firstVerdictMs, web.firstVerdictMs)} |`,
    ].join('\n'),
  );
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
  log(`written to ${path.relative(REPO_ROOT, RESULTS)}`);
  return 0;
}

runMain(main);
