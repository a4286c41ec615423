// node:worker_threads for the host suite in the web worker extension host: `new Worker(<extension>/dist/worker.cjs)`
// (pillars-helpers.cjs's freshCheck: a cold check in the extension's own worker) starts the browser build's worker,
// dist/web-worker.js of the installed extension, as the extension does (fetched, from a blob: URL).
const vscode = require('vscode');

const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';

class Worker {
  constructor(file) {
    if (!/[\\/]dist[\\/]worker\.cjs$/.test(String(file)))
      throw new Error(`the web suite starts only the extension's worker, not ${file}`);
    this.listeners = { message: [], error: [], exit: [] };
    this.queued = [];
    this.stopped = false;
    const script = vscode.Uri.joinPath(
      vscode.extensions.getExtension(EXTENSION_ID).extensionUri,
      'dist',
      'web-worker.js',
    );
    fetch(script.toString(true))
      .then((response) => response.text())
      .then((text) => {
        if (this.stopped) return;
        this.worker = new globalThis.Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
        this.worker.onmessage = ({ data }) => this.emit('message', data);
        this.worker.onerror = (event) => {
          event.preventDefault();
          this.emit('error', new Error(event.message));
        };
        for (const message of this.queued.splice(0)) this.worker.postMessage(message);
      })
      .catch((error) => this.emit('error', error));
  }

  emit(event, value) {
    for (const listener of this.listeners[event].splice(0)) listener(value);
  }

  once(event, listener) {
    this.listeners[event].push(listener);
    return this;
  }

  postMessage(message) {
    if (this.worker) this.worker.postMessage(message);
    else this.queued.push(message);
  }

  terminate() {
    this.stopped = true;
    this.worker?.terminate();
    this.emit('exit', 1);
    return Promise.resolve(1);
  }
}

module.exports = { Worker };
