import { InvalidArgumentError, Option, type Command } from 'commander';
import { isKubeVersion } from '../../kernel/k8s/kube-version.js';
import type {
  ResolveHelmOptions,
  ResolveKustomizeOptions,
  ToolSourcePolicy,
} from '../../platform/tools/resolve-tool.js';
import type { Logger } from '../../kernel/logger.js';
import type { CliIo } from './run-cli.js';

export interface ToolFlags {
  helm?: string;
  helmVersion?: string;
  kustomize?: string;
  downloadTools?: boolean;
  toolSource?: ToolSourcePolicy;
  allowRemote?: boolean;
}

/**
 * The --tool-source choices, in TOOL_SOURCE_POLICIES's order. Written here so that defining the
 * commands does not load platform/tools/; the Record makes tsc fail here when a policy is added.
 */
const TOOL_SOURCES: Readonly<Record<ToolSourcePolicy, true>> = { pinned: true, path: true };

export const collect = (value: string, previous: string[]) => [...previous, value];

/** --helm, --helm-version, --kustomize, --download-tools, --tool-source, --allow-remote: the same on every command. */
export function addToolFlags(command: Command): Command {
  return command
    .option('--helm <path>', 'helm binary (else $MMF_HELM, PATH, .tools, a pinned download on runners)')
    .option('--helm-version <version>', 'helm major or exact version to use: 3, 4, v3.18.0 ...')
    .option('--kustomize <path>', 'kustomize or kubectl binary (else $MMF_KUSTOMIZE, $MMF_KUBECTL, PATH ...)')
    .option(
      '--download-tools',
      'download pinned, SHA-256-verified helm/kustomize releases when none is found',
    )
    .addOption(
      new Option(
        '--tool-source <source>',
        'path: PATH and .tools before a pinned download (default); pinned: only the pinned, verified releases',
      ).choices(Object.keys(TOOL_SOURCES)),
    )
    .option(
      '--allow-remote',
      'let kustomize builds fetch remote resources, bases and components (refused by default: E_KUSTOMIZE_REMOTE)',
    );
}

/** --kube-version and --api-versions: what helm template assumes for .Capabilities. */
export function addCapabilityFlags(command: Command): Command {
  return command
    .option(
      '--kube-version <version>',
      'Kubernetes version for .Capabilities, e.g. 1.31 or v1.31.4 (passed to helm template)',
      kubeVersion,
    )
    .option(
      '--api-versions <group/version>',
      'extra API versions for .Capabilities (repeatable)',
      collect,
      [],
    );
}

function kubeVersion(value: string): string {
  if (!isKubeVersion(value))
    throw new InvalidArgumentError('Give a Kubernetes version: major.minor[.patch], e.g. 1.31 or v1.31.4.');
  return value;
}

export function stderrLogger(io: CliIo): Logger {
  return { info: (l) => io.stderr(`${l}\n`), warn: (l) => io.stderr(`warning: ${l}\n`) };
}

export function toolOptions(
  flags: ToolFlags,
  log: Logger,
): { helm: ResolveHelmOptions; kustomize: ResolveKustomizeOptions } {
  const download = {
    ...(flags.downloadTools ? { allowDownload: true } : {}),
    ...(flags.toolSource ? { toolSource: flags.toolSource } : {}),
  };
  return {
    helm: {
      ...(flags.helm ? { path: flags.helm } : {}),
      pathLabel: '--helm',
      ...(flags.helmVersion ? { helmVersion: flags.helmVersion } : {}),
      log: log.info,
      ...download,
    },
    kustomize: {
      ...(flags.kustomize ? { path: flags.kustomize } : {}),
      pathLabel: '--kustomize',
      log: log.info,
      ...download,
      ...(flags.allowRemote ? { allowRemote: true } : {}),
    },
  };
}
