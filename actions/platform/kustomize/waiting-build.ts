import { closeSync, constants, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { onExit } from '../process/exit-cleanup.js';
import { runCommand } from '../process/run-command.js';
import { removeTreeSync } from '../fs/remove-tree-sync.js';
import type { KustomizeTool } from '../tools/resolve-tool.js';
import { runBuild, type BuildResult } from './kustomize-build.js';

/** The file name kustomize looks for first, the one mmf writes. */
const KUSTOMIZATION = 'kustomization.yaml';

/**
 * The warm-up's kustomizations. With `schema`, one object and a delete patch
 * that removes it: applying a strategic-merge patch makes kustomize load its
 * built-in OpenAPI schema, a fifth of a second, once per process. Either way
 * the warm-up adds no object to the build.
 */
const WARM_UP = {
  schema:
    'resources:\n- configmap.yaml\npatches:\n- patch: |-\n    $patch: delete\n    apiVersion: v1\n' +
    '    kind: ConfigMap\n    metadata:\n      name: mmf-warm-up\n',
  none: 'resources: []\n',
} as const;
const WARM_UP_OBJECT = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mmf-warm-up\n';

/**
 * A kustomize build started before its overlay is written. The overlay's
 * kustomization file is a named pipe (FIFO): kustomize starts up (a good part
 * of a small build) and then waits, reading it, until run() writes it.
 *
 * kustomize builds a private wrapper kustomization whose resources are a
 * warm-up folder and then the overlay. The wrapper has no fields of its own
 * and the warm-up adds no object, so the build's output is the overlay's, byte
 * for byte (the steps kustomize keeps for the top level, name suffixes and
 * back-references, run over the same objects). The warm-up's kustomization is
 * a pipe too: warm() says whether kustomize should load its OpenAPI schema
 * there, while it still waits for the overlay.
 */
export interface WaitingBuild {
  /** The overlay folder. */
  dir: string;
  /** Its kustomization file: the pipe, until run() puts a plain file there. */
  file: string;
  /**
   * Lets kustomize on, loading its OpenAPI schema first when `schema` (the
   * overlay will have a strategic-merge or delete patch). Only the first call
   * counts; run() makes it without the schema if no one did.
   */
  warm(schema: boolean): void;
  /**
   * Gives kustomize the kustomization (checked by the caller, as the other
   * files of the tree are already written), leaving a plain file with the
   * same content in the pipe's place, and waits for the build.
   */
  run(content: string): Promise<BuildResult>;
  /** Stops kustomize unread and removes the pipe; nothing once run() has begun. */
  stop(): Promise<void>;
}

/**
 * Starts one waiting build per overlay folder, each created (one level, in a
 * parent that exists) with a FIFO kustomization.yaml made by `mkfifo`. None
 * on Windows or without `mkfifo`: then the builds start when the tree is
 * written, as usual. mmf exiting, or stop(), kills a build that still waits.
 */
export async function startWaitingBuilds(
  tool: KustomizeTool,
  dirs: readonly string[],
  label: (dir: string) => string,
): Promise<WaitingBuild[] | undefined> {
  if (process.platform === 'win32' || dirs.length === 0) return undefined;
  const pipes = dirs.map((dir) => join(dir, KUSTOMIZATION));
  const wrappers: WrapperFolders[] = [];
  const forget = onExit(() => wrappers.forEach((w) => removeTreeSync(w.root)));
  try {
    for (const parent of new Set(dirs.map(dirname))) await mkdir(parent).catch(existing);
    for (const dir of dirs) {
      await mkdir(dir).catch(existing);
      wrappers.push(await wrapperFor(dir));
    }
    const warmUps = wrappers.map((w) => join(w.wrapper, 'warm-up', KUSTOMIZATION));
    const made = await runCommand('mkfifo', ['-m', '600', ...pipes, ...warmUps]);
    if (made.exitCode !== 0) throw new Error(made.stderr);
  } catch {
    await Promise.all(pipes.map((pipe) => rm(pipe, { force: true })));
    await Promise.all(wrappers.map((w) => rm(w.root, { recursive: true, force: true })));
    forget();
    return undefined;
  }
  let left = dirs.length;
  const done = () => {
    if (--left === 0) forget();
  };
  return dirs.map((dir, i) =>
    waitingBuild(
      tool,
      { dir, pipe: pipes[i] as string, ...(wrappers[i] as WrapperFolders) },
      label(dir),
      done,
    ),
  );
}

function existing(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EEXIST') throw err;
}

/**
 * A private folder holding the wrapper kustomization of `overlay` in a folder
 * of the same name (so that the build's command line ends like the overlay's)
 * and its warm-up's object.
 */
async function wrapperFor(overlay: string): Promise<WrapperFolders> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'mmf-build-')));
  const wrapper = join(root, basename(overlay));
  await mkdir(join(wrapper, 'warm-up'), { recursive: true });
  // kustomize takes other kustomizations only by relative path.
  const target = relative(wrapper, await realpath(overlay));
  await writeFile(join(wrapper, KUSTOMIZATION), `resources:\n- warm-up\n- ${JSON.stringify(target)}\n`);
  await writeFile(join(wrapper, 'warm-up', 'configmap.yaml'), WARM_UP_OBJECT);
  return { root, wrapper };
}

