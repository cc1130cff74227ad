import { readFileSync, rmSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { MmfError } from '../../kernel/errors.js';

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/** The lock of an output folder: `.<name>.mmf-lock` beside it (the same folder as the staging folder). */
export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.mmf-lock`);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string')
      return { pid: value.pid, host: value.host, since: String(value.since ?? '?') };
  } catch {
    // not a lock of ours
  }
  return undefined;
}

/** Whether a process of this machine still runs (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface OutputLock {
  path: string;
  release(): Promise<void>;
  releaseSync(): void;
}

/**
 * Takes the lock of an output folder, so a second conversion into the same
 * output fails at once (E_OUTPUT_LOCKED) instead of racing the first. The
 * lock file appears complete or not at all (written aside, then hard-linked
 * into place). A lock left by a process of this machine that no longer runs
 * is taken over, and `warn` says so.
 */
export async function acquireOutputLock(
  target: string,
  output: string,
  warn: (line: string) => void,
): Promise<OutputLock> {
  const path = lockPathFor(target);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  const draft = `${path}.${process.pid}.draft`;
  await writeFile(draft, `${mine}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await createLock(draft, path, `${mine}\n`);
        return ownLock(path, `${mine}\n`);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) continue; // released meanwhile: try again
      const holder = parseHolder(text);
      if (!holder || holder.host !== hostname() || running(holder.pid)) throw locked(output, path, holder);
      // Stale: move it aside; if what moved is not what was read, another run took it over first.
      const aside = `${path}.${process.pid}.stale`;
      await rename(path, aside).catch(() => undefined);
      const moved = await readFile(aside, 'utf8').catch(() => undefined);
      await rm(aside, { force: true });
      if (moved !== undefined && moved !== text) throw locked(output, path, parseHolder(moved));
      warn(
        `took over the lock ${path} of process ${holder.pid} (since ${holder.since}), which no longer runs`,
      );
    }
    throw locked(output, path, undefined);
  } finally {
    await rm(draft, { force: true });
  }
}

/** Hard-links the complete draft into place; where hard links are not supported, creates the file exclusively. */
async function createLock(draft: string, path: string, content: string): Promise<void> {
  try {
    await link(draft, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw err;
    await writeFile(path, content, { flag: 'wx', mode: 0o644 });
  }
}

function locked(output: string, path: string, holder: LockHolder | undefined): MmfError {
  const who = holder
    ? `process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since}`
    : 'a lock file mmf cannot read';
  return new MmfError('E_OUTPUT_LOCKED', `another run is writing this output (${who}); nothing was changed`, {
    file: output,
    hint: `wait for that run to finish; if no such run exists, remove ${path}`,
  });
}

function ownLock(path: string, content: string): OutputLock {
  const ours = (text: string | undefined) => text === content;
  return {
    path,
    async release() {
      if (ours(await readFile(path, 'utf8').catch(() => undefined))) await rm(path, { force: true });
    },
    releaseSync() {
      let text: string | undefined;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return;
      }
      if (ours(text)) rmSync(path, { force: true });
    },
  };
}
