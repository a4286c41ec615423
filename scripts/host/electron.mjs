// Runs the same suite (test/host/suite) in desktop VS Code via @vscode/test-electron, for machines that can
// download VS Code (it is cached in .vscode-test/). On Linux without a display, run it under xvfb-run.
//   node scripts/host/electron.mjs [--workspace DIR] [--vscode-version VERSION] [--grep RE]
import { parseArgs } from 'node:util';
import { TestRunFailedError, runTests } from '@vscode/test-electron';
import {
  EXAMPLES_DIR,
  EXIT,
  HostError,
  REPO_ROOT,
  SUITE_INDEX,
  copyWorkspace,
  createCleanup,
  runMain,
} from './lib.mjs';

async function main() {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string', default: EXAMPLES_DIR },
      'vscode-version': { type: 'string', default: 'stable' },
      grep: { type: 'string' },
    },
  });
  const cleanup = createCleanup();
  try {
    await runTests({
      version: values['vscode-version'],
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE_INDEX,
      extensionTestsEnv: values.grep ? { PILLARS_HOST_GREP: values.grep } : undefined,
      launchArgs: [
        copyWorkspace(cleanup, values.workspace),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
    return 0;
  } catch (error) {
    // Failing tests are an ordinary result; anything else (no download, no display) is a runner error.
    if (!(error instanceof TestRunFailedError)) {
      throw new HostError(
        `test-electron could not run VS Code: ${error.message}\n` +
          'Offline, use npm run test:host (code-server) instead.',
      );
    }
    console.error(error.message);
    return EXIT.failed;
  } finally {
    await cleanup.run();
  }
}

runMain(main);
