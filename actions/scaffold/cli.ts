import type { Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { DEFAULT_OVERLAYS } from './core/plan-scaffold.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import { collect } from '../runtime/cli/tool-flags.js';
import type { ScaffoldServiceFlags } from './run-scaffold-command.js';

/** A copy (the planner loads the YAML library); its type makes tsc fail here when the original changes. */
const OVERLAYS: typeof DEFAULT_OVERLAYS = ['dev', 'prod'];

/** `mmf scaffold service`: a new service's base, components and overlays from scaffold/k8s. */
export function addScaffoldCommand(program: Command, io: CliIo, state: { exitCode: number }): void {
  const scaffold = program
    .command('scaffold')
    .summary('write production-ready starting points for new services')
    .description('Write production-ready starting points for new services.')
    .exitOverride();
  const command = scaffold
    .command('service')
    .summary("write a new service's Kustomize base, overlays and components")
    .description(
      'Write a Kustomize base, the chosen overlays and the components they use for a new service, ' +
        'renamed and configured by structured edits of the scaffold/k8s templates. Every overlay builds ' +
        'with a plain `kustomize build` (check it with --validate).',
    )
    .addOption(
      requiredOption(
        '--service-name <svc>',
        'service name: a DNS-1123 label starting with a letter, e.g. orders',
      ),
    )
    .addOption(
      requiredOption('--output <dir>', 'new or empty folder to write base/, components/ and overlays/ to'),
    )
    .option(
      '--image <repo:tag>',
      'the image, pinned by tag or digest (default registry.example.com/<svc>:0.1.0)',
    )
    .option('--port <n>', 'container port the app serves HTTP on, 1024-65535 (default 8080)')
    .option(
      '--env <names>',
      `environments (overlays) to write, comma-separated or repeated (default ${OVERLAYS.join(',')}); ` +
        'an unknown name lists the available ones',
      collect,
      [],
    )
    .option(
      '--components <names>',
      'components to add to every written overlay, e.g. istio,migration-job (comma-separated or repeated)',
      collect,
      [],
    )
    .option(
      '--templates <dir>',
      'templates folder laid out like scaffold/k8s (default: the one shipped with mmf)',
    )
    .option(
      '--validate',
      'build every written overlay with kustomize before writing (nothing is written if one fails)',
    )
    .option(
      '--kustomize <path>',
      'kustomize or kubectl binary for --validate (else $MMF_KUSTOMIZE, $MMF_KUBECTL, PATH ...)',
    )
    .option(
      '--download-tools',
      'download a pinned, SHA-256-verified kustomize for --validate when none is found',
    )
    .option('--force', 'replace a non-empty output folder')
    .exitOverride();
  addAlias(command, '--service-name', '--name <svc>');
  addAlias(command, '--env', '--overlays <names>');
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: 'print the result as JSON' });
  setExitCodes(command, {
    0: 'the service was written',
    1: 'usage or input error (a name, an unknown overlay or component, the output folder)',
    2: 'kustomize failed to build an overlay (--validate)',
  });
  addExample(command, 'mmf scaffold service --service-name orders --output out/orders --validate');
  command.action(async (flags: ScaffoldServiceFlags, cmd: Command) => {
    const { runScaffoldServiceCommand } = await import('./run-scaffold-command.js');
    await runScaffoldServiceCommand(flags, cmd, io, state);
  });
}

/** `mmf scaffold`. */
export const registerScaffoldCli: RegisterCommands = ({ root, io, state }) => {
  addScaffoldCommand(root, io, state);
};