interface WrapperFolders {
  /** The private folder, removed when the build is done. */
  root: string;
  /** The wrapper kustomization's folder in it. */
  wrapper: string;
}

interface WaitingFiles extends WrapperFolders {
  dir: string;
  pipe: string;
}

function waitingBuild(
  tool: KustomizeTool,
  { dir, pipe, root, wrapper }: WaitingFiles,
  label: string,
  done: () => void,
): WaitingBuild {
  let release!: (stdin: string) => void;
  let kill!: (reason: Error) => void;
  // kustomize does not read its stdin: holding it back only ties the process to this one.
  const held = new Promise<string>((resolve, reject) => {
    release = resolve;
    kill = reject;
  });
  // Below the renders still running (nice 10 while they wait): the plan needs those first.
  const build = runBuild(tool, wrapper, label, { input: held, niceness: 19 });
  build.catch(() => undefined); // awaited by run()
  const exited = build.then(
    () => undefined,
    () => undefined,
  );
  const cleanUp = () => rm(root, { recursive: true, force: true }).finally(done);
  let warmedUp: Promise<void> | undefined;
  const warm = (schema: boolean) =>
    (warmedUp ??= feed(
      join(wrapper, 'warm-up', KUSTOMIZATION),
      schema ? WARM_UP.schema : WARM_UP.none,
      exited,
    ));
  let started = false;
  let stopped: Promise<void> | undefined;
  return {
    dir,
    file: pipe,
    warm: (schema) => void warm(schema),
    async run(content) {
      started = true;
      try {
        await warm(false);
        await feed(pipe, content, exited);
        release('');
        return await build.catch(() =>
          // Said as kustomize says it for the overlay itself, not for the wrapper around it.
          runBuild(tool, dir, label),
        );
      } finally {
        await cleanUp();
      }
    },
    stop() {
      if (started) return Promise.resolve();
      return (stopped ??= (async () => {
        kill(new Error('not needed'));
        await build.catch(() => undefined);
        await rm(pipe, { force: true });
        await cleanUp();
      })());
    },
  };
}

/**
 * Gives `content` to the kustomize reading `pipe`. Opening a pipe to write
 * waits for a reader; if kustomize is gone (`exited`), a reader of our own
 * lets that open finish, so the failure is reported, not waited on.
 */
async function feed(pipe: string, content: string, exited: Promise<void>): Promise<void> {
  let fed = false;
  // A thread still waiting to open the pipe would keep mmf from exiting (say on Ctrl-C).
  const forget = onExit(() => unblockWriterSync(pipe));
  const given = give(pipe, content).finally(() => {
    fed = true;
    forget();
  });
  void exited.then(async () => {
    while (!fed) await unblockWriter(pipe);
  });
  await given.catch(() => undefined);
}

/**
 * Writes `content` into the pipe and, before closing it, puts a plain file
 * with the same content in its place (0666 less the umask, like every file of
 * the tree): kustomize reads on from the pipe it opened, and anything that
 * opens the path later finds the file, never a pipe without a writer.
 */
async function give(pipe: string, content: string): Promise<void> {
  const file = join(dirname(pipe), `.${basename(pipe)}.${randomBytes(6).toString('hex')}`);
  await writeFile(file, content, { mode: 0o666, flag: 'wx' });
  try {
    const writer = await open(pipe, 'w');
    try {
      await writer.writeFile(content);
    } finally {
      await rename(file, pipe);
      await writer.close();
    }
  } finally {
    await rm(file, { force: true }); // already gone once renamed
  }
}

/**
 * Opens the pipe to read and closes it: a writer waiting to open it goes on,
 * and one waiting to write into it gets EPIPE, as no one reads any more.
 */
function unblockWriterSync(pipe: string): void {
  try {
    closeSync(openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK));
  } catch {
    // gone already, or no pipe any more: no writer waits on it
  }
}

/** Holds the pipe open to read for a moment, so that a writer waiting to open it can. */
async function unblockWriter(pipe: string): Promise<void> {
  const reader = await open(pipe, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await reader?.close();
}
