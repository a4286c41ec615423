// What the workbench told the user that the API cannot tell, read from its page by scripts/host/run-tests.mjs: a
// question is a console line, and the runner writes the answer to a file. Notifications: with the smoke-test
// driver the workbench shows no toasts, but it announces each notification it shows (`Info: …`, to screen readers)
// and lists it in the notification center.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const ANSWER_MS = 40_000; // the runner waits up to 25 s for an `until` announcement, then answers

let asked = 0;

function ask(question) {
  const dir = process.env.PILLARS_HOST_UI_DIR;
  if (!dir) return Promise.reject(new Error('PILLARS_HOST_UI_DIR is not set: run this suite with run-tests.mjs'));
  const id = `${question.query}-${process.pid}-${++asked}`;
  const file = path.join(dir, `${id}.json`);
  const answer = new Promise((resolve, reject) => {
    let done = false;
    const finish = (error) => {
      if (done) return;
      done = true;
      watcher.close();
      clearTimeout(timer);
      if (error) return reject(error);
      const { result, error: failed } = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (failed) reject(new Error(`the workbench could not answer ${JSON.stringify(question)}: ${failed}`));
      else resolve(result);
    };
    const check = () => fs.existsSync(file) && finish();
    const watcher = fs.watch(dir, check);
    const timer = setTimeout(() => finish(new Error(`no answer from the runner within ${ANSWER_MS} ms`)), ANSWER_MS);
    check();
  });
  console.log(`[host ui] ${id} ${JSON.stringify(question)}`);
  return answer;
}

/**
 * The notifications announced so far, oldest first (one shown again is announced again); with `until`, once one
 * holding that text has been.
 */
function announced({ until } = {}) {
  return ask({ query: 'announced', until });
}

/** The notification center's rows (`{ message, buttons }`, newest first): shown, read, hidden again. */
async function notificationCenter() {
  await vscode.commands.executeCommand('notifications.showList');
  try {
    return await ask({ query: 'notifications' });
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}

module.exports = { announced, notificationCenter };
