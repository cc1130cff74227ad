/** .github/workflows/reusable-release.yml: inputs mirror release/action.yml, writes only where needed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/run-cli.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: {
    workflow_call: {
      inputs: Record<string, { type: string; default?: unknown }>;
      secrets: Record<string, unknown>;
      outputs: Record<string, { value: string }>;
    };
  };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = <T>(...path: string[]) => parse(readFileSync(join(REPO_ROOT, ...path), 'utf8')) as T;
const workflow = read<Workflow>('.github', 'workflows', 'reusable-release.yml');
const action = read<{ inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }>(
  'release',
  'action.yml',
);
const call = workflow.on.workflow_call;

describe('reusable-release.yml', () => {
  test('inputs are the action inputs (less the two secrets) plus runs-on, with the same defaults', () => {
    const secrets = ['token', 'registry-password'];
    expect(Object.keys(call.inputs).sort()).toEqual(
      [...Object.keys(action.inputs).filter((i) => !secrets.includes(i)), 'runs-on'].sort(),
    );
    expect(Object.keys(call.secrets).sort()).toEqual([...secrets].sort());
    for (const [name, input] of Object.entries(call.inputs))
      if (name !== 'runs-on')
        expect({ name, default: String(input.default) }).toEqual({
          name,
          default: action.inputs[name]?.default,
        });
  });

  test('no permissions at the top; the preview only comments; only the release job writes contents', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.preview?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.jobs.preview?.if).toContain("github.event_name == 'pull_request'");
    expect(workflow.jobs.release?.permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs.release?.if).toContain("github.event_name != 'pull_request'");
  });

  test('both jobs run the action at the commit the workflow was called at', () => {
    for (const job of Object.values(workflow.jobs)) {
      const checkout = job.steps.find((s) => s.with?.path === '.mmf-actions');
      expect(checkout?.with).toMatchObject({
        repository: '${{ job.workflow_repository }}',
        ref: '${{ job.workflow_sha }}',
      });
      expect(job.steps.filter((s) => s.uses === './.mmf-actions/release')).toHaveLength(1);
    }
  });

  test('every input reaches the action, and the outputs are the action outputs', () => {
    const step = workflow.jobs.release?.steps.find((s) => s.uses === './.mmf-actions/release') as Step;
    for (const name of Object.keys(call.inputs).filter((n) => n !== 'runs-on' && n !== 'comment'))
      expect(step.with?.[name]).toBe(`\${{ inputs.${name} }}`);
    expect(step.with?.['registry-password']).toBe('${{ secrets.registry-password }}');
    for (const [name, output] of Object.entries(call.outputs)) {
      expect(action.outputs[name]).toBeDefined();
      expect(output.value).toBe(`\${{ jobs.release.outputs.${name} }}`);
      expect(workflow.jobs.release?.outputs?.[name]).toBe(`\${{ steps.release.outputs.${name} }}`);
    }
  });
});
