/** Errors the GitHub stand-in's handlers throw. */

/** A request GitHub rejects with 422 although it matches the schema (recorded as kind `semantic`). */
export class SemanticError extends Error {
  constructor(
    readonly at: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * GitHub's answer to a request that fails on the current state (`Reference already exists`,
 * `Update is not a fast forward`, 404): sent as `{ message, documentation_url, status, errors? }`.
 * Not recorded in validationErrors unless `record` says why it is a client bug.
 */
export class GitHubAnswer extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[],
    readonly record?: { at: string; message: string },
  ) {
    super(message);
  }
}
