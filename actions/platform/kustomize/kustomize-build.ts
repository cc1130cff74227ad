import { MmfError, oneParagraph } from '../../kernel/errors.js';
import { runCommand, type RunOptions } from '../process/run-command.js';
import { kustomizeBuildArgs, type KustomizeTool } from '../tools/resolve-tool.js';
import { assertNoRemoteContent, type RemoteScanMemo } from './remote-scan.js';

/** Flags that would let a build run plugins or helm, or read outside its root: never passed. */
export const FORBIDDEN_BUILD_FLAGS = [
  '--enable-helm',
  '--enable-alpha-plugins',
  '--enable-exec',
  '--enable-star',
  '--load-restrictor',
  '--network',
  '--mount',
] as const;

export interface BuildResult {
  manifests: string;
  durationMs: number;
}

/**
 * `kustomize build DIR` (or `kubectl kustomize DIR`) with default load
 * restrictions and no plugins. Unless the tool was resolved with
 * `allowRemote`, the kustomization and its local bases are first checked for
 * remote or plugin content (E_KUSTOMIZE_REMOTE), so no connection is tried.
 */
export async function buildKustomization(
  tool: KustomizeTool,
  dir: string,
  label = dir,
  /** The folders already checked for remote content (assertNoRemoteContent with the same memo). */
  scanned?: RemoteScanMemo,
): Promise<BuildResult> {
  if (!tool.allowRemote) await assertNoRemoteContent(dir, label, scanned);
  return runBuild(tool, dir, label);
}

/** The build itself, for a folder already checked for remote content. */
export async function runBuild(
  tool: KustomizeTool,
  dir: string,
  label: string,
  options: RunOptions = {},
): Promise<BuildResult> {
  const { file, args } = kustomizeBuildArgs(tool, dir);
  const forbidden = args.find((a) => FORBIDDEN_BUILD_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
  if (forbidden) throw new Error(`internal: kustomize build must never get ${forbidden}`);
  const result = await runCommand(file, args, options);
  if (result.exitCode !== 0) {
    const message = oneParagraph(
      result.stderr
        .replace(/^Error:\s*/, '')
        .split(dir)
        .join(label),
    );
    throw new MmfError('E_TOOL_FAILED', `kustomize ${tool.version} could not build the overlay: ${message}`, {
      file: label,
      hint: 'check that --kustomize, MMF_KUSTOMIZE or MMF_KUBECTL name a kustomize or kubectl binary; nothing was written',
    });
  }
  return { manifests: result.stdout, durationMs: result.durationMs };
}
