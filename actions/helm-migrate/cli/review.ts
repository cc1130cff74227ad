import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { addGitLabNoteFlags } from '../../runtime/cli/comment-flags.js';
import { addFormatFlags } from '../../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../../runtime/cli/help.js';
import { addAlias, requiredOption } from '../../runtime/cli/option-aliases.js';
import { addToolFlags, collect } from '../../runtime/cli/tool-flags.js';
import { HOOK_MODES } from '../core/hooks.js';
import { FAIL_ON, REVIEW_MODES } from '../core/review-policy.js';
import type { ReviewFlags } from './run-migrate-review.js';

export const DEFAULT_REPORT_DIR = 'mmf-report/helm-migrate';

/**
 * The `environments` input as the component passes it: a JSON array (GitLab
 * writes an array input inside a larger string as one), or one spec per line.
 */
export function parseEnvironmentsList(value: string): string[] {
  const text = value.trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InvalidArgumentError(
        'Give a JSON array of "name=values.yaml[,more.yaml]" strings, or one per line.',
      );
    }
    if (!Array.isArray(parsed) || !parsed.every((e) => typeof e === 'string'))
      throw new InvalidArgumentError('Every environment must be a string "name=values.yaml[,more.yaml]".');
    return parsed.map((e) => e.trim()).filter(Boolean);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * `mmf migrate review`: the helm-migrate review of the GitHub action and the
 * GitLab component (convert, validate or diff with the fail-on policy), from
 * the command line. With `--gitlab` it runs as the component's job: base ref
 * and paths from GitLab's CI variables, the report folder for the artifacts
 * (codequality, junit, dotenv), the sticky merge request note written with
 * MMF_GITLAB_TOKEN.
 */
export function addReviewCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('review')
    .summary('review a chart migration as the helm-migrate action and GitLab component do')
    .description(
      'Review a Helm chart migration the way the helm-migrate GitHub action and GitLab component do: ' +
        'convert, validate (prove parity) or diff against a base ref, and fail by the fail-on policy. ' +
        "With --gitlab it runs as the component's job: base ref and paths from the GitLab CI variables, " +
        'the report folder for the artifacts (codequality, junit, dotenv) and one sticky merge request ' +
        'note written with the token in MMF_GITLAB_TOKEN (docs/GITLAB.md).',
    )
    .addOption(
      new Option('--mode <mode>', 'convert, validate (prove parity) or diff (against --base-ref)')
        .choices([...REVIEW_MODES])
        .default('validate'),
    )
    .addOption(requiredOption('--chart <dir|tgz>', 'the Helm chart'))
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      'an environment and its values files (repeatable)',
      collect,
      [],
    )
    .option(
      '--environments <list>',
      'environments as the component passes them: a JSON array or one spec per line (added to --env)',
      parseEnvironmentsList,
    )
    .option('--output <dir>', 'the Kustomize tree (convert writes it; validate and diff read it)', 'k8s')
    .option('--release <name>', 'release name (default: the chart name)')
    .option('--namespace <ns>', 'release namespace', 'default')
    .option(
      '--base-env <name>',
      'when it converts: write the base from this environment (default: each resource as most environments render it)',
    )
    .option('--base-ref <ref>', 'diff: the git ref to compare with (default: the CI event base, else HEAD^)')
    .addOption(
      new Option('--fail-on <when>', 'what fails the command (exit 3)')
        .choices([...FAIL_ON])
        .default('parity-failure'),
    )
    .addOption(
      new Option('--hooks <mode>', 'what becomes of Helm hooks other than tests')
        .choices([...HOOK_MODES])
        .default('keep'),
    )
    .option('--kustomize-version <version>', 'exact kustomize version to use, e.g. 5.7.1')
    .option(
      '--gitlab',
      'publish to GitLab: report folder, sticky merge request note (GitLab CI variables, MMF_GITLAB_TOKEN)',
    );
  addGitLabNoteFlags(command, 'job, chart, mode and output')
    .option(
      '--report-dir <dir>',
      `folder for the report files (codequality, junit, dotenv …); --gitlab default ${DEFAULT_REPORT_DIR}`,
    )
    .option('--dotenv-prefix <prefix>', 'prefix of the dotenv variables', 'HELM_MIGRATE_')
    .exitOverride();
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: "print the review (the report's result) as JSON" });
  setExitCodes(command, {
    0: 'the review passed (by fail-on)',
    1: 'usage or input error, or GitLab refused the token (E_API_AUTH) or found no merge request',
    2: 'helm, kustomize or git failed, or GitLab refused the note for another reason',
    3: 'fail-on says the review fails: a parity failure (E_PARITY) or changed resources (E_DIFFERENCE)',
  });
  addExample(
    command,
    'mmf migrate review --mode validate --chart examples/marty-service --env dev=examples/marty-service/values-dev.yaml --env prod=examples/marty-service/values-prod.yaml',
  );
  addToolFlags(command).action(async (flags: ReviewFlags, cmd: Command) => {
    const { runMigrateReview } = await import('./run-migrate-review.js');
    await runMigrateReview(flags, cmd, io, state);
  });
}
