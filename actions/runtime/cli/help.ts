import { Help, type Command, type Option } from 'commander';

/** Exit status -> what it means for one command, listed under "Exit codes:" in its help. */
export type ExitCodes = Readonly<Partial<Record<0 | 1 | 2 | 3, string>>>;

/** What every `mmf` command can exit with; a command that registers none (a group, `mmf`) lists these. */
export const GENERAL_EXIT_CODES: ExitCodes = {
  0: 'success',
  1: 'usage or input error (also when no command is given)',
  2: 'an external tool (helm, kustomize, git) failed or was not found',
  3: 'a check failed: parity mismatch, or a difference with --fail-on-diff',
};

const exitCodes = new WeakMap<Command, ExitCodes>();
const examples = new WeakMap<Command, string[]>();
const requiredOptions = new WeakSet<Option>();

/** Sets the exit codes a command's help lists. */
export function setExitCodes(command: Command, codes: ExitCodes): Command {
  exitCodes.set(command, codes);
  return command;
}

export function exitCodesOf(command: Command): ExitCodes | undefined {
  return exitCodes.get(command);
}

/** Adds a command line shown under "Example:" in the help (and as the hint of a missing required option). */
export function addExample(command: Command, line: string): Command {
  examples.set(command, [...(examples.get(command) ?? []), line]);
  return command;
}

export function examplesOf(command: Command): readonly string[] {
  return examples.get(command) ?? [];
}

/** Marks an option required: its help says "(required)" and the action does not run without it. */
export function markRequired(option: Option): Option {
  requiredOptions.add(option);
  return option;
}

export function isRequired(option: Option): boolean {
  return requiredOptions.has(option);
}

/** The command's path below `from` (default: below the root), e.g. `migrate helm-to-kustomize`. */
export function commandPath(command: Command, from?: Command | null): string {
  const names: string[] = [];
  for (let c: Command | null = command; c && c !== from && c.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function leaves(command: Command): Command[] {
  const visible = command.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
  return visible.flatMap((c) => (c.commands.length ? leaves(c) : [c]));
}

/**
 * Help for every `mmf` command: descriptions wrapped at word boundaries at
 * the terminal width, "(required)" after required options, the root listing
 * every runnable command with its one-line summary, and each command's exit
 * codes and examples at the end.
 */
export function helpConfiguration(): Partial<Help> {
  const base = new Help();
  let listingFrom: Command | undefined;
  return {
    minWidthToWrap: 20,
    visibleCommands(cmd: Command): Command[] {
      const visible = base.visibleCommands.call(this, cmd);
      if (cmd.parent) return visible;
      // `mmf --help` lists runnable commands (`migrate helm-to-kustomize`), not only the groups.
      const help = visible.filter((c) => !cmd.commands.includes(c));
      return [...leaves(cmd), ...help];
    },
    subcommandTerm(sub: Command): string {
      const term = base.subcommandTerm.call(this, sub);
      if (!listingFrom || sub.parent === listingFrom || !sub.parent) return term;
      return `${commandPath(sub.parent, listingFrom)} ${term}`;
    },
    formatItem(term: string, termWidth: number, description: string, helper: Help): string {
      const width = helper.helpWidth ?? 80;
      // Too narrow for two columns: the description goes under the term, wrapped at the full width.
      if (!description || width - termWidth - 4 >= NARROW)
        return base.formatItem.call(this, term, termWidth, description, helper);
      const wrapped = helper.boxWrap(description, width - 6).replace(/\n/g, '\n      ');
      return `  ${term}\n      ${wrapped}`;
    },
    optionDescription(option: Option): string {
      // A repeatable option's empty list is no default worth showing.
      const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
      const shown = empty
        ? Object.assign(Object.create(option) as Option, { defaultValue: undefined })
        : option;
      const text = base.optionDescription.call(this, shown);
      return isRequired(option) ? `${text} (required)` : text;
    },
    formatHelp(cmd: Command, helper: Help): string {
      listingFrom = cmd;
      try {
        const text = base.formatHelp.call(helper, cmd, helper);
        const codes = exitCodesOf(cmd) ?? GENERAL_EXIT_CODES;
        const lines = [text.replace(/\n+$/, ''), '', 'Exit codes:'];
        for (const [code, meaning] of Object.entries(codes))
          lines.push(helper.formatItem(code, 1, meaning, helper));
        const shown = examplesOf(cmd);
        if (shown.length) lines.push('', shown.length > 1 ? 'Examples:' : 'Example:');
        for (const example of shown) lines.push(wrapCommand(example, helper.helpWidth ?? 80));
        if (!cmd.parent) lines.push('', helper.boxWrap(ROOT_FOOTER, helper.helpWidth ?? 80));
        return lines.join('\n') + '\n';
      } finally {
        listingFrom = undefined;
      }
    },
  };
}

/** A command line for the help, indented and broken with `\` (so it still pastes into a shell) before options. */
export function wrapCommand(line: string, width: number): string {
  // An option and its value stay on one line where they fit on one.
  const groups: string[] = [];
  for (const word of line.split(' '))
    if (word.startsWith('--') || !groups.length) groups.push(word);
    else groups[groups.length - 1] += ` ${word}`;
  const lines: string[] = [];
  let current = '';
  const indent = () => (lines.length ? '      ' : '  ');
  const add = (piece: string) => {
    if (current && indent().length + current.length + 1 + piece.length + 2 > width) {
      lines.push(`${indent()}${current} \\`);
      current = piece;
    } else current = current ? `${current} ${piece}` : piece;
  };
  // A group too long for a line of its own is broken between its words too.
  for (const group of groups)
    if (6 + group.length + 2 > width) group.split(' ').forEach(add);
    else add(group);
  lines.push(`${indent()}${current}`);
  return lines.join('\n');
}

/** Below this many columns for descriptions, each description goes under its term instead. */
const NARROW = 30;

const ROOT_FOOTER =
  "Run `mmf <command> --help` for a command's options. With --json, every command prints one JSON " +
  'document on stdout: {command, ok, exitCode, result, error}.';
