import type { ChildProcess } from 'node:child_process';

/**
 * What must not outlive the process: staging folders (they hold Secret
 * values), output locks, unpacked charts, the private home of child
 * processes. Each is registered with a synchronous cleanup that runs when the
 * process exits, and on SIGINT/SIGTERM, which also stop the running child
 * processes and then exit with 130/143 (128 + the signal number).
 */
type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
const children = new Set<ChildProcess>();
let installed = false;

const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Runs every registered cleanup now. The process does it at exit by itself;
 * a test runner whose sandbox never sees the real `exit` event calls it.
 */
export function runExitCleanups(): void {
  runCleanups();
}

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // best effort: the next cleanup still runs
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runCleanups);
  for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
    process.on(signal, () => {
      for (const child of children) child.kill('SIGKILL');
      const pending = cleanups.size;
      runCleanups();
      process.stderr.write(
        `interrupted by ${signal}: stopped${pending ? '; temporary and staging folders removed, nothing was written' : ''}\n`,
      );
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/** Runs `cleanup` (synchronous) at exit or on SIGINT/SIGTERM; the returned function unregisters it. */
export function onExit(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** A child process that SIGINT/SIGTERM must stop before the process exits. */
export function trackChild(child: ChildProcess): void {
  install();
  children.add(child);
  child.once('close', () => children.delete(child));
  child.once('error', () => children.delete(child));
}
