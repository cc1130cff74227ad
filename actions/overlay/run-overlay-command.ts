import type { Command } from 'commander';
import { MmfError } from '../kernel/errors.js';
import type { MeshType } from '../kernel/k8s/mesh-policies.js';
import { commandPath } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger, toolOptions } from '../runtime/cli/tool-flags.js';
import type { ContainerResources } from './core/plan-overlay.js';
import { generateOverlay } from './generate-overlay.js';

export interface GenerateOverlayFlags {
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

/** What `mmf migrate generate-overlay` does once its flags are parsed (cli.ts loads this only when it runs). */
export async function runGenerateOverlayCommand(
  flags: GenerateOverlayFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
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
}
