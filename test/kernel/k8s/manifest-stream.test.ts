import { parseManifestStream } from '../../../actions/kernel/k8s/manifest-stream.js';
import { parseYamlDocuments } from '../../../actions/kernel/yaml-codec.js';
import { MmfError } from '../../../actions/kernel/errors.js';

const doc = (source: string, body: string) => `---\n# Source: ${source}\n${body}`;

describe('parseManifestStream', () => {
  test('reads scalars the way the Kubernetes YAML reader does', () => {
    const [first] = parseManifestStream(
      doc(
        'c/templates/cm.yaml',
        'kind: ConfigMap\ndata:\n  a: yes\n  b: "yes"\n  c: 0777\n  d: 0x1F\n  e: 1_000\n  f: 2001-12-14\n  g: off\n  h: 12:30\n  i: 0o17\n  j: ~\n',
      ),
      't',
    );
    expect(first?.value).toEqual({
      kind: 'ConfigMap',
      data: {
        a: true,
        b: 'yes',
        c: 511,
        d: 31,
        e: 1000,
        f: '2001-12-14',
        g: false,
        h: '12:30',
        i: 15,
        j: null,
      },
    });
    expect(first?.comment).toBe('Source: c/templates/cm.yaml');
  });

  test('keeps each document with its own Source comment and skips empty or comment-only documents', () => {
    const text = [
      doc('c/templates/a.yaml', 'kind: A\n'),
      '---\n# just a comment\n',
      '---\n',
      doc('c/templates/b.yaml', 'kind: B\nscript: |\n  echo start\n  ---\n  echo end\n'),
    ].join('');
    const docs = parseManifestStream(text, 't');
    expect(docs.map((d) => [d.comment, (d.value as { kind: string }).kind])).toEqual([
      ['Source: c/templates/a.yaml', 'A'],
      ['Source: c/templates/b.yaml', 'B'],
    ]);
    expect((docs[1]?.value as { script: string }).script).toBe('echo start\n---\necho end\n');
  });

  test('agrees with the full YAML library on ordinary manifests', () => {
    const text = doc(
      'c/templates/d.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n  labels: {a: "1", b: "true"}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: c\n        args: ["--x", "1.0"]\n        env: [{name: A, value: "0777"}]\n',
    );
    expect(parseManifestStream(text, 't').map((d) => d.value)).toEqual(
      parseYamlDocuments(text, 't').map((d) => d.value),
    );
  });

  test('documents with aliases go through the alias-limited parser', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(() => parseManifestStream(`---\n${bomb.join('\n')}\n`, 'render')).toThrow(MmfError);
    expect(parseManifestStream('---\nbase: &b {x: 1}\nother: *b\n', 'render')[0]?.value).toEqual({
      base: { x: 1 },
      other: { x: 1 },
    });
  });
});
