import { MmfError } from '../../../kernel/errors.js';
import type { TestCaseResult, TestOutcome } from './test-case.js';

/** One line of `go test -json` (cmd/test2json's TestEvent). */
interface TestEvent {
  Action?: string;
  Package?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
}

const MAX_OUTPUT = 64 * 1024;

interface Running {
  pkg: string;
  test?: string;
  output: string[];
  size: number;
  outcome?: TestOutcome;
  elapsed?: number;
}

/** Lines go test writes about a test rather than from it. */
const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP)|PASS$|FAIL$|ok\s|FAIL\s)/;

/**
 * The stream `go test -json ./...` writes: one case per test and subtest that
 * finished (`pass`, `fail`, `skip`), with its output; a package that failed
 * without a failing test (a build error, a panic in TestMain, a timeout)
 * becomes one failed case named after the package. Lines that are not JSON
 * (stderr mixed in with 2>&1) are skipped.
 */
export function parseGoTestJson(text: string, report: string): TestCaseResult[] {
  const running = new Map<string, Running>();
  const order: Running[] = [];
  const packagesWithFailures = new Set<string>();
  let lineNo = 0;
  let events = 0;
  for (const raw of text.split('\n')) {
    lineNo += 1;
    const line = raw.trim();
    if (!line.startsWith('{')) continue;
    let event: TestEvent;
    try {
      event = JSON.parse(line) as TestEvent;
    } catch (err) {
      throw new MmfError(
        'E_REPORT_PARSE',
        `line ${lineNo} is not a go test -json event: ${(err as Error).message}`,
        {
          file: report,
          hint: 'write the file with `go test -json ./... > report.json` (stdout only)',
        },
      );
    }
    if (typeof event !== 'object' || event === null || typeof event.Action !== 'string') continue;
    events += 1;
    const pkg = event.Package ?? '';
    const key = `${pkg}\u0000${event.Test ?? ''}`;
    let entry = running.get(key);
    if (!entry) {
      entry = { pkg, ...(event.Test ? { test: event.Test } : {}), output: [], size: 0 };
      running.set(key, entry);
      order.push(entry);
    }
    if (event.Action === 'output' && event.Output !== undefined) {
      if (entry.size < MAX_OUTPUT && !FRAMING.test(event.Output)) {
        entry.output.push(event.Output);
        entry.size += event.Output.length;
      }
    } else if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip') {
      entry.outcome = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
      if (typeof event.Elapsed === 'number') entry.elapsed = event.Elapsed;
      if (event.Test && event.Action === 'fail') packagesWithFailures.add(pkg);
    }
  }
  if (events === 0)
    throw new MmfError('E_REPORT_PARSE', 'no go test -json events in the file', {
      file: report,
      hint: 'pass JUnit XML, or the output of `go test -json ./...`',
    });

  const cases: TestCaseResult[] = [];
  for (const entry of order) {
    if (!entry.outcome) continue;
    const output = entry.output.join('').replace(/\s+$/, '');
    if (!entry.test) {
      // The package line: only a failure that no test explains is a case of its own.
      if (entry.outcome !== 'failed' || packagesWithFailures.has(entry.pkg)) continue;
    }
    const message =
      entry.outcome === 'failed'
        ? (output
            .split('\n')
            .map((l) => l.trim())
            .find(Boolean) ?? (entry.test ? 'test failed' : 'package failed'))
        : entry.outcome === 'skipped'
          ? output
              .split('\n')
              .map((l) => l.trim())
              .find(Boolean)
          : undefined;
    cases.push({
      suite: entry.pkg,
      classname: entry.pkg,
      name: entry.test ?? '(package)',
      outcome: entry.outcome,
      flaky: false,
      reruns: 0,
      ...(message ? { message } : {}),
      ...(entry.outcome === 'failed' && output ? { details: output } : {}),
      ...(entry.elapsed !== undefined ? { durationMs: Math.round(entry.elapsed * 1000) } : {}),
      report,
    });
  }
  return cases;
}
