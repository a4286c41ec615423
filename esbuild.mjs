// Bundles the CLI, the remark plugin and the extension. `--production` minifies without source maps.
// The extension's Node build (`main`) is three bundles: extension.cjs (`main`, what VS Code loads at activation: no
// checker inside), engine.cjs (the checker, loaded on the first check) and worker.cjs (a worker thread for large
// drafts, which loads engine.cjs beside it at run time); its browser build (`browser`, vscode.dev and github.dev) two:
// web.cjs and web-worker.js (see below). `bundles()` is exported for the tests, which build with the same options.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));

// Some ES modules call createRequire(import.meta.url); give CommonJS bundles a real URL for it.
const cjsImportMeta = {
  define: { 'import.meta.url': '__importMetaUrl' },
};
const cjsBanner = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** The esbuild options of every bundle (the tests pick one by its `outfile`, relative to the repository). */
export function bundles({ production = false } = {}) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node18',
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  };
  const cjs = { format: 'cjs', ...cjsImportMeta, banner: { js: cjsBanner } };
  const builds = [
    {
      entryPoints: ['src/cli/bin.ts'],
      outfile: 'dist/cli.cjs',
      ...cjs,
      banner: { js: `#!/usr/bin/env node\n${cjsBanner}` },
    },
    { entryPoints: ['src/core/plugin.ts'], outfile: 'dist/remark.mjs', format: 'esm', packages: 'external' },
  ];
  if (existsSync(join(ROOT, 'src/vscode/extension.ts'))) {
    builds.push({ entryPoints: ['src/vscode/main.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], ...cjs });
  }
  if (existsSync(join(ROOT, 'src/vscode/engine.ts'))) {
    builds.push({ entryPoints: ['src/vscode/engine.ts'], outfile: 'dist/engine.cjs', ...cjs });
  }
  if (existsSync(join(ROOT, 'src/vscode/worker.ts'))) {
    builds.push({ entryPoints: ['src/vscode/worker.ts'], outfile: 'dist/worker.cjs', ...cjs });
  }
  if (existsSync(join(ROOT, 'src/vscode/web/extension.ts'))) {
    // The browser build (`browser`): web.cjs, the extension with the engine, and web-worker.js, the engine in a Web
    // Worker (a classic script). web.cjs, not .js: the package is `"type": "module"`, and the web worker extension
    // host refuses an ES module entry. No Node: node:fs and node:path are the web host's (files read through
    // vscode.workspace.fs, POSIX paths), and a package's `worker` export is taken over its `browser` one (which may
    // need a DOM).
    const web = {
      platform: 'browser',
      target: 'es2022',
      conditions: ['worker'],
      alias: { 'node:fs': './src/vscode/web/fs.ts', 'node:path': './src/vscode/web/path.ts' },
    };
    builds.push({
      entryPoints: ['src/vscode/web/extension.ts'],
      outfile: 'dist/web.cjs',
      format: 'cjs',
      external: ['vscode'],
      ...web,
    });
    builds.push({ entryPoints: ['src/vscode/web/worker.ts'], outfile: 'dist/web-worker.js', format: 'iife', ...web });
  }
  return builds.map((options) => ({ ...common, ...options }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await Promise.all(bundles({ production: process.argv.includes('--production') }).map((options) => build(options)));
}
