/**
 * The one worker protocol of the CLI and the extension (src/core/worker/): requests answered in order, each with
 * its own report; a request over the time or the heap limit is not checked and stops its worker, and the requests
 * waiting behind it are checked by a fresh one; a checker that cannot be loaded says why, and is tried again.
 * Worker threads and Web Workers are thin transports around it; here an in-memory one stands for them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRequest } from '../../src/cli/check-worker.js';
import { jsonFile } from '../../src/core/report/report.js';
import { checkReport } from '../../src/vscode/engine.js';
import {
  MemoryLimitExceeded,
  OUT_OF_MEMORY,
  TimeLimitExceeded,
  WorkerClient,
  type WorkerTransport,
} from '../../src/core/worker/client.js';
import { serveRequests, type WorkerRequest, type WorkerResponse } from '../../src/core/worker/protocol.js';

type Request = { text: string };

/**
 * A worker in memory: requests run one at a time through the real `serveRequests`, a tick apart. `hang` keeps the
 * worker busy for ever, `oom` makes it fail as a worker thread out of heap does; `load` is its checker's loader.
 */
class MemoryWorker implements WorkerTransport<Request, string> {
  static started = 0;
  private readonly listeners = { message: [] as ((response: WorkerResponse<string>) => void)[], error: [], exit: [] };
  private readonly queue: WorkerRequest<Request>[] = [];
  private serve: ((message: WorkerRequest<Request>) => void) | undefined;
  private busy = false;
  private stopped = false;
  refs = 0;

  constructor(load: () => (request: Request) => string) {
    MemoryWorker.started++;
    serveRequests<Request, string>(
      {
        onMessage: (listener) => (this.serve = listener),
        postMessage: (message) => setImmediate(() => this.emit('message', message)),
      },
      load,
    );
  }

  on(event: 'message' | 'error' | 'exit', listener: (value: never) => void): this {
    (this.listeners[event] as unknown[]).push(listener);
    return this;
  }

  private emit(event: 'message' | 'error' | 'exit', value: unknown): void {
    if (this.stopped && event === 'message') return;
    for (const listener of this.listeners[event] as ((value: unknown) => void)[]) listener(value);
  }

  postMessage(message: WorkerRequest<Request>): void {
    this.queue.push(message);
    setImmediate(() => this.next());
  }

  private next(): void {
    if (this.busy || this.stopped) return;
    const message = this.queue.shift();
    if (!message) return;
    if (message.text === 'hang' || message.text === 'oom') {
      this.busy = true;
      this.emit('message', { started: message.id });
      if (message.text === 'oom') {
        setImmediate(() => {
          this.emit('error', Object.assign(new Error('out of memory'), { code: OUT_OF_MEMORY }));
          this.terminate();
        });
      }
      return;
    }
    this.serve!(message);
    setImmediate(() => this.next());
  }

  ref(): void {
    this.refs++;
  }

  unref(): void {
    this.refs = 0;
  }

  terminate(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.emit('exit', 1);
  }
}

const upper = () => (request: Request) => request.text.toUpperCase();

