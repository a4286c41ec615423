// Starts the workbench with the extension under development and examples/ open, prints the URL and keeps
// serving until Ctrl-C. Edits made in the browser land in the real examples/ (use --copy to avoid that).
//   node scripts/host/try.mjs [--port N] [--workspace DIR] [--copy] [--extension DIR | --vsix FILE]
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { EXIT, HostError, REPO_ROOT, createCleanup, log, runMain, startWorkbench, tail } from './lib.mjs';
import { ensureHost } from './setup.mjs';

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      copy: { type: 'boolean', default: false },
      extension: { type: 'string', default: REPO_ROOT },
      vsix: { type: 'string' },
    },
  });
  return { ...values, port: values.port && Number(values.port) };
}

async function main() {
  const options = readOptions();
  await ensureHost({ browser: false });
  const cleanup = createCleanup();
  try {
    const workbench = await startWorkbench(cleanup, options);
    log(`workspace ${workbench.folder}`);
    log(`open this in a browser (forward the port if you are remote):\n\n  ${workbench.url()}\n`);
    log('Ctrl-C stops the server and removes its temp folders');
    // Ctrl-C is handled by the cleanup, which exits; getting past this line means the server died.
    const [code, signal] = await once(workbench.server.child, 'exit');
    throw new HostError(
      `code-server exited on its own (${code ?? signal}):\n${tail(workbench.server.logFile)}`,
      EXIT.error,
    );
  } finally {
    await cleanup.run();
  }
}

runMain(main);
