import { MmfError, oneParagraph } from '../../kernel/errors.js';
import { runCommand } from '../process/run-command.js';
import { kustomizeBuildArgs, type KustomizeTool } from '../tools/resolve-tool.js';

export interface BuildResult {
  manifests: string;
  durationMs: number;
}

/** `kustomize build DIR` (or `kubectl kustomize DIR`) with default load restrictions. */
export async function buildKustomization(
  tool: KustomizeTool,
  dir: string,
  label = dir,
): Promise<BuildResult> {
  const { file, args } = kustomizeBuildArgs(tool, dir);
  const result = await runCommand(file, args);
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
