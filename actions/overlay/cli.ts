import { type Command, Option } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { MESH_TYPES } from '../kernel/k8s/mesh-policies.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import type { GenerateOverlayFlags } from './run-overlay-command.js';

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
    const { runGenerateOverlayCommand } = await import('./run-overlay-command.js');
    await runGenerateOverlayCommand(flags, cmd, io, state);
  });
}

/** `mmf migrate generate-overlay`. */
export const registerOverlayCli: RegisterCommands = ({ migrate, io, state }) => {
  addGenerateOverlayCommand(migrate, io, state);
};
