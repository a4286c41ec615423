/** esbuild.mjs's bundles, built in tests with the same options. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

/** The options esbuild.mjs builds `dist/<name>` with. */
export async function bundleOptions(name: string): Promise<BuildOptions> {
  const { bundles } = (await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href)) as { bundles: () => BuildOptions[] };
  const options = bundles().find((bundle) => bundle.outfile === `dist/${name}`);
  assert.ok(options, `esbuild.mjs builds no dist/${name}`);
  return options;
}

/** Builds `dist/<name>` as esbuild.mjs does, into `outfile` instead. */
export async function buildBundle(name: string, outfile: string): Promise<void> {
  await build({ ...(await bundleOptions(name)), outfile, sourcemap: false, logLevel: 'error' });
}

/** The files (relative to the repository) that end up in `dist/<name>`, from esbuild's metafile; nothing is written. */
export async function bundleInputs(name: string): Promise<string[]> {
  const options = await bundleOptions(name);
  const { metafile } = await build({ ...options, sourcemap: false, write: false, metafile: true, logLevel: 'error' });
  const [output] = Object.entries(metafile.outputs).filter(([file]) => file.endsWith(name));
  assert.ok(output, `no ${name} among esbuild's outputs`);
  return Object.entries(output[1].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}
