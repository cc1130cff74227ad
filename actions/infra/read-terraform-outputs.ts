import { MmfError } from '../kernel/errors.js';
import { readInputFile } from '../platform/fs/read-input-file.js';
import { MAX_YAML_BYTES } from '../kernel/yaml-codec.js';
import { parseTerraformOutputs, type TerraformOutput } from './core/terraform-outputs.js';

/** The same bound as for YAML input: `terraform output -json` is kilobytes in practice. */
export const MAX_TERRAFORM_OUTPUTS_BYTES = MAX_YAML_BYTES;

const NOT_FOUND_HINT =
  'write it with `terraform output -json > outputs.json` in the Terraform configuration, then pass its path';

/**
 * Reads `terraform output -json` from a file: checked to exist and to be
 * within the size bound before it is read; UTF-8 (a BOM is dropped) or the
 * UTF-16 that Windows PowerShell's `>` writes.
 */
export async function readTerraformOutputs(path: string): Promise<TerraformOutput[]> {
  const bytes = await readInputFile(path, {
    limit: MAX_TERRAFORM_OUTPUTS_BYTES,
    what: 'Terraform outputs file',
    hint: NOT_FOUND_HINT,
    tooLargeHint: 'pass the output of `terraform output -json`, not a state file',
  });
  return parseTerraformOutputs(decodeText(bytes, path), path);
}

function decodeText(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new MmfError('E_INPUT_INVALID', 'is not UTF-8 text', {
      file,
      hint: 'write it with `terraform output -json > outputs.json` (UTF-8)',
    });
  }
}
