import { MmfError } from '../../kernel/errors.js';

/** The gates a run can be held to; each is off unless set. */
export interface GateSettings {
  /** Overall line coverage, percent (0–100). */
  minCoverage?: number;
  /** Coverage of the lines the change added or changed, percent (0–100). */
  minChangedLinesCoverage?: number;
  /** Failed tests (failures and errors) allowed. */
  maxFailures?: number;
  /** Fail when any test passed only on a rerun. */
  failOnFlaky?: boolean;
}

export interface GateResult {
  /** `min-coverage`, `min-changed-lines-coverage`, `max-failures`, `fail-on-flaky` or `command:<name>`. */
  name: string;
  ok: boolean;
  /** The measured value: a percent, a count, an exit code; null when nothing was measured. */
  actual: number | null;
  threshold: number;
  /** One line for people: why it passed or failed. */
  summary: string;
}

export interface GateInputs {
  coverage: { lines: number; percent: number | null } | undefined;
  changedLines: { lines: number; percent: number | null } | undefined;
  tests: { failed: number; flaky: number } | undefined;
  commands: ReadonlyArray<{ name: string; exitCode: number; timedOut?: boolean }>;
}

const pct = (n: number) => `${n.toFixed(2)}%`;

/** A gate value from a flag or input: a number in range, else E_USAGE naming the setting. */
export function parseGateNumber(
  setting: string,
  value: string | undefined,
  kind: 'percent' | 'count',
): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim().replace(/%$/, ''));
  const ok = kind === 'percent' ? Number.isFinite(n) && n >= 0 && n <= 100 : Number.isInteger(n) && n >= 0;
  if (!ok)
    throw new MmfError(
      'E_USAGE',
      `${setting} must be ${kind === 'percent' ? 'a percentage from 0 to 100' : 'a whole number, 0 or more'}, not "${value}"`,
    );
  return n;
}

/**
 * Evaluates the gates that are set, in a fixed order, plus one gate per named
 * command (a command that exits non-zero fails the run). Coverage gates with
 * nothing measured: overall coverage fails (no data is not 100 %), changed
 * lines pass (a change with no instrumented lines, such as docs, has nothing
 * to cover).
 */
export function evaluateGates(settings: GateSettings, inputs: GateInputs): GateResult[] {
  const gates: GateResult[] = [];
  for (const command of inputs.commands) {
    const ok = command.exitCode === 0;
    gates.push({
      name: `command:${command.name}`,
      ok,
      actual: command.exitCode,
      threshold: 0,
      summary: ok
        ? `${command.name} exited 0`
        : command.timedOut
          ? `${command.name} was stopped: it ran longer than its time limit`
          : `${command.name} exited ${command.exitCode}`,
    });
  }
  if (settings.minCoverage !== undefined) {
    const actual = inputs.coverage?.percent ?? null;
    const ok = actual !== null && actual >= settings.minCoverage;
    gates.push({
      name: 'min-coverage',
      ok,
      actual,
      threshold: settings.minCoverage,
      summary:
        actual === null
          ? 'no instrumented lines were measured'
          : `line coverage ${pct(actual)} ${ok ? '≥' : '<'} ${pct(settings.minCoverage)}`,
    });
  }
  if (settings.minChangedLinesCoverage !== undefined) {
    const actual = inputs.changedLines?.percent ?? null;
    const ok = actual === null || actual >= settings.minChangedLinesCoverage;
    gates.push({
      name: 'min-changed-lines-coverage',
      ok,
      actual,
      threshold: settings.minChangedLinesCoverage,
      summary:
        actual === null
          ? 'no instrumented line was added or changed'
          : `changed-lines coverage ${pct(actual)} ${ok ? '≥' : '<'} ${pct(settings.minChangedLinesCoverage)}`,
    });
  }
  if (settings.maxFailures !== undefined) {
    const actual = inputs.tests?.failed ?? 0;
    const ok = actual <= settings.maxFailures;
    gates.push({
      name: 'max-failures',
      ok,
      actual,
      threshold: settings.maxFailures,
      summary: `${actual} failed test${actual === 1 ? '' : 's'} ${ok ? '≤' : '>'} ${settings.maxFailures} allowed`,
    });
  }
  if (settings.failOnFlaky) {
    const actual = inputs.tests?.flaky ?? 0;
    gates.push({
      name: 'fail-on-flaky',
      ok: actual === 0,
      actual,
      threshold: 0,
      summary:
        actual === 0 ? 'no flaky test' : `${actual} test${actual === 1 ? '' : 's'} passed only on a rerun`,
    });
  }
  return gates;
}
