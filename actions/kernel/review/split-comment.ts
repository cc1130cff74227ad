import type { MarkdownBlocks } from './render-review-markdown.js';

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's note limit. */
export const GITLAB_NOTE_LIMIT = 1_000_000;

/** The hidden marker that finds "our" comment again: one per (workflow, job, chart) id and part. */
export function commentMarker(id: string, part: number): string {
  return `<!-- mmf-actions:review id="${id.replace(/"|-->/g, '_')}" part="${part}" -->`;
}

/** Reads the part number of one of our comments with this id, or undefined. */
export function markerPart(body: string, id: string): number | undefined {
  const prefix = commentMarker(id, 0).replace(/part="0" -->$/, 'part="');
  if (!body.startsWith(prefix)) return undefined;
  const part = Number(/^(\d+)" -->/.exec(body.slice(prefix.length))?.[1]);
  return Number.isInteger(part) && part > 0 ? part : undefined;
}

/** Room kept in every part for the marker, the part heading, the footer and closing/reopening a fence. */
const RESERVE = 600;

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

/**
 * Cuts a review into comment bodies of at most `limit` characters, at
 * resource boundaries (inside a resource only when it alone is too big), each
 * starting with our marker and saying "part i of n". Nothing is dropped.
 */
export function splitComment(
  blocks: MarkdownBlocks,
  id: string,
  title: string,
  limit = GITHUB_COMMENT_LIMIT,
): string[] {
  const budget = limit - RESERVE;
  const parts: string[][] = [[blocks.header]];
  let size = blocks.header.length;
  for (const block of blocks.resources) {
    // An oversized resource starts in the room left in this part (if worth it) and continues in the next ones.
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
  const total = parts.length;
  return parts.map((content, i) => {
    const head = [commentMarker(id, i + 1)];
    if (i > 0) head.push(`### ${title} (part ${i + 1} of ${total})`, '');
    const foot = total > 1 ? ['', `<sub>Part ${i + 1} of ${total}.</sub>`] : [];
    const body = [...head, ...content, ...foot].join('\n');
    if (body.length > limit)
      throw new Error(`comment part ${i + 1} is ${body.length} characters, over ${limit}`);
    return body;
  });
}
