/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's note limit. */
export const GITLAB_NOTE_LIMIT = 1_000_000;

/** The hidden marker that finds "our" comment again: one per (workflow, job, chart) id and part. */
export function commentMarker(id: string, part: number): string {
  return `<!-- mmf-actions:review id="${id.replace(/"|-->/g, '_').slice(0, 200)}" part="${part}" -->`;
}

/** Reads the part number of one of our comments with this id, or undefined. */
export function markerPart(body: string, id: string): number | undefined {
  const prefix = commentMarker(id, 0).replace(/part="0" -->$/, 'part="');
  if (!body.startsWith(prefix)) return undefined;
  const part = Number(/^(\d+)" -->/.exec(body.slice(prefix.length))?.[1]);
  return Number.isInteger(part) && part > 0 ? part : undefined;
}

/** Room kept in every part for the marker, the part heading, the footer, the overflow note and closing/reopening a fence. */
const RESERVE = 1200;

/** Splits one oversized block at line boundaries, closing and reopening code fences and <details>. */
function splitBlock(block: string, budget: number, first: number): string[] {
  const summary = /^<details><summary>(.*)<\/summary>/.exec(block)?.[1];
  // Hard-wrap any single line longer than half a part; nothing is dropped.
  const lines = block.split('\n').flatMap((line) => {
    const width = Math.floor(budget / 2);
    const out: string[] = [];
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
    return out.length ? out : [''];
  });
  const chunks: string[] = [];
  let fence: string | undefined;
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    // 100 characters stay free for the closing fence and </details>.
    if (size + line.length + 1 > (chunks.length ? budget : first) - 100 && current.length) {
      const closing = fence ? [fence.replace(/[^`]/g, '')] : [];
      chunks.push([...current, ...closing, ...(summary !== undefined ? ['', '</details>'] : [])].join('\n'));
      current = [
        ...(summary !== undefined ? [`<details><summary>${summary} (continued)</summary>`, ''] : []),
        ...(fence ? [fence] : []),
      ];
      size = current.join('\n').length;
    }
    current.push(line);
    size += line.length + 1;
    if (/^`{3,}/.test(line)) fence = fence ? undefined : line;
  }
  if (current.length) chunks.push(current.join('\n'));
  return chunks;
}

export interface SplitOptions {
  /** Marker id: finds our comment again (see commentMarker). */
  id: string;
  /** Heading repeated on parts after the first. */
  title: string;
  /** Characters per comment: GITHUB_COMMENT_LIMIT (default) or GITLAB_NOTE_LIMIT. */
  limit?: number;
  /** Post at most this many parts; the last one then ends with `overflow(omitted)` instead. */
  maxParts?: number;
  /** Markdown saying where the rest is (the run, the uploaded report); at most 400 characters. */
  overflow?: (omittedParts: number) => string;
}

export interface SplitResult {
  /** Comment bodies, each at most `limit` characters and starting with its marker. */
  parts: string[];
  /** Parts that `maxParts` kept back (0 when everything was posted). */
  omitted: number;
}

/**
 * Cuts Markdown blocks (renderReportMarkdown) into comment bodies of at most
 * `limit` characters, between blocks (inside one only when it alone is too
 * big, with fences and <details> closed and reopened), each starting with our
 * marker and saying "part i of n". Nothing is dropped unless `maxParts` says
 * so, and then the last part says so and where the full report is.
 */
export function splitComment(blocks: readonly string[], options: SplitOptions): SplitResult {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const title = options.title.length > 200 ? `${options.title.slice(0, 199)}…` : options.title;
  const budget = limit - RESERVE;
  const parts: string[][] = [[]];
  let size = 0;
  for (const block of blocks) {
    // An oversized block starts in the room left in this part (if worth it) and continues in the next ones.
    const room = budget - size;
    const pieces =
      block.length > budget ? splitBlock(block, budget, room > budget / 4 ? room : budget) : [block];
    for (const piece of pieces) {
      if (size + piece.length + 1 > budget && (parts[parts.length - 1] as string[]).length) {
        parts.push([]);
        size = 0;
      }
      (parts[parts.length - 1] as string[]).push(piece);
      size += piece.length + 1;
    }
  }
  const max = Math.max(1, options.maxParts ?? Number.POSITIVE_INFINITY);
  const kept = parts.slice(0, max);
  const omitted = parts.length - kept.length;
  const total = kept.length;
  const bodies = kept.map((content, i) => {
    const head = [commentMarker(options.id, i + 1)];
    if (i > 0) head.push(`### ${title} (part ${i + 1} of ${total})`, '');
    const foot = total > 1 ? ['', `<sub>Part ${i + 1} of ${total}.</sub>`] : [];
    if (omitted && i === total - 1)
      foot.push(
        '',
        (options.overflow?.(omitted) ?? `> ${omitted} more part(s) of this report were not posted.`).slice(
          0,
          400,
        ),
      );
    const body = [...head, ...content, ...foot].join('\n');
    if (body.length > limit)
      throw new Error(`comment part ${i + 1} is ${body.length} characters, over ${limit}`);
    return body;
  });
  return { parts: bodies, omitted };
}
