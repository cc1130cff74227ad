import { parseImage } from '../../../actions/kernel/k8s/image-ref.js';
import { planImageOverrides } from '../../../actions/helm-migrate/core/plan-images.js';
import type { JsonObject } from '../../../actions/kernel/json.js';
import { container, deployment } from '../../support/objects.js';

describe('parseImage', () => {
  test.each([
    ['nginx', { name: 'nginx' }],
    ['nginx:1.27', { name: 'nginx', tag: '1.27' }],
    ['reg:5000/team/app:v1', { name: 'reg:5000/team/app', tag: 'v1' }],
    ['reg:5000/team/app', { name: 'reg:5000/team/app' }],
    ['app@sha256:abc', { name: 'app', digest: 'sha256:abc' }],
    ['app:v1@sha256:abc', { name: 'app', tag: 'v1', digest: 'sha256:abc' }],
  ])('%s', (image, expected) => expect(parseImage(image)).toEqual(expected));
});

describe('planImageOverrides', () => {
  const workload = (image: string, sidecar?: string) =>
    deployment('api', {
      containers: [
        container({ name: 'app', image }),
        ...(sidecar ? [container({ name: 'side', image: sidecar })] : []),
      ],
    });

  test('one consistent tag change becomes an images entry and the target keeps the base image', () => {
    const targets = new Map<string, JsonObject>([['d', workload('reg/api:2')]]);
    const overrides = planImageOverrides(new Map([['d', workload('reg/api:1')]]), targets);
    expect(overrides).toEqual([{ name: 'reg/api', newTag: '2' }]);
    expect(JSON.stringify(targets.get('d'))).toContain('reg/api:1');
  });

  test('not used when the same image ends at two different tags', () => {
    const targets = new Map<string, JsonObject>([['d', workload('reg/api:2', 'reg/api:3')]]);
    expect(planImageOverrides(new Map([['d', workload('reg/api:1', 'reg/api:1')]]), targets)).toEqual([]);
  });

  test('not used for digests or a changed image name', () => {
    expect(
      planImageOverrides(
        new Map([['d', workload('reg/api:1')]]),
        new Map([['d', workload('reg/api@sha256:ab')]]),
      ),
    ).toEqual([]);
    expect(
      planImageOverrides(new Map([['d', workload('reg/api:1')]]), new Map([['d', workload('other/api:1')]])),
    ).toEqual([]);
  });
});
