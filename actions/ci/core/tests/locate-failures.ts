import type { PathResolver } from '../paths/workspace-paths.js';
import { failureLocation, type SourceLocation } from './failure-location.js';
import type { TestCaseResult } from './test-case.js';

export interface LocatedCase {
  test: TestCaseResult;
  location?: SourceLocation;
}

/** The failed cases with where they failed (when it can be told); the others as they are. */
export function locateFailures(cases: readonly TestCaseResult[], resolver: PathResolver): LocatedCase[] {
  return cases.map((test) => {
    if (test.outcome !== 'failed' && test.outcome !== 'error') return { test };
    const location = failureLocation(test, resolver);
    return location ? { test, location } : { test };
  });
}

/** `tests.test_cart › test_total`, or just the name when the classname adds nothing. */
export function displayName(test: Pick<TestCaseResult, 'classname' | 'name'>): string {
  if (!test.classname || test.name.includes(test.classname)) return test.name;
  return `${test.classname} › ${test.name}`;
}
