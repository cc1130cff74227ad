import { Option, type Command } from 'commander';
import { markRequired } from './help.js';

/**
 * The spellings every command shares are `--service-name`, `--env` and
 * `--output`; older spellings stay as hidden aliases, so scripts written for
 * them keep working.
 *
 * Adds `aliasFlags` (e.g. `--output-path <dir>`) as a hidden alias of the
 * command's option `canonicalLong`: each use goes through the canonical
 * option's parser (so repeatable options collect from both spellings) and
 * counts as the canonical option for required and conflict checks.
 */
export function addAlias(command: Command, canonicalLong: string, aliasFlags: string): Command {
  const canonical = command.options.find((o) => o.long === canonicalLong);
  if (!canonical) throw new Error(`addAlias: ${command.name()} has no option ${canonicalLong}`);
  const alias = new Option(aliasFlags, `alias of ${canonicalLong}`).hideHelp();
  command.addOption(alias);
  const key = canonical.attributeName();
  command.on(`option:${alias.name()}`, (value: string) => {
    const previous: unknown = command.getOptionValue(key);
    const parse = canonical.parseArg as ((v: string, p: unknown) => unknown) | undefined;
    command.setOptionValueWithSource(key, parse ? parse(value, previous) : value, 'cli');
  });
  return command;
}

/** An option that must be given: "(required)" in help, checked before the action runs. */
export function requiredOption(flags: string, description: string): Option {
  return markRequired(new Option(flags, description));
}
