/** GitLab reads at most 5 KB of a `dotenv` report. */
export const DOTENV_LIMIT_BYTES = 5 * 1024;

export interface DotenvResult {
  text: string;
  /** Variables left out because the file would pass its size limit, or whose name collides. */
  omitted: string[];
}

/** `report-path` → `REPORT_PATH`, with an optional prefix (`MMF_`); never starts with a digit. */
export function dotenvName(name: string, prefix = ''): string {
  const upper = `${prefix}${name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(upper) ? `_${upper}` : upper;
}

/** One line: line breaks become spaces, control characters go. */
export function dotenvValue(value: string): string {
  return (
    value
      .replace(/\r\n|\r|\n/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
  );
}

/**
 * Step outputs as a GitLab `dotenv` report: `NAME=value` lines, names
 * sanitised, values on one line, within `limitBytes` (later variables are
 * dropped, and named in `omitted`, rather than cut).
 */
export function renderDotenv(
  outputs: Readonly<Record<string, string>>,
  options: { prefix?: string; limitBytes?: number } = {},
): DotenvResult {
  const limit = options.limitBytes ?? DOTENV_LIMIT_BYTES;
  const names = new Set<string>();
  const lines: string[] = [];
  const omitted: string[] = [];
  let size = 0;
  for (const [key, value] of Object.entries(outputs)) {
    const name = dotenvName(key, options.prefix);
    const line = `${name}=${dotenvValue(value)}\n`;
    const bytes = new TextEncoder().encode(line).length;
    if (names.has(name) || size + bytes > limit) {
      omitted.push(key);
      continue;
    }
    names.add(name);
    lines.push(line);
    size += bytes;
  }
  return { text: lines.join(''), omitted };
}
