import { renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import type { TreeFile } from '../../kernel/tree-file.js';
import { onExit } from '../process/exit-cleanup.js';
import { fillInPlace, isUnrenamable } from './fill-in-place.js';
import { acquireOutputLock, type OutputLock } from './output-lock.js';
import { isInside, realPathOrAncestor } from './path-inside.js';
import { removeTreeSync } from './remove-tree-sync.js';

export type { TreeFile } from '../../kernel/tree-file.js';

const NOT_WRITABLE_HINT = 'choose an output folder in a writable location (a new or empty folder)';

export interface StagedOutputOptions {
  /** Warnings (a stale lock taken over); default stderr. */
  warn?: (line: string) => void;
}

/** The process umask (reading it this way also works in worker threads). */
const umask = (): number => process.umask();

/**
 * An output tree written atomically: everything goes to a staging folder next
 * to the output (same filesystem), which replaces the output in one rename on
 * commit. Until then the output is untouched; discard removes the staging
 * folder and any parent folders that opening had to create. A lock beside the
 * output keeps a second run out; SIGINT/SIGTERM remove the staging folder (it
 * holds Secret values) and the lock. An output that cannot be renamed over (a
 * mount point) is filled in place instead.
 */
export class StagedOutput {
  private aside: string | undefined;
  private done = false;
  private readonly forget: () => void;

  private constructor(
    readonly output: string,
    readonly dir: string,
    private readonly force: boolean,
    private readonly createdParents: string[],
    private readonly lock: OutputLock,
  ) {
    this.forget = onExit(() => this.cleanupSync());
  }

  /**
   * Checks the output can receive a tree and creates the staging folder,
   * before any expensive work. An output inside one of the `keep` folders (the
   * chart, a base) is refused with or without `force`; with `force`, an output
   * that holds the current directory or any of `keep` is refused too.
   */
  static async open(
    output: string,
    force: boolean,
    keep: readonly string[] = [],
    options: StagedOutputOptions = {},
  ): Promise<StagedOutput> {
    const target = resolve(output);
    await refuseInsideInputs(output, target, keep);
    if (force) {
      for (const path of [process.cwd(), ...keep]) {
        if (isInside(resolve(path), target)) {
          throw new MmfError(
            'E_OUTPUT_NOT_EMPTY',
            `refusing to replace a folder that holds ${path === process.cwd() ? 'the current directory' : path}`,
            {
              file: output,
              hint: 'write the output to a folder of its own, e.g. --output k8s',
            },
          );
        }
      }
    }
    const info = await stat(target).catch(() => undefined);
    if (info && !info.isDirectory()) {
      throw new MmfError('E_OUTPUT_NOT_WRITABLE', 'exists and is not a directory', {
        file: output,
        hint: NOT_WRITABLE_HINT,
      });
    }
    const created = await createParents(dirname(target), output);
    let lock: OutputLock | undefined;
    try {
      lock = await acquireOutputLock(
        target,
        output,
        options.warn ?? ((l) => process.stderr.write(`warning: ${l}\n`)),
      );
    } catch (err) {
      await removeEmpty(created);
      if (err instanceof MmfError) throw err;
      throw notWritable(output, `cannot write in ${dirname(target)}`, err);
    }
    try {
      if (info && !force && (await readdir(target)).length > 0) {
        throw new MmfError('E_OUTPUT_NOT_EMPTY', 'output directory is not empty', {
          file: output,
          hint: 'choose an empty or new directory, or pass --force to replace its contents',
        });
      }
      const dir = await mkdtemp(join(dirname(target), `.${basename(target)}.mmf-tmp-`)).catch(
        (err: unknown) => {
          throw notWritable(output, `cannot write in ${dirname(target)}`, err);
        },
      );
      return new StagedOutput(output, dir, force, created, lock);
    } catch (err) {
      await lock.release();
      await removeEmpty(created);
      throw err;
    }
  }

  async write(files: ReadonlyMap<string, TreeFile>): Promise<void> {
    const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
    // Folders first, then all files at once rather than one write after another.
    const made = new Set<string>();
    for (const [relative] of sorted) await this.makeParents(dirname(relative), made);
    await Promise.all(
      sorted.map(([relative, file]) =>
        // 0666 less the umask, like any new file (644 under 022); Secret files ask for 0600.
        writeFile(join(this.dir, relative), file.content, { mode: file.mode ?? 0o666 }),
      ),
    );
  }

  /**
   * Creates the folders of `relative` one level at a time, never the staging
   * folder itself: a signal handler that removed it while a write was in
   * flight must not see it come back (`mkdir -p` would recreate it).
   */
  private async makeParents(relative: string, made: Set<string>): Promise<void> {
    if (relative === '.' || made.has(relative)) return;
    await this.makeParents(dirname(relative), made);
    await mkdir(join(this.dir, relative)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    made.add(relative);
  }

  /** Empties the staging folder and writes `files` instead. */
  async replace(files: ReadonlyMap<string, TreeFile>): Promise<void> {
    for (const entry of await readdir(this.dir))
      await rm(join(this.dir, entry), { recursive: true, force: true });
    await this.write(files);
  }

  /**
   * Puts the staged tree in place. With `force` the old tree is renamed aside
   * and removed; without, the output must still be empty: a file that
   * appeared there during the run is left alone and the run fails
   * (E_OUTPUT_NOT_EMPTY). A mount point is filled in place.
   */
  async commit(): Promise<void> {
    const target = resolve(this.output);
    // mkdtemp made the staging folder private (0700); the tree gets the umask's mode like any new folder.
    await chmod(this.dir, 0o777 & ~umask());
    try {
      if (this.force) await this.replaceTarget(target);
      else await this.moveIntoEmpty(target);
    } finally {
      await this.finish();
    }
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await this.finish();
  }

  private async finish(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await rm(this.dir, { recursive: true, force: true });
    await this.lock.release();
    await removeEmpty(this.createdParents);
    this.forget();
  }

  private async replaceTarget(target: string): Promise<void> {
    const existing = await stat(target).catch(() => undefined);
    if (!existing) return this.renameIn(target);
    this.aside = `${this.dir}.old`;
    try {
      await rename(target, this.aside);
    } catch (err) {
      this.aside = undefined;
      if (!isUnrenamable(err)) throw notWritable(this.output, 'cannot move the old tree aside', err);
      return fillInPlace(this.dir, target, { replace: true, output: this.output });
    }
    try {
      await rename(this.dir, target);
    } catch (err) {
      await rename(this.aside, target);
      this.aside = undefined;
      throw notWritable(this.output, 'cannot move the new tree into place', err);
    }
    await rm(this.aside, { recursive: true, force: true });
    this.aside = undefined;
  }

  private async moveIntoEmpty(target: string): Promise<void> {
    try {
      await rmdir(target); // fails if anything appeared there: it is never deleted
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') throw await appeared(this.output, target);
      if (isUnrenamable(err)) return fillInPlace(this.dir, target, { replace: false, output: this.output });
      if (code !== 'ENOENT') throw notWritable(this.output, 'cannot move the new tree into place', err);
    }
    await this.renameIn(target);
  }

  private async renameIn(target: string): Promise<void> {
    try {
      await rename(this.dir, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') throw await appeared(this.output, target);
      if (isUnrenamable(err))
        return fillInPlace(this.dir, target, { replace: this.force, output: this.output });
      throw notWritable(this.output, 'cannot move the new tree into place', err);
    }
  }

  /** On SIGINT/SIGTERM: put an old tree that was moved aside back, drop the staging folder and the lock. */
  private cleanupSync(): void {
    const target = resolve(this.output);
    if (this.aside) {
      const targetExists = (() => {
        try {
          statSync(target);
          return true;
        } catch {
          return false;
        }
      })();
      if (!targetExists) renameSync(this.aside, target);
      else rmSync(this.aside, { recursive: true, force: true });
    }
    removeTreeSync(this.dir);
    this.lock.releaseSync();
    for (const folder of this.createdParents) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
}

async function appeared(output: string, target: string): Promise<MmfError> {
  const names = (await readdir(target).catch(() => [])).sort();
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');
  return new MmfError(
    'E_OUTPUT_NOT_EMPTY',
    `files appeared in the output while the run was working (${shown}); they were left as they are and nothing was written`,
    {
      file: output,
      hint: 'run again into an empty or new directory, or pass --force to replace its contents',
    },
  );
}

function notWritable(output: string, what: string, err: unknown): MmfError {
  return new MmfError(
    'E_OUTPUT_NOT_WRITABLE',
    `${what} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    {
      file: output,
      hint: NOT_WRITABLE_HINT,
    },
  );
}

/**
 * An output inside an input folder would become part of that input: inside a
 * chart, `helm package` would ship the rendered Secret files. Compared both
 * as written and through symbolic links.
 */
async function refuseInsideInputs(output: string, target: string, keep: readonly string[]): Promise<void> {
  const realTarget = await realPathOrAncestor(target);
  for (const input of keep) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    const realInput = await realPathOrAncestor(input);
    if (isInside(target, resolve(input)) || isInside(realTarget, realInput)) {
      throw new MmfError(
        'E_OUTPUT_INSIDE_INPUT',
        `is inside the input folder ${input}: what is written there would become part of it (a chart folder is packaged by helm package, Secret files included); nothing was written`,
        { file: output, hint: `write the output outside ${input}, e.g. next to it` },
      );
    }
  }
}

/**
 * The one open/commit/discard sequence: opens a staged output (see
 * StagedOutput.open), lets `work` write and check it, commits when `work`
 * returns and discards when it throws, so a failure leaves nothing behind.
 */
export async function withStagedOutput<T>(
  output: string,
  options: { force: boolean; keep?: readonly string[] },
  work: (staged: StagedOutput) => Promise<T>,
): Promise<T> {
  const staged = await StagedOutput.open(output, options.force, options.keep ?? []);
  let committed = false;
  try {
    const result = await work(staged);
    await staged.commit();
    committed = true;
    return result;
  } finally {
    if (!committed) await staged.discard();
  }
}

/** Text files (path → content) as the tree StagedOutput writes. */
export function textTree(files: ReadonlyMap<string, string>): Map<string, TreeFile> {
  return new Map([...files].map(([path, content]) => [path, { content }]));
}

/**
 * Creates the missing folders above the output one level at a time (a
 * recursive mkdir can spin forever on special filesystems such as /proc) and
 * returns them deepest first.
 */
async function createParents(dir: string, output: string): Promise<string[]> {
  const missing: string[] = [];
  let cur = dir;
  for (;;) {
    const info = await stat(cur).catch(() => undefined);
    if (info) {
      if (!info.isDirectory()) {
        throw new MmfError('E_OUTPUT_NOT_WRITABLE', `${cur} is a file, not a folder`, {
          file: output,
          hint: NOT_WRITABLE_HINT,
        });
      }
      break;
    }
    missing.unshift(cur);
    if (dirname(cur) === cur) break;
    cur = dirname(cur);
  }
  const created: string[] = [];
  for (const folder of missing) {
    try {
      await mkdir(folder);
      created.unshift(folder);
    } catch (err) {
      await removeEmpty(created);
      throw notWritable(output, `cannot create ${folder}`, err);
    }
  }
  return created;
}

async function removeEmpty(foldersDeepestFirst: readonly string[]): Promise<void> {
  for (const folder of foldersDeepestFirst) await rmdir(folder).catch(() => undefined);
}
