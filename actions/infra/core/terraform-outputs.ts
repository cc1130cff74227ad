import { MmfError } from '../../kernel/errors.js';
import { isObject, type JsonValue } from '../../kernel/json.js';
import { JsonSyntaxError, parseStrictJson } from './strict-json.js';

/** One output of `terraform output -json`. */
export interface TerraformOutput {
  name: string;
  sensitive: boolean;
  /** Terraform's type expression as printed ("string", ["list","string"], …); undefined when absent. */
  type?: JsonValue;
  value: JsonValue;
}

/** What Terraform accepts as an output name. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const SHAPE_HINT =
  'pass the file written by `terraform output -json > outputs.json` (all outputs, no output name): ' +
  'an object of {"<name>": {"sensitive": false, "type": "string", "value": "…"}}';

/**
 * Parses and checks the text of `terraform output -json`: an object whose
 * every member is `{ sensitive: boolean, type: <type expression>, value: any }`.
 * Errors name `file` and never quote values (they may be secrets).
 */
export function parseTerraformOutputs(text: string, file: string): TerraformOutput[] {
  let root: JsonValue;
  try {
    root = parseStrictJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const { line, column, reason, kind } = err.problem;
    if (kind === 'number')
      throw new MmfError('E_INPUT_INVALID', `the number at line ${line}, column ${column} ${reason}`, {
        file,
        hint: 'Terraform numbers are exact, JSON readers use 64-bit floats: make the output a string (value = tostring(…)) to pass it on as written',
      });
    throw new MmfError('E_INPUT_INVALID', `invalid JSON at line ${line}, column ${column}: ${reason}`, {
      file,
      hint: SHAPE_HINT,
    });
  }
  if (!isObject(root)) {
    throw new MmfError(
      'E_INPUT_INVALID',
      `expected the JSON object printed by \`terraform output -json\`, found ${describe(root)}`,
      {
        file,
        hint:
          typeof root === 'string' || typeof root === 'number' || typeof root === 'boolean'
            ? 'this looks like the value of one output (`terraform output -json <name>`); run `terraform output -json` without a name'
            : SHAPE_HINT,
      },
    );
  }
  if ('format_version' in root && ('values' in root || 'terraform_version' in root)) {
    throw new MmfError(
      'E_INPUT_INVALID',
      'this is `terraform show -json` output (state or plan), not `terraform output -json`',
      { file, hint: SHAPE_HINT },
    );
  }
  const names = Object.keys(root);
  if (names.length === 0) {
    throw new MmfError('E_INPUT_INVALID', 'holds no outputs', {
      file,
      hint: 'run `terraform apply` in a configuration that declares outputs, then `terraform output -json`',
    });
  }
  const outputs: TerraformOutput[] = [];
  for (const name of names) {
    const entry = root[name];
    const where = `output "${printable(name)}"`;
    if (!OUTPUT_NAME.test(name)) {
      throw new MmfError(
        'E_INPUT_INVALID',
        `${where} is not a Terraform output name (letters, digits, "_" and "-", not starting with a digit)`,
        { file, hint: SHAPE_HINT },
      );
    }
    if (!isObject(entry)) {
      throw new MmfError('E_INPUT_INVALID', `${where} is ${describe(entry)}, expected an object`, {
        file,
        hint: SHAPE_HINT,
      });
    }
    if (!('value' in entry)) {
      throw new MmfError('E_INPUT_INVALID', `${where} has no "value"`, { file, hint: SHAPE_HINT });
    }
    if (typeof entry.sensitive !== 'boolean') {
      throw new MmfError(
        'E_INPUT_INVALID',
        `${where} has ${'sensitive' in entry ? `a non-boolean "sensitive" (${describe(entry.sensitive)})` : 'no "sensitive" flag'}`,
        {
          file,
          hint: '`terraform output -json` always prints "sensitive": true or false; without it a secret could not be told apart',
        },
      );
    }
    const output: TerraformOutput = { name, sensitive: entry.sensitive, value: entry.value as JsonValue };
    if (entry.type !== undefined) output.type = entry.type;
    outputs.push(output);
  }
  return outputs;
}

/** "an array", "a string", … for messages (never the value itself). */
function describe(value: JsonValue | undefined): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'bigint') return 'a number';
  return `a ${typeof value === 'boolean' ? 'boolean' : typeof value}`;
}

/** A name for a message: control characters escaped, at most 80 characters. */
function printable(name: string): string {
  const escaped = JSON.stringify(name).slice(1, -1);
  return escaped.length > 80 ? `${escaped.slice(0, 80)}…` : escaped;
}

/** Terraform's type expression as one short label: list(string), map(string), object, tuple, … */
export function typeLabel(output: TerraformOutput): string {
  const label = (type: JsonValue | undefined): string | undefined => {
    if (typeof type === 'string') return type;
    if (Array.isArray(type) && typeof type[0] === 'string') {
      const [kind, inner] = type;
      if (kind === 'list' || kind === 'set' || kind === 'map') return `${kind}(${label(inner) ?? 'dynamic'})`;
      if (kind === 'object' || kind === 'tuple') return kind;
    }
    return undefined;
  };
  const given = label(output.type);
  if (given) return given;
  const v = output.value;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'tuple';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'number';
  return typeof v;
}
