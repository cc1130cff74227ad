import { clone, deepEqual, type JsonObject } from '../../actions/kernel/json.js';
import { parseManifestStream } from '../../actions/kernel/k8s/manifest-stream.js';

describe('clone', () => {
  test('copies plain data deeply: nothing is shared, 64-bit integers stay exact', () => {
    const shared = { a: [1, { b: 'c' }] };
    const value: JsonObject = { x: shared, y: shared, big: 9223372036854775807n, n: null, t: true, s: 'v' };
    const copy = clone(value);
    expect(deepEqual(copy, value)).toBe(true);
    expect(copy.x).not.toBe(shared);
    expect(copy.x).not.toBe(copy.y);
    ((copy.x as JsonObject).a as JsonObject[]).push({});
    expect(shared.a).toHaveLength(2);
    expect(copy.big).toBe(9223372036854775807n);
  });

  test('a "__proto__" key read from YAML stays data and never becomes a prototype', () => {
    const [doc] = parseManifestStream('metadata:\n  "__proto__":\n    polluted: yes\n', 'test');
    const copy = clone(doc?.value as JsonObject);
    const meta = copy.metadata as JsonObject;
    expect(Object.keys(meta)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
    expect((meta as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
