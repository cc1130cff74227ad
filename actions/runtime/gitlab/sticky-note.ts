import { markerPart } from '../../kernel/review/split-comment.js';
import { projectRef, type GitLabClient } from './client.js';

export interface StickyNoteTarget {
  /** CI_PROJECT_ID (or the project path). */
  project: string | number;
  /** CI_MERGE_REQUEST_IID. */
  mergeRequestIid: number;
  /** Identifies our note among all others (the marker id: comment-id, by default job, chart, mode and output). */
  id: string;
}

export interface StickyNoteResult {
  /** The first part's note id. */
  noteId?: number;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

interface Note {
  id: number;
  body: string;
  system: boolean;
  author: { id: number; username: string };
}

/**
 * Creates or updates our merge request note (one per id, found by its hidden
 * marker) in place, one note per part, and deletes parts left over from a
 * longer earlier report, and duplicates. Only notes written by the token's
 * own user (GET /user) are touched: system notes and other people's notes
 * (even one that quotes our marker) are never edited or deleted. Failed
 * requests throw GitLabRequestError (the publisher classifies them).
 */
export async function upsertStickyNote(
  client: GitLabClient,
  target: StickyNoteTarget,
  parts: readonly string[],
): Promise<StickyNoteResult> {
  const result: StickyNoteResult = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const notesPath = `/projects/${projectRef(target.project)}/merge_requests/${target.mergeRequestIid}/notes`;
  const me = (await client.get<{ id: number }>('/user')).body.id;
  const notes = await client.paginate<Note>(notesPath, { sort: 'asc', order_by: 'created_at' });
  const ours = new Map<number, Note>();
  const stale: number[] = [];
  for (const note of notes) {
    if (note.system || note.author?.id !== me) continue;
    const part = markerPart(note.body ?? '', target.id);
    if (part === undefined) continue;
    if (ours.has(part) || part > parts.length) stale.push(note.id);
    else ours.set(part, note);
  }
  for (const [i, body] of parts.entries()) {
    const existing = ours.get(i + 1);
    let id: number;
    if (!existing) {
      id = (await client.post<Note>(notesPath, { body })).body.id;
      result.created++;
    } else if (existing.body !== body) {
      id = (await client.put<Note>(`${notesPath}/${existing.id}`, { body })).body.id;
      result.updated++;
    } else {
      id = existing.id;
      result.unchanged++;
    }
    if (i === 0) result.noteId = id;
  }
  for (const id of stale) {
    await client.delete(`${notesPath}/${id}`);
    result.deleted++;
  }
  return result;
}
