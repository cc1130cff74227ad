import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import type { TreeFile } from '../../kernel/tree-file.js';

export type { TreeFile } from '../../kernel/tree-file.js';

const NOT_WRITABLE_HINT = 'choose an output folder in a writable location (a new or empty folder)';

/**
 * An output tree written atomically: everything goes to a staging folder next
 * to the output (same filesystem), which replaces the output in one rename on
 * commit. Until then the output is untouched; discard removes the staging
 * folder and any parent folders that opening had to create.
 */
export class StagedOutput {
  private constructor(
    readonly output: string,
    readonly dir: string,
    private readonly createdParents: string[],
  ) {}

  /**
   * Checks the output can receive a tree and creates the staging folder,
   * before any expensive work. With `force`, an output that holds the current
   * directory or any of `keep` (the chart, the values files) is refused.
   */
  static async open(output: string, force: boolean, keep: readonly string[] = []): Promise<StagedOutput> {
    const target = resolve(output);
    if (force) {
      for (const path of [process.cwd(), ...keep]) {
        const inside = relative(target, resolve(path));
        if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
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
    if (info && !force && (await readdir(target)).length > 0) {
      throw new MmfError('E_OUTPUT_NOT_EMPTY', 'output directory is not empty', {
        file: output,
        hint: 'choose an empty or new directory, or pass --force to replace its contents',
      });
    }
    const created = await createParents(dirname(target), output);
    try {
      const dir = await mkdtemp(join(dirname(target), `.${basename(target)}.mmf-tmp-`));
      return new StagedOutput(output, dir, created);
    } catch (err) {
      await removeEmpty(created);
      throw new MmfError(
        'E_OUTPUT_NOT_WRITABLE',
        `cannot write in ${dirname(target)} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        {
          file: output,
          hint: NOT_WRITABLE_HINT,
        },
      );
    }
  }

  async write(files: ReadonlyMap<string, TreeFile>): Promise<void> {
    const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [relative, file] of sorted) {
      const path = join(this.dir, relative);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content, { mode: file.mode ?? 0o644 });
    }
  }

  /** Empties the staging folder and writes `files` instead. */
  async replace(files: ReadonlyMap<string, TreeFile>): Promise<void> {
    for (const entry of await readdir(this.dir))
      await rm(join(this.dir, entry), { recursive: true, force: true });
    await this.write(files);
  }

  /** Replaces the output with the staged tree: rename aside, rename in, remove the old tree. */
  async commit(): Promise<void> {
    const target = resolve(this.output);
    const existing = await stat(target).catch(() => undefined);
    const aside = existing ? `${this.dir}.old` : undefined;
    if (aside) await rename(target, aside);
    try {
      await rename(this.dir, target);
    } catch (err) {
      if (aside) await rename(aside, target);
      throw new MmfError(
        'E_OUTPUT_NOT_WRITABLE',
        `cannot move the new tree into place: ${(err as Error).message}`,
        {
          file: this.output,
          hint: NOT_WRITABLE_HINT,
        },
      );
    }
    if (aside) await rm(aside, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await removeEmpty(this.createdParents);
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
      throw new MmfError(
        'E_OUTPUT_NOT_WRITABLE',
        `cannot create ${folder} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        {
          file: output,
          hint: NOT_WRITABLE_HINT,
        },
      );
    }
  }
  return created;
}

async function removeEmpty(foldersDeepestFirst: readonly string[]): Promise<void> {
  for (const folder of foldersDeepestFirst) await rmdir(folder).catch(() => undefined);
}
