/**
 * The one protocol of a checker in a worker, shared by the CLI (a pool of worker threads, src/cli/check-worker.ts)
 * and the extension (a worker thread in the Node build, a Web Worker in the browser's): its messages and the
 * worker's side of them. No Node: the transports (node:worker_threads, a Web Worker) are the callers', and stay
 * thin. The calling side is client.ts.
 *
 * The worker says `{ ready }` once it can take requests, `{ started: id }` when it starts one (a time limit counts
 * from then, not from when the request was sent: requests wait in the worker's queue), may send part of its
 * answer ahead (`{ id, partial }`: the editor's findings, so the Problems panel need not wait for the rest of a
 * large report to be copied), then answers it with `{ id, report }`, `{ id, error }` (the checker threw) or
 * `{ id, unavailable }` (the checker could not be loaded: the message to show, and the next request tries again).
 */

/** A request as sent: its id and its own fields. */
export type WorkerRequest<Q> = Q & { id: number };

export type WorkerResponse<R, P = never> =
  | { ready: true }
  | { started: number }
  | { id: number; partial: P }
  | { id: number; report: R }
  | { id: number; error: string }
  | { id: number; unavailable: string };

/** The worker's end of its transport: parentPort in a worker thread, the global scope in a Web Worker. */
export interface ServerPort<Q, R, P = never> {
  onMessage(listener: (message: WorkerRequest<Q>) => void): void;
  postMessage(message: WorkerResponse<R, P>): void;
}

/** What a worker does with a request: its report, and (`partial`) any part of it sent ahead. */
export type RequestHandler<Q, R, P = never> = (request: Q, partial: (part: P) => void) => R;

/**
 * In the worker: answers requests with `handle`, loaded by `load` on the first request (and again on the next
 * one if it threw: the engine may not be there yet), until the worker is terminated.
 */
export function serveRequests<Q, R, P = never>(port: ServerPort<Q, R, P>, load: () => RequestHandler<Q, R, P>): void {
  let handle: RequestHandler<Q, R, P> | undefined;
  port.onMessage((message) => {
    const { id } = message;
    try {
      handle ??= load();
    } catch (error) {
      port.postMessage({ id, unavailable: error instanceof Error ? error.message : String(error) });
      return;
    }
    // The next request may already wait here: its time limit starts now.
    port.postMessage({ started: id });
    let response: WorkerResponse<R, P>;
    try {
      response = { id, report: handle(message, (partial) => port.postMessage({ id, partial })) };
    } catch (error) {
      response = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
  port.postMessage({ ready: true });
}