describe('worker protocol', () => {
  const clients: WorkerClient<Request, string>[] = [];
  const client = (load = upper, memoryLimitMb?: number) => {
    const made = new WorkerClient<Request, string>({
      start: () => new MemoryWorker(load),
      memoryLimitMb,
      size: (request) => request.text.length,
    });
    clients.push(made);
    return made;
  };
  beforeEach(() => (MemoryWorker.started = 0));
  afterEach(() => {
    for (const made of clients.splice(0)) made.dispose();
  });

  it('answers requests sent at once each with its own report, on one worker', async () => {
    const checker = client();
    const requests = ['a', 'bb', 'ccc'].map((text) => checker.request({ text }));
    assert.equal(checker.load, 3);
    assert.equal(checker.chars, 6);
    assert.deepEqual(await Promise.all(requests), ['A', 'BB', 'CCC']);
    assert.equal(checker.load, 0);
    assert.equal(MemoryWorker.started, 1);
  });

  it('stops a request over its time limit and checks those behind it in a fresh worker', async () => {
    const checker = client();
    const [slow, after] = [checker.request({ text: 'hang' }, 50), checker.request({ text: 'next' }, 5000)];
    await assert.rejects(slow, (error: Error) => {
      assert.ok(error instanceof TimeLimitExceeded);
      assert.equal(error.reason, 'time-limit');
      assert.equal(error.message, 'took longer than 0.05 s');
      return true;
    });
    assert.equal(await after, 'NEXT');
    assert.equal(MemoryWorker.started, 2);
    assert.equal(await checker.request({ text: 'again' }), 'AGAIN', 'the fresh worker keeps checking');
  });

  it('says a request needed more than the heap limit, and checks those behind it in a fresh worker', async () => {
    const checker = client(upper, 16);
    const [huge, after] = [checker.request({ text: 'oom' }), checker.request({ text: 'small' })];
    await assert.rejects(huge, (error: Error) => {
      assert.ok(error instanceof MemoryLimitExceeded);
      assert.equal(error.reason, 'out-of-memory');
      assert.equal(error.mb, 16);
      return true;
    });
    assert.equal(await after, 'SMALL');
    assert.equal(MemoryWorker.started, 2);
  });

  it('says why the checker could not be loaded, and loads it again on the next request', async () => {
    let attempts = 0;
    const checker = client(() => {
      if (++attempts === 1) throw new Error('the checker could not be loaded from engine.cjs');
      return upper();
    });
    await assert.rejects(checker.request({ text: 'a' }), {
      message: 'the checker could not be loaded from engine.cjs',
    });
    assert.equal(await checker.request({ text: 'b' }), 'B');
    assert.equal(MemoryWorker.started, 1, 'the same worker');
  });

  it('says the checker failed, with its stack, and goes on with the next request', async () => {
    const checker = client(() => (request) => {
      if (request.text === 'bad') throw new Error('broken rule');
      return request.text;
    });
    await assert.rejects(
      checker.request({ text: 'bad' }),
      /^Error: the checker failed in its worker: Error: broken rule/,
    );
    assert.equal(await checker.request({ text: 'good' }), 'good');
  });

  it('fails every request of a worker that stops, and starts a fresh one for the next', async () => {
    let worker: MemoryWorker | undefined;
    const checker = new WorkerClient<Request, string>({ start: () => (worker = new MemoryWorker(upper)) });
    clients.push(checker);
    const [a, b] = [checker.request({ text: 'hang' }), checker.request({ text: 'b' })];
    await new Promise((resolve) => setImmediate(resolve));
    worker!.terminate();
    await assert.rejects(a, /^Error: the checker stopped \(exit code 1\)$/);
    await assert.rejects(b, /^Error: the checker stopped \(exit code 1\)$/);
    assert.equal(await checker.request({ text: 'c' }), 'C');
  });

  it('keeps its process alive only while a request is waiting', async () => {
    let worker: MemoryWorker | undefined;
    const checker = new WorkerClient<Request, string>({ start: () => (worker = new MemoryWorker(upper)) });
    clients.push(checker);
    const pending = checker.request({ text: 'a' });
    assert.ok(worker!.refs > 0, 'a busy worker is referenced');
    await pending;
    assert.equal(worker!.refs, 0, 'an idle worker is not');
  });
});

describe('one report', () => {
  it('is the same for the CLI, the JSON output and the editor (which adds only what its quick fixes need)', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'media/walkthrough/example-draft.md'), 'utf8');
    const cli = checkRequest({ text, path: 'example.md', rules: {} });
    const { claimsBibliography, version, checkedInWorker, ...editor } = checkReport(text, {
      path: 'example.md',
      rules: {},
    });
    assert.ok(cli.messages.length > 0 && cli.citations.length > 0);
    assert.deepEqual(structuredClone(editor), structuredClone(cli), 'plain data, equal after crossing to a worker');
    assert.deepEqual([version, checkedInWorker], [-1, false], 'the runner sets where and which version');
    assert.equal(claimsBibliography?.edit?.newText, '---\nbibliography: claims.json\n---\n\n', 'for its quick fix');
    assert.deepEqual(jsonFile(editor), jsonFile(cli));
  });
});
