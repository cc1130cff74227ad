/** One file of an output tree, keyed elsewhere by its path relative to the tree's root. */
export interface TreeFile {
  content: string | Buffer;
  /** 0o600 for files holding secrets. */
  mode?: number;
}
