import { validateObjects } from '../support/validate-manifests.js';

describe('validateObjects', () => {
  test('accepts valid built-in, prometheus-operator, Istio and Linkerd objects', async () => {
    const problems = await validateObjects([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'd' },
        spec: {
          selector: { matchLabels: { a: 'b' } },
          template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'a', image: 'x:1' }] } },
        },
      },
      {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        metadata: { name: 's' },
        spec: { selector: {}, endpoints: [{ port: 'metrics' }] },
      },
      {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'PeerAuthentication',
        metadata: { name: 'p' },
        spec: { mtls: { mode: 'STRICT' } },
      },
      {
        apiVersion: 'policy.linkerd.io/v1beta1',
        kind: 'Server',
        metadata: { name: 'srv' },
        spec: { podSelector: { matchLabels: { app: 'a' } }, port: 'http', proxyProtocol: 'HTTP/2' },
      },
    ]);
    expect(problems).toEqual([]);
  });

  test('reports invalid fields and kinds without a schema', async () => {
    const problems = await validateObjects([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'd' },
        spec: {
          selector: {},
          template: { spec: { containers: [{ name: 'a', ports: [{ containerPort: 'http' }] }] } },
        },
      },
      {
        apiVersion: 'policy.linkerd.io/v1beta1',
        kind: 'Server',
        metadata: { name: 'srv' },
        spec: { port: 'http', proxyProtocol: 'SPDY' },
      },
      { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } },
    ]);
    expect(problems.map((p) => p.resource)).toEqual([
      'apps/v1 Deployment/d',
      'policy.linkerd.io/v1beta1 Server/srv',
      'example.com/v1 Widget/w',
    ]);
    expect(problems[0]?.message).toContain('containerPort');
    expect(problems[2]?.message).toBe('no schema for this kind');
  });
});
