import { MmfError } from '../../kernel/errors.js';

/** Unquoted, these mean something only to a shell: refused so that nothing silently runs differently. */
const SHELL_SYNTAX = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '\n']);

/**
 * Splits a command line into an argument array, with a deliberately small rule:
 * - words are separated by spaces or tabs;
 * - '…' keeps everything inside as it is;
 * - "…" keeps everything inside except that \" and \\ stand for " and \;
 * - outside quotes, a backslash keeps the next character as it is.
 * Nothing is expanded: no variables, globs, `~`, pipes or redirections. An
 * unquoted shell character (| & ; < > ( ) $ ` * ?) or a leading NAME=value
 * is refused with a hint to run the command through a shell instead.
 */
export function splitCommandLine(line: string, label: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const refuse = (what: string) =>
    new MmfError('E_USAGE', `command "${label}": ${what}; commands run without a shell`, {
      hint: 'quote it, or run the command through sh with shell: true (--shell)',
    });
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === ' ' || ch === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw refuse('a single quote is not closed');
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (ch === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) j += 1;
        word += line[j];
      }
      if (j >= line.length) throw refuse('a double quote is not closed');
      i = j;
    } else if (ch === '\\') {
      if (i + 1 >= line.length) throw refuse('it ends with a backslash');
      word += line[i + 1];
      inWord = true;
      i += 1;
    } else if (SHELL_SYNTAX.has(ch)) {
      throw refuse(ch === '\n' ? 'it spans several lines' : `"${ch}" is shell syntax`);
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  if (words.length === 0) throw refuse('it is empty');
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] as string))
    throw refuse(`"${words[0]}" sets an environment variable, which needs a shell`);
  return words;
}
