import { type Command, Option } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { MmfError } from '../kernel/errors.js';
import { generateOverlay } from './generate-overlay.js';
import { MESH_TYPES, type MeshType } from '../kernel/k8s/mesh-policies.js';
import type { ContainerResources } from './core/plan-overlay.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, commandPath, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import { printOutput } from '../runtime/cli/report-output.js';
import { stderrLogger, toolOptions } from '../runtime/cli/tool-flags.js';

interface GenerateOverlayFlags {
  serviceName: string;
  env: string;
  output: string;
  replicas?: string;
  imageTag?: string;
  image?: string;
  container?: string;
  namespace?: string;
  cpuRequest?: string;
  cpuLimit?: string;
  memoryRequest?: string;
  memoryLimit?: string;
  serviceMesh?: MeshType;
  timeout?: string;
  retries?: string;
  force?: boolean;
  validate?: boolean;
  json?: boolean;
  kustomize?: string;
  downloadTools?: boolean;
}

/** `mmf migrate generate-overlay` (the seed's command): one environment overlay for a service. */
export function addGenerateOverlayCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('generate-overlay')
    .summary("add an environment's overlay to a service's Kustomize tree")
    .description(
      'Write <output>/overlays/<env>/ for a service: a kustomization over ../../base with namespace, ' +
        'image tag, replicas and resources, plus (--service-mesh) mTLS, retries, timeouts and circuit ' +
        'breaking. The base must hold the Deployment named by --service-name.',
    )
    .addOption(
      requiredOption(
        '--service-name <name>',
        'the service: its Deployment and Service in the base have this name',
      ),
    )
    .addOption(requiredOption('--env <name>', 'the overlay to write, e.g. dev, staging, prod'))
    .option('--output <dir>', 'the service folder holding base/', '.')
    .option('--replicas <n>', 'replica count of the Deployment')
    .option('--image-tag <tag>', 'image tag (or sha256:… digest) this environment runs')
    .option(
      '--image <name>',
      "image to retag, as the base writes it (default: the Deployment's first container)",
    )
    .option(
      '--container <name>',
      "container for the resources patch (default: the Deployment's first container)",
    )
    .option('--namespace <ns>', 'namespace of every resource in the overlay')
    .option('--cpu-request <qty>', 'CPU request, e.g. 250m')
    .option('--cpu-limit <qty>', 'CPU limit, e.g. 1')
    .option('--memory-request <qty>', 'memory request, e.g. 256Mi')
    .option('--memory-limit <qty>', 'memory limit, e.g. 512Mi')
    .addOption(
      new Option(
        '--service-mesh <mesh>',
        'add mesh policies: mTLS, retries, timeouts, circuit breaking',
      ).choices([...MESH_TYPES]),
    )
    .option('--timeout <duration>', 'mesh request timeout (default 10s; 0s for none, e.g. for gRPC streams)')
    .option('--retries <n>', 'mesh retry attempts (default 3; 0 for none)')
    .option('--force', 'replace an existing overlay folder of that environment')
    .option('--validate', 'build the overlay with kustomize before writing it (needs the base)')
    .option('--kustomize <path>', 'kustomize or kubectl binary for --validate')
    .option('--download-tools', 'download a pinned, SHA-256-verified kustomize when none is found')
    .exitOverride();
  addAlias(command, '--env', '--environment <name>');
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: 'print what was written as JSON' });
  setExitCodes(command, {
    0: 'the overlay was written',
    1: 'usage or input error (a service the base does not hold, a bad name, an existing overlay)',
    2: 'kustomize failed to build the overlay (--validate)',
  });
  addExample(
    command,
    'mmf migrate generate-overlay --service-name orders --env staging --output out/orders --image-tag 1.1.0',
  );
  command.action(async (flags: GenerateOverlayFlags, cmd: Command) => {
    if ((flags.timeout !== undefined || flags.retries !== undefined) && !flags.serviceMesh)
      throw new MmfError('E_USAGE', '--timeout and --retries apply to the mesh policies: add --service-mesh');
    const resources = resourcesOf(flags);
    const log = stderrLogger(io);
    const result = await generateOverlay({
      serviceName: flags.serviceName,
      environment: flags.env,
      output: flags.output,
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      ...(flags.replicas !== undefined ? { replicas: wholeNumber(flags.replicas, '--replicas') } : {}),
      ...(flags.imageTag !== undefined ? { imageTag: flags.imageTag } : {}),
      ...(flags.image !== undefined ? { image: flags.image } : {}),
      ...(flags.container !== undefined ? { container: flags.container } : {}),
      ...(resources ? { resources } : {}),
      ...(flags.serviceMesh ? { serviceMesh: flags.serviceMesh } : {}),
      ...(flags.timeout !== undefined ? { timeout: flags.timeout } : {}),
      ...(flags.retries !== undefined ? { retries: wholeNumber(flags.retries, '--retries') } : {}),
      force: Boolean(flags.force),
      validate: Boolean(flags.validate),
      tools: { kustomize: toolOptions(flags, log).kustomize },
      command: `mmf migrate generate-overlay --service-name ${flags.serviceName} --env ${flags.env}`,
      log,
    });
    const files = [...result.plan.files.keys()].sort();
    const text = () => {
      const lines = [`Wrote ${result.dir}/ (${files.length} files)`];
      for (const r of result.plan.resources) lines.push(`  + ${r}`);
      for (const p of result.plan.patches) lines.push(`  ~ ${p}`);
      if (result.validation) lines.push(`  built with kustomize ${result.validation.kustomize.version}`);
      return lines.join('\n') + '\n';
    };
    const summary = {
      dir: result.dir,
      files,
      resources: result.plan.resources,
      patches: result.plan.patches,
      warnings: result.warnings,
      ...(result.validation ? { validation: result.validation } : {}),
    };
    printOutput(io, state, commandPath(cmd), { result: summary, exitCode: 0, text }, flags);
  });
}

function resourcesOf(flags: GenerateOverlayFlags): ContainerResources | undefined {
  const pick = (cpu?: string, memory?: string) =>
    cpu === undefined && memory === undefined
      ? undefined
      : { ...(cpu !== undefined ? { cpu } : {}), ...(memory !== undefined ? { memory } : {}) };
  const requests = pick(flags.cpuRequest, flags.memoryRequest);
  const limits = pick(flags.cpuLimit, flags.memoryLimit);
  if (!requests && !limits) return undefined;
  return { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) };
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new MmfError('E_USAGE', `${flag} "${text}" is not a whole number`);
  return Number(text);
}

/** `mmf migrate generate-overlay`. */
export const registerOverlayCli: RegisterCommands = ({ migrate, io, state }) => {
  addGenerateOverlayCommand(migrate, io, state);
};
