import type { FileCoverage } from '../coverage/line-coverage.js';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const rate = (covered: number, lines: number) => (lines === 0 ? '1' : (covered / lines).toFixed(4));

/**
 * The merged line coverage as Cobertura XML, the format GitLab's
 * `coverage_report` shows in the merge request diff: one <class> per
 * workspace file with its lines and hits, paths relative to the project
 * (the `<source>` is `.`). Files known only by totals (Istanbul json-summary)
 * have no lines to show and are left out; so are files outside the workspace.
 */
export function renderCobertura(files: readonly FileCoverage[], timestamp = 0): string {
  const kept = files.filter((f) => f.inWorkspace && f.lines && f.lines.size > 0);
  let all = 0;
  let hit = 0;
  const classes = kept.map((file) => {
    const lines = [...(file.lines as Map<number, number>)].sort(([a], [b]) => a - b);
    const covered = lines.filter(([, hits]) => hits > 0).length;
    all += lines.length;
    hit += covered;
    const name = escapeXml(file.path);
    return [
      `        <class name="${name}" filename="${name}" line-rate="${rate(covered, lines.length)}" branch-rate="0" complexity="0">`,
      '          <methods/>',
      '          <lines>',
      ...lines.map(([line, hits]) => `            <line number="${line}" hits="${hits}" branch="false"/>`),
      '          </lines>',
      '        </class>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate(hit, all)}" branch-rate="0" lines-covered="${hit}" lines-valid="${all}" branches-covered="0" branches-valid="0" complexity="0" version="mmf" timestamp="${timestamp}">`,
    '  <sources>',
    '    <source>.</source>',
    '  </sources>',
    '  <packages>',
    '    <package name="." line-rate="' + rate(hit, all) + '" branch-rate="0" complexity="0">',
    '      <classes>',
    ...classes,
    '      </classes>',
    '    </package>',
    '  </packages>',
    '</coverage>',
    '',
  ].join('\n');
}
