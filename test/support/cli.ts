/** Runs the CLI in process with captured output, and a draft that covers every pillar. */
import { runCli } from '../../src/cli/main.js';

export async function runCliCaptured(argv: string[], options: { cwd: string; stdin?: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => options.stdin ?? '',
    cwd: options.cwd,
    color: false,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), stderrLines: err };
}

export const COVERS_ALL_PILLARS = `# Strategy

## Partnerships

We will sign bilateral agreements and memoranda of understanding with our neighbours.

## Policy

Parliament will pass legislation giving the national CSIRT a mandate and creating a regulator.

## Dialogue

An annual forum and quarterly roundtables will support the exchange of best practices.

## Education

Universities will update curricula and train a skilled workforce through new degree programmes.
`;
