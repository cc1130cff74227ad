import type { PathResolver } from '../paths/workspace-paths.js';
import type { TestCaseResult } from './test-case.js';

export interface SourceLocation {
  path: string;
  line: number;
}

interface Frame {
  path: string;
  line: number;
  /** Java/Kotlin frames name a class: its package gives the folders. */
  javaClass?: string;
}

/** Frames of libraries and runtimes: never where a test failed. */
const FOREIGN =
  /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|vendor)\/|^node:|^internal\/|<anonymous>|^\/usr\/(local\/)?(lib|go)\//;

const PATTERNS: Array<{ re: RegExp; order: 'innermost' | 'outermost'; java?: boolean }> = [
  // Python traceback: File "tests/test_cart.py", line 12, in test_total
  { re: /File "([^"]+)", line (\d+)/g, order: 'innermost' },
  // pytest's short form: tests/test_cart.py:12: AssertionError
  { re: /^([^\s:"'()]+\.py):(\d+):/gm, order: 'innermost' },
  // JS/TS stack: at fn (/abs/src/cart.test.ts:12:5) | at /abs/src/cart.test.ts:12:5 | file:///…
  { re: /\bat (?:.*? \()?((?:file:\/\/)?[^\s()]+?):(\d+):\d+\)?$/gm, order: 'outermost' },
  // Java/Kotlin: at com.acme.CartTest.total(CartTest.java:12)
  {
    re: /\bat ([\w$.]+)\.[\w$<>\- ]+\(([\w$-]+\.(?:java|kt|groovy|scala)):(\d+)\)/g,
    order: 'outermost',
    java: true,
  },
  // Go: cart_test.go:12: want 3, got 4 (relative to the package folder)
  { re: /(?:^|\s)([\w.\-/]+\.go):(\d+):/gm, order: 'outermost' },
];

function frames(text: string): Frame[][] {
  return PATTERNS.map(({ re, order, java }) => {
    const found: Frame[] = [];
    for (const m of text.matchAll(re)) {
      const frame: Frame = java
        ? { path: m[2] as string, line: Number(m[3]), javaClass: m[1] as string }
        : { path: m[1] as string, line: Number(m[2]) };
      if (frame.line > 0 && !FOREIGN.test(frame.path)) found.push(frame);
    }
    return order === 'innermost' ? found.reverse() : found;
  });
}

/** Where a test file probably lives, from its classname: `tests.test_cart` → tests/test_cart.py. */
function classnameHints(c: TestCaseResult): string[] {
  const parts = c.classname.split('.').filter(Boolean);
  if (parts.length === 0 || c.classname.includes('/') || c.classname.includes(' ')) return [];
  const hints: string[] = [];
  for (let n = parts.length; n > 0 && hints.length < 4; n--) {
    const stem = parts.slice(0, n).join('/');
    hints.push(`${stem}.py`, `${stem}.java`, `${stem}.kt`);
  }
  return hints;
}

/**
 * Where a failing test failed, as a workspace file and line: the report's own
 * file/line attributes when they name a workspace file, else the stack trace
 * or failure text (Python tracebacks and pytest's `file.py:N:`, JS stack
 * frames, Java `at pkg.Class(File.java:N)`, Go `file_test.go:N:` relative to
 * its package). A frame in the test's own file wins over one in code it calls.
 */
export function failureLocation(c: TestCaseResult, resolver: PathResolver): SourceLocation | undefined {
  const reportDir = c.report.includes('/') ? c.report.slice(0, c.report.lastIndexOf('/')) : '';
  const goDir = resolver.goPackageDir(c.classname);
  const bases = [...(goDir !== undefined ? [goDir] : []), reportDir];
  const ownFile = c.file ? resolver.resolve(c.file, bases) : undefined;
  if (ownFile && c.line) return { path: ownFile, line: c.line };

  const hinted = new Set(
    classnameHints(c)
      .map((h) => resolver.resolve(h))
      .filter((p): p is string => !!p),
  );
  if (ownFile) hinted.add(ownFile);
  const text = [c.details, c.message, c.output].filter(Boolean).join('\n');
  const resolved: SourceLocation[] = [];
  for (const group of frames(text)) {
    for (const frame of group) {
      const path = frame.javaClass ? resolveJava(frame, resolver) : resolver.resolve(frame.path, bases);
      if (path) resolved.push({ path, line: frame.line });
    }
  }
  const inOwnFile = resolved.find((l) => hinted.has(l.path));
  if (inOwnFile) return inOwnFile;
  if (ownFile) return { path: ownFile, line: 1 };
  return resolved[0];
}

/** `com.acme.CartTest$Inner` + `CartTest.java` → …/com/acme/CartTest.java in the workspace. */
function resolveJava(frame: Frame, resolver: PathResolver): string | undefined {
  const segments = (frame.javaClass as string).split('.');
  segments.pop(); // the class itself (the method was already cut off by the pattern)
  const pkg = segments.join('/');
  return resolver.resolve(pkg ? `${pkg}/${frame.path}` : frame.path);
}
