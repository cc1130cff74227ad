import { MmfError } from '../../../kernel/errors.js';
import { readXml, type XmlTag } from '../xml/read-xml.js';
import type { TestCaseResult, TestOutcome } from './test-case.js';

/** How a failure of one run is written: JUnit's <failure>/<error>, Surefire's rerun and flaky elements. */
const FAILURES = new Set(['failure', 'error']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
const FLAKES = new Set(['flakyFailure', 'flakyError']);
const OUTPUT = new Set(['system-out', 'system-err']);

interface OpenCase {
  suite: string;
  suiteFile?: string;
  attributes: Readonly<Record<string, string>>;
  outcome?: Exclude<TestOutcome, 'passed'>;
  message?: string;
  type?: string;
  details: string[];
  /** Traces of reruns and flaky runs: the details when the final result has none. */
  runDetails: string[];
  output: string[];
  reruns: number;
  flakes: number;
  /** The rerun/flaky element being read (its stackTrace, output). */
  inRun?: string;
}

/** Seconds as JUnit writes them (`1.5`, `1,234.5`) to milliseconds. */
function durationMs(time: string | undefined): number | undefined {
  if (time === undefined || time.trim() === '') return undefined;
  const seconds = Number(time.includes(',') ? time.replace(/,/g, '') : time);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}

function positiveInt(text: string | undefined): number | undefined {
  const n = text === undefined ? NaN : Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);

/**
 * JUnit XML as pytest, jest-junit, go-junit-report, Maven Surefire/Failsafe,
 * Gradle and other xUnit-style tools write it: <testsuites> or a single
 * <testsuite> root, suites nested in suites, <failure> vs <error>, <skipped>,
 * system-out/err, file/line attributes, and Surefire's reruns: a case with
 * <flakyFailure>/<flakyError> (or a <rerunFailure>/<rerunError> but no final
 * <failure>) passed on a rerun and is flaky; one with <failure> and reruns
 * failed every run.
 */
export function parseJunit(text: string, report: string): TestCaseResult[] {
  const cases: TestCaseResult[] = [];
  const suites: Array<{ name: string; file?: string }> = [];
  let current: OpenCase | undefined;
  let sawRoot = false;

  const open = (tag: XmlTag, depth: number): boolean => {
    const { name, attributes } = tag;
    if (depth === 0) {
      sawRoot = true;
      if (name !== 'testsuites' && name !== 'testsuite')
        throw new MmfError(
          'E_REPORT_PARSE',
          `not a JUnit XML report: the root element is <${name}>, not <testsuites> or <testsuite>`,
          { file: report, hint: 'pass coverage files with --coverage and test reports with --junit' },
        );
    }
    if (name === 'testsuite') {
      const parent = suites[suites.length - 1];
      suites.push({
        name: attributes['name'] || parent?.name || '',
        ...(attributes['file'] ? { file: attributes['file'] } : parent?.file ? { file: parent.file } : {}),
      });
      return false;
    }
    if (name === 'testcase') {
      const suite = suites[suites.length - 1];
      current = {
        suite: suite?.name ?? '',
        ...(suite?.file ? { suiteFile: suite.file } : {}),
        attributes,
        details: [],
        runDetails: [],
        output: [],
        reruns: 0,
        flakes: 0,
      };
      return false;
    }
    if (!current) return false;
    if (current.inRun) return name === 'stackTrace';
    if (FAILURES.has(name)) {
      current.outcome ??= name === 'failure' ? 'failed' : 'error';
      current.message ??= attributes['message']?.trim() || undefined;
      current.type ??= attributes['type']?.trim() || undefined;
      return true;
    }
    if (name === 'skipped') {
      if (!current.outcome) {
        current.outcome = 'skipped';
        current.message ??= attributes['message']?.trim() || undefined;
      }
      return true;
    }
    if (RERUNS.has(name) || FLAKES.has(name)) {
      current.inRun = name;
      if (RERUNS.has(name)) current.reruns += 1;
      else current.flakes += 1;
      current.message ??= attributes['message']?.trim() || undefined;
      current.type ??= attributes['type']?.trim() || undefined;
      return true;
    }
    return OUTPUT.has(name);
  };

  const close = (name: string, text: string | undefined) => {
    if (name === 'testsuite') {
      suites.pop();
      return;
    }
    if (!current) return;
    if (name === 'testcase') {
      cases.push(finish(current, report));
      current = undefined;
      return;
    }
    const body = text?.trim();
    if (current.inRun) {
      if (name === current.inRun) current.inRun = undefined;
      if ((name === 'stackTrace' || RERUNS.has(name) || FLAKES.has(name)) && body)
        current.runDetails.push(body);
      return;
    }
    if (FAILURES.has(name) || name === 'skipped') {
      if (body) {
        if (name !== 'skipped') current.details.push(body);
        else current.message ??= firstLine(body);
      }
    } else if (OUTPUT.has(name) && body) current.output.push(body);
  };

  readXml(text, report, { open, close });
  if (!sawRoot) throw new MmfError('E_REPORT_PARSE', 'the file holds no XML element', { file: report });
  return cases;
}

function finish(open: OpenCase, report: string): TestCaseResult {
  const a = open.attributes;
  const failedAtLeastOnce = open.flakes > 0 || open.reruns > 0;
  // A rerun failure with no final <failure>/<error> means a later run passed.
  const outcome: TestOutcome =
    open.outcome === 'failed' || open.outcome === 'error' || open.outcome === 'skipped'
      ? open.outcome
      : 'passed';
  const flaky = outcome === 'passed' && failedAtLeastOnce;
  // A flaky case has only its failed runs' traces; a failed one its final failure's (reruns repeat it).
  const details = (open.details.length ? open.details : open.runDetails).join('\n\n');
  const message =
    open.message ?? (outcome === 'failed' || outcome === 'error' ? firstLine(details) : undefined);
  const file = a['file'] || open.suiteFile;
  const line = positiveInt(a['line']);
  const duration = durationMs(a['time']);
  // Built field by field: optional fields are left out, not set to undefined (50,000 cases, no spreads).
  const result: TestCaseResult = {
    suite: open.suite,
    classname: a['classname'] ?? a['class'] ?? '',
    name: a['name'] ?? '',
    outcome,
    flaky,
    reruns: open.reruns + open.flakes,
    report,
  };
  if (message) result.message = message;
  if (open.type) result.type = open.type;
  if (details) result.details = details;
  if (open.output.length) result.output = open.output.join('\n');
  if (duration !== undefined) result.durationMs = duration;
  if (file) result.file = file;
  if (line !== undefined) result.line = line;
  return result;
}
