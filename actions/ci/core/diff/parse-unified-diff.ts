import { MmfError } from '../../../kernel/errors.js';

/** Lines added or changed per file (new-side line numbers, ascending), from a unified diff. */
export type ChangedLines = Map<string, number[]>;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ENCODER = new TextEncoder();
const [PLUS, MINUS, SPACE, BACKSLASH] = ['+', '-', ' ', '\\'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
];
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Git's C-style quoted path ("b/sp\303\251cial name") to the path. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const inner = text.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] as string;
    if (ch !== '\\') {
      bytes.push(...ENCODER.encode(ch));
      continue;
    }
    const next = inner[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** `b/path` (or a quoted form) of a `+++` line to the path; undefined for /dev/null. */
function newSidePath(spec: string): string | undefined {
  const path = unquoteGitPath(spec.replace(/\t.*$/, '').trim());
  if (path === '/dev/null') return undefined;
  return path.startsWith('b/') ? path.slice(2) : path;
}

/**
 * The added and changed lines of `git diff --unified=<n>` output (any context
 * size): for every file, the new-side numbers of `+` lines. Hunk line counts
 * are followed, so an added line that itself starts with `++` is not taken for
 * a file header. Deleted files and binary files add nothing.
 */
export function parseUnifiedDiff(text: string, label = 'git diff'): ChangedLines {
  const changed: ChangedLines = new Map();
  let file: number[] | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  let next = 0;
  let lineNo = 0;
  // Scanned in place: hunk lines are told by their first character, and only headers are cut out.
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo += 1;
    if (oldLeft > 0 || newLeft > 0) {
      const mark = text.charCodeAt(start);
      if (mark === PLUS) {
        file?.push(next);
        next += 1;
        newLeft -= 1;
      } else if (mark === MINUS) oldLeft -= 1;
      else if (mark === SPACE) {
        next += 1;
        oldLeft -= 1;
        newLeft -= 1;
      } else if (mark !== BACKSLASH)
        throw new MmfError('E_REPORT_PARSE', `line ${lineNo}: the hunk ends before its line counts say`, {
          file: label,
        });
    } else if (text.startsWith('+++ ', start)) {
      const path = newSidePath(text.slice(start + 4, end));
      file = undefined;
      if (path !== undefined) {
        file = changed.get(path) ?? [];
        changed.set(path, file);
      }
    } else if (text.startsWith('@@', start)) {
      const line = text.slice(start, end);
      const m = HUNK.exec(line);
      if (!m)
        throw new MmfError('E_REPORT_PARSE', `line ${lineNo}: "${line.slice(0, 60)}" is not a hunk header`, {
          file: label,
        });
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      next = Number(m[2]);
      newLeft = m[3] === undefined ? 1 : Number(m[3]);
    }
    start = end + 1;
  }
  for (const [path, lines] of changed) {
    if (lines.length === 0) changed.delete(path);
    // git writes hunks in order; sort only what is not.
    else if (lines.some((l, i) => i > 0 && l < (lines[i - 1] as number))) lines.sort((a, b) => a - b);
  }
  return changed;
}
