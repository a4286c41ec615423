import { readFileSync } from 'node:fs';
import { runCli } from './main.js';

const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  cwd: process.cwd(),
  color,
}).then((code) => {
  process.exitCode = code;
});
