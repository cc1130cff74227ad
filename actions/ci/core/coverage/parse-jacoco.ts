import { MmfError } from '../../../kernel/errors.js';
import { readXml } from '../xml/read-xml.js';
import { addLine, type CoverageReport, type RawFileCoverage } from './line-coverage.js';

/**
 * JaCoCo XML (report.dtd): report › group* › package[@name] ›
 * sourcefile[@name] › line[@nr, @mi, @ci]. A line is instrumented when it has
 * instructions (mi + ci > 0) and covered when any ran (ci > 0). The path is
 * `<package>/<sourcefile>` (package names use `/`), relative to a source root
 * such as src/main/java that the report does not name; it is found in the
 * workspace by suffix.
 */
export function parseJacoco(text: string, report: string): CoverageReport {
  const files = new Map<string, RawFileCoverage>();
  let pkg = '';
  let current: Map<number, number> | undefined;
  readXml(text, report, {
    open({ name, attributes }, depth) {
      if (depth === 0 && name !== 'report')
        throw new MmfError('E_REPORT_PARSE', `not JaCoCo XML: the root element is <${name}>`, {
          file: report,
        });
      if (name === 'package') {
        // JaCoCo writes com/acme/shop; a dotted name (other writers) means the same folders.
        const raw = attributes['name'] ?? '';
        pkg = raw.includes('/') ? raw : raw.replace(/\./g, '/');
      }
      if (name === 'sourcefile') {
        const file = attributes['name'] ?? '';
        const path = pkg ? `${pkg}/${file}` : file;
        let entry = files.get(path);
        if (!entry) {
          entry = { path, lines: new Map() };
          files.set(path, entry);
        }
        current = entry.lines;
      } else if (name === 'line' && current) {
        const line = Number(attributes['nr']);
        const missed = Number(attributes['mi'] ?? '0');
        const covered = Number(attributes['ci'] ?? '0');
        if (Number.isInteger(line) && line > 0 && missed + covered > 0) addLine(current, line, covered);
      }
      return false;
    },
    close(name) {
      if (name === 'sourcefile') current = undefined;
      else if (name === 'package') pkg = '';
    },
  });
  return { format: 'jacoco', report, files: [...files.values()], sourceRoots: [] };
}
