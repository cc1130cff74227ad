import { MmfError } from '../../../kernel/errors.js';
import { readXml } from '../xml/read-xml.js';
import { addLine, type CoverageReport, type RawFileCoverage } from './line-coverage.js';

/**
 * Cobertura XML (coverage.py `coverage xml`, gocover-cobertura, Cobertura,
 * many others): <sources><source> folders, then
 * packages/package/classes/class[@filename]/lines/line[@number,@hits]. The
 * lines under <methods> repeat the class's lines and are not read again.
 */
export function parseCobertura(text: string, report: string): CoverageReport {
  const files = new Map<string, RawFileCoverage>();
  const sourceRoots: string[] = [];
  let current: Map<number, number> | undefined;
  let inMethods = 0;
  readXml(text, report, {
    open({ name, attributes }, depth) {
      if (depth === 0 && name !== 'coverage')
        throw new MmfError('E_REPORT_PARSE', `not Cobertura XML: the root element is <${name}>`, {
          file: report,
        });
      if (name === 'source') return true;
      if (name === 'methods') inMethods += 1;
      else if (name === 'class') {
        const path = attributes['filename'] ?? '';
        let file = files.get(path);
        if (!file) {
          file = { path, lines: new Map() };
          files.set(path, file);
        }
        current = file.lines;
      } else if (name === 'line' && current && inMethods === 0) {
        const line = Number(attributes['number']);
        const hits = Number(attributes['hits'] ?? '0');
        if (Number.isInteger(line) && line > 0)
          addLine(current, line, Number.isFinite(hits) ? Math.max(0, hits) : 0);
      }
      return false;
    },
    close(name, text) {
      if (name === 'source' && text?.trim()) sourceRoots.push(text.trim());
      else if (name === 'methods') inMethods -= 1;
      else if (name === 'class') current = undefined;
    },
  });
  files.delete('');
  return { format: 'cobertura', report, files: [...files.values()], sourceRoots };
}
