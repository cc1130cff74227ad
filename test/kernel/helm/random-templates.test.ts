import {
  RandomTemplates,
  scanTemplates,
  textCallsRandom,
  type TemplateSource,
} from '../../../actions/kernel/helm/random-templates.js';

const t = (file: string, text: string, chart = 'app'): TemplateSource => ({
  name: `${chart}/templates/${file}`,
  chart,
  text,
});

const HELPERS = t(
  '_helpers.tpl',
  [
    '{{/* randAlphaNum in a comment is not a call */}}',
    '{{- define "app.name" -}}{{ .Chart.Name }}{{- end }}',
    '{{- define "app.suffix" -}}',
    '{{- if .Values.fixed }}{{ .Values.fixed }}{{ else }}{{ randAlphaNum 5 | lower }}{{ end }}',
    '{{- end }}',
    '{{- define "app.wrapped" -}}{{ include "app.suffix" . }}{{- end }}',
  ].join('\n'),
);

function random(sources: TemplateSource[], options: { unscanned?: boolean; tplRandom?: boolean } = {}) {
  return new RandomTemplates(scanTemplates(sources, options.unscanned ?? false), options.tplRandom ?? false);
}

describe('which templates can render differently on each run', () => {
  test('a random call inside a named template makes random only the files that include it, directly or not', () => {
    const r = random([
      HELPERS,
      t('deployment.yaml', 'name: {{ include "app.name" . }}'),
      t('tests/test-pod.yaml', 'name: {{ include "app.name" . }}-{{ include "app.wrapped" . }}'),
      t('job.yaml', 'name: job-{{ template "app.suffix" . }}'),
    ]);
    expect(r.isRandom('app/templates/deployment.yaml')).toBe(false);
    expect(r.isRandom('app/templates/tests/test-pod.yaml')).toBe(true);
    expect(r.isRandom('app/templates/job.yaml')).toBe(true);
    expect(r.any).toBe(true);
  });

  test('guesses before rendering whether a render holds random documents other than Helm tests', () => {
    const testPod = t(
      'tests/test-pod.yaml',
      'metadata:\n  annotations:\n    "helm.sh/hook": test\nname: {{ include "app.wrapped" . }}',
    );
    // Random only in a partial, a test hook and NOTES.txt: rendered once.
    const onlyTests = random([HELPERS, testPod, t('NOTES.txt', '{{ now }}'), t('deployment.yaml', 'a: b')]);
    expect(onlyTests.any).toBe(true);
    expect(onlyTests.likelyNeedsSecondRender).toBe(false);
    // A hook that is not a test keeps its resource, so it needs the second render.
    const hookJob = t('job.yaml', '"helm.sh/hook": pre-install\nname: {{ randAlphaNum 5 }}');
    expect(random([HELPERS, testPod, hookJob]).likelyNeedsSecondRender).toBe(true);
    expect(
      random([t('test-success.yaml', "helm.sh/hook: 'test-success'\nx: {{ uuidv4 }}")])
        .likelyNeedsSecondRender,
    ).toBe(false);
    expect(random([t('deployment.yaml', 'a: b')]).likelyNeedsSecondRender).toBe(false);
    expect(random([t('deployment.yaml', 'a: b')], { unscanned: true }).likelyNeedsSecondRender).toBe(true);
  });

  test('the checksum idiom follows the file it includes', () => {
    const sources = [
      t('secret.yaml', 'password: {{ .Values.password | default (randAlphaNum 10) | b64enc }}'),
      t('configmap.yaml', 'a: {{ .Values.a }}'),
      t(
        'deployment.yaml',
        [
          'checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}',
          '{{- if .Values.secret }}',
          'checksum/secret: {{ include (print .Template.BasePath "/secret.yaml") . | sha256sum }}',
          '{{- end }}',
        ].join('\n'),
      ),
      t(
        'statefulset.yaml',
        'checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}',
      ),
    ];
    const r = random(sources);
    expect(r.isRandom('app/templates/deployment.yaml')).toBe(true);
    expect(r.isRandom('app/templates/statefulset.yaml')).toBe(false);
    expect(r.isRandom('app/templates/configmap.yaml')).toBe(false);
  });

  describe('in one render, a file included by the checksum idiom that rendered no document adds nothing random', () => {
    const SECRET = t(
      'secret.yaml',
      '{{- if not .Values.existingSecret }}\npassword: {{ randAlphaNum 10 | b64enc }}\n{{- end }}',
    );
    const render = (...files: string[]) =>
      files.map((f) => `---\n# Source: app/templates/${f}\nkind: X\n`).join('');
    const including = (body: string) => random([SECRET, t('deployment.yaml', body), t('plain.yaml', 'a: b')]);
    const root = 'checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}';

    test('with the root context, in the file body: random only where the file rendered', () => {
      const r = including(`{{- if .Values.auth }}\n${root}\n{{- end }}`);
      expect(r.isRandom('app/templates/deployment.yaml')).toBe(true);
      expect(r.inRender(render('secret.yaml', 'deployment.yaml'))('app/templates/deployment.yaml')).toBe(
        true,
      );
      const secretOff = r.inRender(render('deployment.yaml', 'plain.yaml'));
      expect(secretOff('app/templates/deployment.yaml')).toBe(false);
      expect(secretOff('app/templates/plain.yaml')).toBe(false);
      expect(secretOff('app/templates/secret.yaml')).toBe(true); // had it rendered, it would be
      // `$` is the root context too.
      const dollar = including(root.replace(') . |', ') $ |'));
      expect(dollar.inRender(render('deployment.yaml'))('app/templates/deployment.yaml')).toBe(false);
    });

    test('with any other context, or from a named template, it stays random', () => {
      const cases = [
        `{{- with .Values.auth }}\n${root}\n{{- end }}`,
        `{{- range .Values.parts }}\n${root}\n{{- end }}`,
        `{{- if .Values.a }}{{- else with .Values.auth }}\n${root}\n{{- end }}`,
        root.replace(') . |', ') $ctx |'),
        root.replace(') . |', ') (dict "Values" .Values) |'),
        `{{- define "app.sum" }}${root.replace(') . |', ') $ |')}{{ end }}\n{{ include "app.sum" . }}`,
      ];
      for (const body of cases) {
        const r = including(body);
        expect([body, r.inRender(render('deployment.yaml'))('app/templates/deployment.yaml')]).toEqual([
          body,
          true,
        ]);
      }
    });

    test('a file that reads .Template.Name may render differently when included', () => {
      const named = t('secret.yaml', '{{- if eq .Template.Name "x" }}\np: {{ randAlphaNum 3 }}\n{{- end }}');
      const r = random([named, t('deployment.yaml', root)]);
      expect(r.inRender(render('deployment.yaml'))('app/templates/deployment.yaml')).toBe(true);
    });

    test('a random named template the file also includes keeps it random', () => {
      const r = random([
        SECRET,
        HELPERS,
        t('deployment.yaml', `${root}\nname: {{ include "app.suffix" . }}`),
      ]);
      expect(r.inRender(render('deployment.yaml'))('app/templates/deployment.yaml')).toBe(true);
    });
  });

  test('an include whose name is computed is random when anything in the chart is', () => {
    const dynamic = t('all.yaml', '{{ range .Values.parts }}{{ include (printf "app.%s" .) $ }}{{ end }}');
    expect(random([dynamic, t('x.yaml', 'a: b')]).isRandom('app/templates/all.yaml')).toBe(false);
    expect(random([dynamic, HELPERS]).isRandom('app/templates/all.yaml')).toBe(true);
  });

  test('tpl is random only when the text it may evaluate calls a random function', () => {
    const sources = [t('config.yaml', 'data: {{ tpl .Values.template . }}'), t('plain.yaml', 'a: b')];
    expect(random(sources).isRandom('app/templates/config.yaml')).toBe(false);
    const r = random(sources, { tplRandom: true });
    expect(r.isRandom('app/templates/config.yaml')).toBe(true);
    expect(r.isRandom('app/templates/plain.yaml')).toBe(false);
    expect(scanTemplates(sources).usesTpl).toBe(true);
    expect(textCallsRandom('template: "{{ uuidv4 }}"')).toBe(true);
    expect(textCallsRandom('template: "{{ .Values.now }} uuidv4"')).toBe(false);
  });

  test('named templates are shared with subcharts; a block both defines and runs', () => {
    const r = random([
      t('_helpers.tpl', '{{ define "lib.token" }}{{ uuidv4 }}{{ end }}', 'app/charts/lib'),
      t('cm.yaml', 'token: {{ include "lib.token" . }}'),
      t('svc.yaml', '{{ block "app.port" . }}{{ now | date "2006" }}{{ end }}'),
      t('other.yaml', 'port: {{ template "app.port" . }}', 'app/charts/sub'),
    ]);
    expect(r.isRandom('app/templates/cm.yaml')).toBe(true);
    expect(r.isRandom('app/templates/svc.yaml')).toBe(true);
    expect(r.isRandom('app/charts/sub/templates/other.yaml')).toBe(true);
  });

  test('unknown sources count as random only when something may be: packaged subcharts were not read', () => {
    const plain = [t('a.yaml', 'a: {{ .Values.a }}')];
    expect(random(plain).isRandom('app/charts/packaged/templates/x.yaml')).toBe(false);
    expect(random(plain).isRandom(undefined)).toBe(false);
    expect(random(plain, { unscanned: true }).isRandom('app/charts/packaged/templates/x.yaml')).toBe(true);
    expect(random(plain, { unscanned: true }).isRandom('app/templates/a.yaml')).toBe(false);
  });
});
