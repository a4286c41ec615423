/** esbuild.mjs's bundles, built in tests with the same options. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

/** The options esbuild.mjs builds `dist/<name>` with (`npm run package`'s, with `production`). */
export async function bundleOptions(name: string, { production = false } = {}): Promise<BuildOptions> {
  const { bundles } = (await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href)) as {
    bundles: (options: { production: boolean }) => BuildOptions[];
  };
  const options = bundles({ production }).find((bundle) => bundle.outfile === `dist/${name}`);
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

/** The size in bytes of `dist/<name>` as `npm run package` builds it (minified); nothing is written. */
export async function productionSize(name: string): Promise<number> {
  const { outputFiles } = await build({
    ...(await bundleOptions(name, { production: true })),
    write: false,
    logLevel: 'error',
  });
  const output = outputFiles.find((file) => file.path.endsWith(name));
  assert.ok(output, `no ${name} among esbuild's outputs`);
  return output.contents.byteLength;
}
