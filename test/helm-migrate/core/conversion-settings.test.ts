import { settingsFromReport } from '../../../actions/helm-migrate/core/conversion-settings.js';

describe('settingsFromReport (what validate-migration reads from migration-report.json)', () => {
  test('release, namespace, hooks mode, environments as --env specs, and the .Capabilities settings', () => {
    expect(
      settingsFromReport(
        {
          schemaVersion: 1,
          release: 'user-service',
          namespace: 'marty',
          hookMode: 'argocd',
          environments: [
            { name: 'dev', valuesFiles: ['values.yaml', 'values-dev.yaml'], renderedResources: 9 },
            { name: 'default', valuesFiles: [] },
          ],
          render: { twice: true, kubeVersion: '1.31.4', apiVersions: ['monitoring.coreos.com/v1'] },
        },
        'k8s/migration-report.json',
      ),
    ).toEqual({
      release: 'user-service',
      namespace: 'marty',
      hookMode: 'argocd',
      environments: ['dev=values.yaml,values-dev.yaml', 'default'],
      kubeVersion: '1.31.4',
      apiVersions: ['monitoring.coreos.com/v1'],
    });
  });

  test('leaves out what the report does not say (no API versions is no setting)', () => {
    expect(settingsFromReport({ schemaVersion: 1, render: { apiVersions: [] } }, 'f')).toEqual({});
  });

  test.each([
    [{ release: 'x' }, 'is not a migration report (schemaVersion 1)'],
    [{ schemaVersion: 1, namespace: '' }, '"namespace" is not a non-empty string'],
    [{ schemaVersion: 1, hookMode: 'sometimes' }, '"hookMode" is not one of keep, drop, argocd'],
    [{ schemaVersion: 1, environments: [] }, '"environments" is not a non-empty list'],
    [
      { schemaVersion: 1, environments: [{ name: 'dev' }] },
      '"environments[0]" is not an object with a name and valuesFiles',
    ],
    [{ schemaVersion: 1, render: { kubeVersion: 131 } }, '"render.kubeVersion" is not a string'],
  ])('refuses %j: E_INPUT_INVALID naming the file and the field', (report, message) => {
    expect(() => settingsFromReport(report, 'k8s/migration-report.json')).toThrow(
      expect.objectContaining({ code: 'E_INPUT_INVALID', file: 'k8s/migration-report.json', message }),
    );
  });
});
