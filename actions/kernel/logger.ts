/** Where the engine reports progress: stderr for the CLI, core.info for actions. */
export interface Logger {
  info(line: string): void;
  warn(line: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
