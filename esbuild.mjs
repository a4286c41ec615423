// Bundles the CLI, the extension and the remark plugin. `--production` minifies without source maps.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};
// Some ES modules call createRequire(import.meta.url); give CommonJS bundles a real URL for it.
const cjsImportMeta = {
  define: { 'import.meta.url': '__importMetaUrl' },
};
const cjsBanner = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

const builds = [
  { entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.cjs', format: 'cjs', ...cjsImportMeta, banner: { js: `#!/usr/bin/env node\n${cjsBanner}` } },
  { entryPoints: ['src/core/plugin.ts'], outfile: 'dist/remark.mjs', format: 'esm', packages: 'external' },
];
if (existsSync('src/vscode/extension.ts')) {
  builds.push({ entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode'], ...cjsImportMeta, banner: { js: cjsBanner } });
}
if (existsSync('src/vscode/worker.ts')) {
  builds.push({ entryPoints: ['src/vscode/worker.ts'], outfile: 'dist/worker.cjs', format: 'cjs', ...cjsImportMeta, banner: { js: cjsBanner } });
}

await Promise.all(builds.map((options) => build({ ...common, ...options })));
