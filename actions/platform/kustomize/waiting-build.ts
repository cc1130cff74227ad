import { closeSync, constants, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onExit } from '../process/exit-cleanup.js';
import { runCommand } from '../process/run-command.js';
import type { KustomizeTool } from '../tools/resolve-tool.js';
import { runBuild, type BuildResult } from './kustomize-build.js';

/** The file name kustomize looks for first, the one mmf writes. */
const KUSTOMIZATION = 'kustomization.yaml';

/**
 * A kustomize build started before its overlay is written. The overlay's
 * kustomization file is a named pipe (FIFO): kustomize starts up (a good part
 * of a small build) and then waits, reading it, until run() writes it.
 */
export interface WaitingBuild {
  /** The overlay folder. */
  dir: string;
  /** Its kustomization file: the pipe, until run() puts a plain file there. */
  file: string;
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
  try {
    for (const parent of new Set(dirs.map(dirname))) await mkdir(parent).catch(existing);
    for (const dir of dirs) await mkdir(dir).catch(existing);
    const made = await runCommand('mkfifo', ['-m', '600', ...pipes]);
    if (made.exitCode !== 0) throw new Error(made.stderr);
  } catch {
    await Promise.all(pipes.map((pipe) => rm(pipe, { force: true })));
    return undefined;
  }
  return dirs.map((dir, i) => waitingBuild(tool, dir, pipes[i] as string, label(dir)));
}

function existing(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EEXIST') throw err;
}

function waitingBuild(tool: KustomizeTool, dir: string, pipe: string, label: string): WaitingBuild {
  let release!: (stdin: string) => void;
  let kill!: (reason: Error) => void;
  // kustomize does not read its stdin: holding it back only ties the process to this one.
  const held = new Promise<string>((resolve, reject) => {
    release = resolve;
    kill = reject;
  });
  // Below the renders still running (nice 10 while they wait): the plan needs those first.
  const build = runBuild(tool, dir, label, { input: held, niceness: 19 });
  build.catch(() => undefined); // awaited by run()
  let started = false;
  return {
    dir,
    file: pipe,
    async run(content) {
      started = true;
      const exited = build.then(
        () => undefined,
        () => undefined,
      );
      // Opening the pipe to write waits for kustomize to open it to read; if kustomize is gone,
      // a reader of our own lets that open finish so the failure is reported, not waited on.
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
      release('');
      return build;
    },
    async stop() {
      if (started) return;
      kill(new Error('not needed'));
      await build.catch(() => undefined);
      await rm(pipe, { force: true });
    },
  };
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
