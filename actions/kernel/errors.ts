/**
 * The one error type of mmf/actions. Every failure a user can act on is an
 * MmfError with a catalogued code; entries (CLI, actions) turn it into an exit
 * code or core.setFailed. docs/migration/TROUBLESHOOTING.md documents every
 * code (a test keeps the two in step).
 */
export const ExitCode = {
  ok: 0,
  input: 1,
  tool: 2,
  parity: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const ERROR_CATALOGUE = {
  E_USAGE: { exit: ExitCode.input, title: 'Invalid command-line usage' },
  E_CHART_NOT_FOUND: { exit: ExitCode.input, title: 'Chart not found' },
  E_CHART_YAML: { exit: ExitCode.input, title: 'Chart.yaml missing or invalid' },
  E_VALUES_NOT_FOUND: { exit: ExitCode.input, title: 'Values file not found' },
  E_VALUES_YAML: { exit: ExitCode.input, title: 'Values file is not valid YAML' },
  E_YAML_ALIASES: { exit: ExitCode.input, title: 'Too many YAML aliases (alias bomb)' },
  E_INPUT_TOO_LARGE: { exit: ExitCode.input, title: 'Input file too large' },
  E_ENV_NAME: { exit: ExitCode.input, title: 'Invalid environment name' },
  E_NAME_INVALID: { exit: ExitCode.input, title: 'Name is not a valid Kubernetes name (DNS-1123)' },
  E_INPUT_INVALID: { exit: ExitCode.input, title: 'Input file has the wrong shape' },
  E_DEPENDENCIES_MISSING: { exit: ExitCode.input, title: 'Chart dependencies not vendored' },
  E_DUPLICATE_RESOURCE: { exit: ExitCode.input, title: 'Duplicate resource in the render' },
  E_OUTPUT_NOT_EMPTY: { exit: ExitCode.input, title: 'Output directory is not empty' },
  E_OUTPUT_NOT_WRITABLE: { exit: ExitCode.input, title: 'Output path not writable' },
  E_PATH_NOT_FOUND: { exit: ExitCode.input, title: 'Input path not found' },
  E_TEMPLATE: { exit: ExitCode.tool, title: 'Helm template error' },
  E_RENDER_OUTPUT: { exit: ExitCode.tool, title: 'Tool output could not be parsed' },
  E_TOOL_NOT_FOUND: { exit: ExitCode.tool, title: 'Required tool not found' },
  E_TOOL_FAILED: { exit: ExitCode.tool, title: 'External tool failed' },
  E_TOOL_DOWNLOAD: { exit: ExitCode.tool, title: 'Tool download failed' },
  E_TOOL_CHECKSUM: { exit: ExitCode.tool, title: 'Tool checksum mismatch' },
  E_PARITY: { exit: ExitCode.parity, title: 'Parity mismatch' },
  E_CHART_SYMLINK: {
    exit: ExitCode.input,
    title: 'Chart or values path links outside its folder (or is a device file)',
  },
  E_KUSTOMIZE_REMOTE: { exit: ExitCode.input, title: 'Kustomization loads remote content or plugins' },
  E_OUTPUT_INSIDE_INPUT: { exit: ExitCode.input, title: 'Output folder is inside an input folder' },
  E_OUTPUT_LOCKED: { exit: ExitCode.input, title: 'Another run is writing the same output' },
  E_OUTPUT_IN_USE: { exit: ExitCode.input, title: 'Output folder cannot be replaced or filled' },
  E_REPORT_NOT_FOUND: { exit: ExitCode.input, title: 'No report file matches the pattern' },
  E_REPORT_PARSE: { exit: ExitCode.input, title: 'Test or coverage report cannot be read' },
  E_REPORT_XML_DOCTYPE: { exit: ExitCode.input, title: 'XML report declares DTD entities' },
  E_PATH_OUTSIDE_WORKSPACE: { exit: ExitCode.input, title: 'Path outside the workspace' },
  E_BASE_REF: { exit: ExitCode.input, title: 'Base ref for changed lines not usable' },
  E_RELEASE_CONFIG: { exit: ExitCode.input, title: 'Release configuration invalid' },
  E_RELEASE_VERSION: { exit: ExitCode.input, title: 'Next release version cannot be computed' },
  E_RELEASE_TAG_CONFLICT: { exit: ExitCode.input, title: 'Release tag exists at another commit' },
  E_GIT: { exit: ExitCode.tool, title: 'git command failed' },
  E_GIT_PUSH: { exit: ExitCode.tool, title: 'Pushing tags failed' },
  E_API_AUTH: { exit: ExitCode.input, title: 'API token missing, rejected or lacking permission' },
  E_API_NOT_FOUND: { exit: ExitCode.input, title: 'API resource not found' },
  E_API_REJECTED: { exit: ExitCode.tool, title: 'API request rejected' },
  E_API_UNAVAILABLE: { exit: ExitCode.tool, title: 'API unavailable (rate limit, server error, network)' },
  E_IMAGE_REF: { exit: ExitCode.input, title: 'Invalid image reference' },
  E_REGISTRY_AUTH: { exit: ExitCode.input, title: 'Registry authentication failed' },
  E_REGISTRY_NOT_FOUND: { exit: ExitCode.input, title: 'Image manifest not found in the registry' },
  E_REGISTRY: { exit: ExitCode.tool, title: 'Registry request failed' },
  E_DIFFERENCE: { exit: ExitCode.parity, title: 'Resources change against the base (fail-on: difference)' },
} as const;
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface MmfErrorOptions {
  /** The file the error is about, shown first in the message. */
  file?: string;
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

export class MmfError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: ExitCode;
  readonly file?: string;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: MmfErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MmfError';
    this.code = code;
    this.exitCode = ERROR_CATALOGUE[code].exit;
    this.file = options.file;
    this.hint = options.hint;
  }

  /** One paragraph for the user: code, file, cause, and what to do. */
  format(): string {
    const where = this.file ? `${this.file}: ` : '';
    const hint = this.hint ? `\n  hint: ${this.hint}` : '';
    return `error[${this.code}]: ${where}${this.message}${hint}`;
  }
}

export function isMmfError(err: unknown): err is MmfError {
  return err instanceof MmfError;
}

/** Tool output as one bounded line: whitespace collapsed, at most `limit` characters. */
export function oneParagraph(text: string, limit = 2000): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit)}… (${flat.length - limit} more characters)` : flat;
}
