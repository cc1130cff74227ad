import { MmfError } from '../../kernel/errors.js';

export interface CommandLine {
  name: string;
  command: string;
  shell: boolean;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * `commands:` lines (the action input, one per line) and `--command` values:
 * `name: command`, e.g. `lint: uv run ruff check`. Blank lines and lines
 * starting with # are skipped; names are unique.
 */
export function parseCommandLines(
  lines: readonly string[],
  shell: boolean,
  label = 'commands',
): CommandLine[] {
  const commands: CommandLine[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const command = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!NAME.test(name) || !command)
      throw new MmfError('E_USAGE', `${label}: "${line}" is not "name: command"`, {
        hint: 'e.g. "lint: uv run ruff check" (names: letters, digits, . _ -)',
      });
    if (commands.some((c) => c.name === name))
      throw new MmfError('E_USAGE', `${label}: the name "${name}" is used twice`, {
        hint: 'each command needs its own name: it names the log and the gate',
      });
    commands.push({ name, command, shell });
  }
  return commands;
}
