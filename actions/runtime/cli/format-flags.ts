import { Option, type Command } from 'commander';

/** Which output formats a command offers besides text; `--json` is on every command. */
export interface FormatChoices {
  /** Help text of `--json`. */
  json: string;
  /** Help text of `--markdown`, when the command prints Markdown. */
  markdown?: string;
  /** Help text of `--unified`, a text-only detail (unified diffs). */
  unified?: string;
}

const ENVELOPE = 'stdout holds only {command, ok, exitCode, result, error}; logs go to stderr';

/**
 * Adds the format flags; any two of them together are a usage error (exit 1),
 * so a script never gets a format it did not ask for.
 */
export function addFormatFlags(command: Command, choices: FormatChoices): Command {
  const names = ['json', ...(choices.markdown ? ['markdown'] : []), ...(choices.unified ? ['unified'] : [])];
  const others = (name: string) => names.filter((n) => n !== name);
  command.addOption(new Option('--json', `${choices.json} (${ENVELOPE})`).conflicts(others('json')));
  if (choices.markdown)
    command.addOption(new Option('--markdown', choices.markdown).conflicts(others('markdown')));
  if (choices.unified)
    command.addOption(new Option('--unified', choices.unified).conflicts(others('unified')));
  return command;
}
