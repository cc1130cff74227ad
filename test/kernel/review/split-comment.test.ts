import { commentMarker, markerPart, splitComment } from '../../../actions/kernel/review/split-comment.js';

const block = (i: number, lines: number, width = 60) =>
  [
    `<details><summary>✏️ <b>prod</b>: ConfigMap/c${i}: changed</summary>`,
    '',
    '````diff',
    ...Array.from({ length: lines }, (_, n) => `+  key${n}: ${'x'.repeat(width)}`),
    '````',
    '',
    '</details>',
    '',
  ].join('\n');

describe('splitComment', () => {
  test('a small review is one part with the marker and no part footer', () => {
    const parts = splitComment(
      { header: '### Review\n', resources: [block(1, 3)] },
      'wf/job/chart',
      'Review',
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]?.startsWith(commentMarker('wf/job/chart', 1))).toBe(true);
    expect(parts[0]).not.toContain('Part 1 of');
  });

  test('a large review splits at resource boundaries into numbered parts under the limit, losing nothing', () => {
    const resources = Array.from({ length: 60 }, (_, i) => block(i, 40));
    const parts = splitComment({ header: '### Review\n', resources }, 'id', 'Review');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, p] of parts.entries()) {
      expect(p.length).toBeLessThanOrEqual(65_536);
      expect(markerPart(p, 'id')).toBe(i + 1);
      expect(p).toContain(`Part ${i + 1} of ${parts.length}`);
      expect(p.match(/<details>/g)?.length).toBe(p.match(/<\/details>/g)?.length);
    }
    for (const r of resources) expect(parts.some((p) => p.includes(r))).toBe(true);
  });

  test('one resource bigger than a comment is cut inside its code block, which is closed and reopened', () => {
    const huge = block(1, 3000);
    const parts = splitComment({ header: '### Review\n', resources: [huge] }, 'id', 'Review');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(65_536);
      expect((p.match(/^````/gm) ?? []).length % 2).toBe(0);
    }
    expect(parts[1]).toContain('(continued)</summary>');
    const lines = parts
      .join('\n')
      .split('\n')
      .filter((l) => l.startsWith('+  key'));
    expect(lines).toHaveLength(3000);
  });

  test('markers of other ids or plain comments are not ours', () => {
    expect(markerPart(commentMarker('a', 2) + '\nbody', 'a')).toBe(2);
    expect(markerPart(commentMarker('b', 2), 'a')).toBeUndefined();
    expect(markerPart('hello', 'a')).toBeUndefined();
  });
});
