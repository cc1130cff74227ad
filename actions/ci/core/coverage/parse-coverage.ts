import { MmfError } from '../../../kernel/errors.js';
import type { CoverageReport } from './line-coverage.js';
import { parseCobertura } from './parse-cobertura.js';
import { parseGoCover } from './parse-go-cover.js';
import { isIstanbulSummary, parseIstanbulFinal, parseIstanbulSummary } from './parse-istanbul.js';
import { parseJacoco } from './parse-jacoco.js';
import { parseLcov } from './parse-lcov.js';

const FORMATS =
  'LCOV, Cobertura XML, JaCoCo XML, a Go cover profile, Istanbul coverage-final.json or coverage-summary.json';

/** The first element's name, past the XML declaration, comments and a DOCTYPE. */
function rootElement(text: string): string | undefined {
  return /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''))?.[1];
}

/** Reads any supported coverage report, telling the format from the content (not the file name). */
export function parseCoverage(text: string, report: string): CoverageReport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.trimStart();
  if (head.startsWith('<')) {
    const root = rootElement(head.slice(0, 64 * 1024));
    if (root === 'coverage') return parseCobertura(body, report);
    if (root === 'report') return parseJacoco(body, report);
    throw new MmfError(
      'E_REPORT_PARSE',
      `XML with root element <${root ?? '?'}> is not a coverage format this reads (${FORMATS})`,
      {
        file: report,
      },
    );
  }
  if (head.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (err) {
      throw new MmfError('E_REPORT_PARSE', `not valid JSON: ${(err as Error).message}`, { file: report });
    }
    const object = json as Record<string, unknown>;
    return isIstanbulSummary(object)
      ? parseIstanbulSummary(object, report)
      : parseIstanbulFinal(object, report);
  }
  if (head.startsWith('mode:')) return parseGoCover(body, report);
  if (/^(TN|SF):/m.test(head.slice(0, 64 * 1024))) return parseLcov(body, report);
  throw new MmfError('E_REPORT_PARSE', `not a coverage report this reads (${FORMATS})`, {
    file: report,
    hint: 'pass test reports with --junit and coverage reports with --coverage',
  });
}
