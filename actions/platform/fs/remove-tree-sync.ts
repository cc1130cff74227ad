import { existsSync, rmSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Removes a folder synchronously, for exit and signal handlers. A write that
 * the thread pool was already running when the signal came can land after
 * the removal scanned a folder; each such file makes the removal fail (or
 * recreates the folder), so it is retried until the folder is gone.
 */
export function removeTreeSync(path: string, attempts = 5): void {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
    } catch (err) {
      if (attempt >= attempts) throw err;
    }
    if (!existsSync(path) || attempt >= attempts) return;
    Atomics.wait(pause, 0, 0, 10 * attempt);
  }
}
