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
    const parts = splitComment(['### Review\n', ...[block(1, 3)]], {
      id: 'wf/job/chart',
      title: 'Review',
    }).parts;
    expect(parts).toHaveLength(1);
    expect(parts[0]?.startsWith(commentMarker('wf/job/chart', 1))).toBe(true);
    expect(parts[0]).not.toContain('Part 1 of');
  });

  test('a large review splits at resource boundaries into numbered parts under the limit, losing nothing', () => {
    const resources = Array.from({ length: 60 }, (_, i) => block(i, 40));
    const parts = splitComment(['### Review\n', ...resources], { id: 'id', title: 'Review' }).parts;
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
    const parts = splitComment(['### Review\n', ...[huge]], { id: 'id', title: 'Review' }).parts;
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

  test('maxParts keeps the first parts and ends the last with the overflow note', () => {
    const resources = Array.from({ length: 60 }, (_, i) => block(i, 40));
    const all = splitComment(['### Review\n', ...resources], { id: 'id', title: 'Review' });
    expect(all.parts.length).toBeGreaterThan(2);
    expect(all.omitted).toBe(0);
    const cut = splitComment(['### Review\n', ...resources], {
      id: 'id',
      title: 'Review',
      maxParts: 2,
      overflow: (n) => `> ${n} more part(s): see [the run](https://example.test/run)`,
    });
    expect(cut.parts).toHaveLength(2);
    expect(cut.omitted).toBe(all.parts.length - 2);
    expect(cut.parts[0]).toContain('Part 1 of 2');
    expect(cut.parts[1]).toContain('Part 2 of 2');
    expect(cut.parts[1]).toContain(
      `> ${all.parts.length - 2} more part(s): see [the run](https://example.test/run)`,
    );
    expect(cut.parts[0]).not.toContain('more part(s)');
    for (const p of cut.parts) expect(p.length).toBeLessThanOrEqual(65_536);
  });

  test('GitLab notes take up to 1,000,000 characters: the same review fits one note', () => {
    const resources = Array.from({ length: 60 }, (_, i) => block(i, 40));
    const { parts } = splitComment(['### Review\n', ...resources], {
      id: 'id',
      title: 'Review',
      limit: 1_000_000,
    });
    expect(parts).toHaveLength(1);
    for (const r of resources) expect(parts[0]).toContain(r);
  });

  test('markers of other ids or plain comments are not ours', () => {
    expect(markerPart(commentMarker('a', 2) + '\nbody', 'a')).toBe(2);
    expect(markerPart(commentMarker('b', 2), 'a')).toBeUndefined();
    expect(markerPart('hello', 'a')).toBeUndefined();
  });
});
