// Writes the benchmark chart: an umbrella-style "shop" chart that deploys 40
// microservices, each as a Deployment, Service, ConfigMap, ServiceAccount,
// HorizontalPodAutoscaler, PodDisruptionBudget, ServiceMonitor and
// NetworkPolicy (range loops over the `services` list), plus a shared platform
// ConfigMap and the public Ingress: 322 resources per environment.
//
// Four environments (dev, staging, prod, perf) differ the way real ones do: the
// image tag, the replicas and resources of a few services, one extra setting,
// the log level, the domain and (prod) the AWS account. No template calls a
// random or time function, so the converter renders each environment once.
//
// Standalone: `node scripts/bench/chart.mjs DIR` writes the chart to DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RELEASE = 'shop';
export const NAMESPACE = 'shop';
export const ENVIRONMENTS = ['dev', 'staging', 'prod', 'perf'];

const SERVICES = [
  'api-gateway',
  'auth',
  'users',
  'catalog',
  'cart',
  'checkout',
  'payments',
  'orders',
  'inventory',
  'shipping',
  'notifications',
  'email',
  'sms',
  'search',
  'recommendations',
  'reviews',
  'ratings',
  'pricing',
  'promotions',
  'loyalty',
  'wishlist',
  'media',
  'thumbnails',
  'audit',
  'reporting',
  'analytics',
  'billing',
  'invoices',
  'tax',
  'currency',
  'fraud',
  'support',
  'chat',
  'feature-flags',
  'scheduler',
  'webhooks',
  'exports',
  'imports',
  'geo',
  'sessions',
];
const TIERS = ['edge', 'backend', 'backend', 'data', 'worker'];
const IAM_SERVICES = new Set([
  'payments',
  'media',
  'thumbnails',
  'exports',
  'imports',
  'invoices',
  'email',
  'reporting',
]);
const CONFIG_KEYS = [
  ['HTTP_TIMEOUT_MS', (i) => String(2000 + 250 * (i % 8))],
  ['CACHE_TTL_SECONDS', (i) => String(60 * (1 + (i % 10)))],
  ['DB_POOL_SIZE', (i) => String(5 + (i % 6))],
  ['RETRY_MAX_ATTEMPTS', (i) => String(2 + (i % 3))],
  ['CIRCUIT_BREAKER_THRESHOLD', (i) => String(40 + (i % 5) * 5)],
  ['QUEUE_PREFETCH', (i) => String(10 * (1 + (i % 4)))],
];

function valuesYaml() {
  const lines = [
    '# Shared defaults for every environment; values-<env>.yaml override a few fields.',
    'global:',
    '  registry: registry.example.com/shop',
    '  imageTag: "2.14.0"',
    '  pullPolicy: IfNotPresent',
    '  environment: base',
    '  domain: shop.example.com',
    '  logLevel: info',
    '  awsAccountId: "111111111111"',
    '  otelEndpoint: http://otel-collector.observability.svc:4317',
    '  # Extra keys for the shared platform ConfigMap.',
    '  extraConfig: {}',
    '',
    '# Applied to every service unless the service or serviceOverrides says otherwise.',
    'defaults:',
    '  replicas: 2',
    '  port: 8080',
    '  metricsPort: 9090',
    '  env: {}',
    '  config: {}',
    '  resources:',
    '    requests:',
    '      cpu: 100m',
    '      memory: 128Mi',
    '    limits:',
    '      cpu: 500m',
    '      memory: 512Mi',
    '  autoscaling:',
    '    maxReplicas: 6',
    '    targetCPU: 75',
    '',
    'monitoring:',
    '  interval: 30s',
    '  prometheusRelease: kube-prometheus-stack',
    '',
    '# Per-environment tweaks keyed by service name (lists cannot be merged by helm).',
    'serviceOverrides: {}',
    '',
    'services:',
  ];
  SERVICES.forEach((name, i) => {
    lines.push(`  - name: ${name}`);
    lines.push(`    tier: ${name === 'api-gateway' ? 'edge' : TIERS[1 + (i % 4)]}`);
    if (i % 9 === 4) lines.push(`    port: ${8000 + i}`);
    if (IAM_SERVICES.has(name)) lines.push('    iamRole: true');
    const deps = [
      ...new Set([SERVICES[(i + 1) % 40], SERVICES[(i + 7) % 40], SERVICES[(i * 3 + 2) % 40]]),
    ].filter((d) => d !== name);
    lines.push(`    dependsOn: [${deps.slice(0, 1 + (i % 3)).join(', ')}]`);
    lines.push('    config:');
    for (let k = 0; k < 3 + (i % 4); k++) {
      const [key, value] = CONFIG_KEYS[(i + k) % CONFIG_KEYS.length];
      lines.push(`      ${key}: "${value(i)}"`);
    }
  });
  return lines.join('\n') + '\n';
}

const ENV_VALUES = {
  dev: `# dev: release candidate images, debug logs, small footprint for the heavy services.
global:
  imageTag: "2.15.0-rc.3"
  environment: dev
  domain: dev.shop.example.com
  logLevel: debug
  extraConfig:
    DEBUG_SQL: "true"
serviceOverrides:
  search:
    replicas: 1
  recommendations:
    replicas: 1
  analytics:
    replicas: 1
`,
  staging: `# staging: the next release, with the new checkout flow switched on.
global:
  imageTag: "2.15.0"
  environment: staging
  domain: staging.shop.example.com
  extraConfig:
    FEATURE_NEW_CHECKOUT: "true"
serviceOverrides:
  checkout:
    replicas: 3
    env:
      NEW_CHECKOUT_FLOW: "true"
  payments:
    replicas: 3
`,
  prod: `# prod: the current release in its own AWS account, sized for real traffic.
global:
  imageTag: "2.14.2"
  environment: prod
  awsAccountId: "222222222222"
  extraConfig:
    OTEL_TRACES_SAMPLER_ARG: "0.05"
serviceOverrides:
  api-gateway:
    replicas: 6
    resources:
      requests:
        cpu: "1"
        memory: 512Mi
      limits:
        cpu: "2"
        memory: 1Gi
  checkout:
    replicas: 5
    resources:
      requests:
        cpu: 500m
        memory: 512Mi
      limits:
        cpu: "1"
        memory: 1Gi
  payments:
    replicas: 4
    resources:
      requests:
        cpu: 500m
  search:
    replicas: 4
    resources:
      limits:
        memory: 2Gi
  catalog:
    replicas: 4
`,
  perf: `# perf: load tests against the next release; hot paths scaled out, search cache warmed longer.
global:
  imageTag: "2.15.0"
  environment: perf
  domain: perf.shop.example.com
  extraConfig:
    LOAD_TEST_MODE: "true"
serviceOverrides:
  api-gateway:
    replicas: 8
    resources:
      requests:
        cpu: "1"
        memory: 512Mi
      limits:
        cpu: "2"
        memory: 1Gi
  checkout:
    replicas: 8
  cart:
    replicas: 6
  search:
    replicas: 6
    config:
      CACHE_TTL_SECONDS: "1800"
    resources:
      limits:
        memory: 2Gi
`,
};

const CHART_YAML = `apiVersion: v2
name: shop
description: The shop platform, 40 microservices behind one API gateway.
type: application
version: 1.8.0
appVersion: "2.14.0"
`;

const HELPERS = `{{/* Name of a service's resources: <release>-<service>. */}}
{{- define "shop.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .svc.name | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{- define "shop.selectorLabels" -}}
app.kubernetes.io/name: {{ .svc.name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{- define "shop.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{ include "shop.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/component: {{ .svc.tier }}
app.kubernetes.io/part-of: shop
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{- define "shop.platformLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/name: shop
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: shop
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* A service's settings: serviceOverrides.<name>, then the list entry, then defaults. */}}
{{- define "shop.config" -}}
{{- $over := get .root.Values.serviceOverrides .svc.name | default dict -}}
{{- toYaml (merge (deepCopy $over) (deepCopy .svc) (deepCopy .root.Values.defaults)) -}}
{{- end }}

{{/* The data of a service's ConfigMap (also hashed into the pod annotations). */}}
{{- define "shop.configData" -}}
SERVICE_NAME: {{ .svc.name | quote }}
HTTP_PORT: {{ .c.port | quote }}
METRICS_PORT: {{ .c.metricsPort | quote }}
{{- range $key, $value := .c.config }}
{{ $key }}: {{ $value | quote }}
{{- end }}
{{- if .c.dependsOn }}
UPSTREAMS: {{ join "," .c.dependsOn | quote }}
{{- end }}
application.yaml: |
  server:
    port: {{ .c.port }}
    shutdown: graceful
  management:
    port: {{ .c.metricsPort }}
    endpoints: [health, metrics, info]
  clients:
  {{- range .c.dependsOn }}
    {{ . }}:
      url: http://{{ $.root.Release.Name }}-{{ . }}
      timeoutMs: 2000
  {{- end }}
{{- end }}
`;

const DEPLOYMENT = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
{{- $c := include "shop.config" $ctx | fromYaml }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
spec:
  replicas: {{ $c.replicas }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "shop.selectorLabels" $ctx | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "shop.selectorLabels" $ctx | nindent 8 }}
        app.kubernetes.io/component: {{ $svc.tier }}
        app.kubernetes.io/part-of: shop
      annotations:
        checksum/config: {{ include "shop.configData" (dict "root" $ "svc" $svc "c" $c) | sha256sum }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $c.metricsPort | quote }}
    spec:
      serviceAccountName: {{ include "shop.fullname" $ctx }}
      automountServiceAccountToken: {{ $svc.iamRole | default false }}
      terminationGracePeriodSeconds: 30
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "shop.selectorLabels" $ctx | nindent 14 }}
      containers:
        - name: {{ $svc.name }}
          image: "{{ $.Values.global.registry }}/{{ $svc.name }}:{{ $c.imageTag | default $.Values.global.imageTag }}"
          imagePullPolicy: {{ $.Values.global.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $c.port }}
              protocol: TCP
            - name: metrics
              containerPort: {{ $c.metricsPort }}
              protocol: TCP
          env:
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            - name: OTEL_SERVICE_NAME
              value: {{ $svc.name | quote }}
            {{- range $name, $value := $c.env }}
            - name: {{ $name }}
              value: {{ $value | quote }}
            {{- end }}
          envFrom:
            - configMapRef:
                name: {{ $.Release.Name }}-platform
            - configMapRef:
                name: {{ include "shop.fullname" $ctx }}
          startupProbe:
            httpGet:
              path: /healthz
              port: http
            failureThreshold: 30
            periodSeconds: 2
          readinessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 10
            timeoutSeconds: 2
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 20
            timeoutSeconds: 2
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop:
                - ALL
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 256Mi
{{- end }}
`;

const SERVICE = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
{{- $c := include "shop.config" $ctx | fromYaml }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "shop.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
    - name: metrics
      port: {{ $c.metricsPort }}
      targetPort: metrics
      protocol: TCP
{{- end }}
`;

const CONFIGMAP = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
{{- $c := include "shop.config" $ctx | fromYaml }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
data:
  {{- include "shop.configData" (dict "root" $ "svc" $svc "c" $c) | nindent 2 }}
{{- end }}
`;

const SERVICEACCOUNT = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
  {{- if $svc.iamRole }}
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::{{ $.Values.global.awsAccountId }}:role/shop-{{ $svc.name }}
  {{- end }}
automountServiceAccountToken: {{ $svc.iamRole | default false }}
{{- end }}
`;

const HPA = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
{{- $c := include "shop.config" $ctx | fromYaml }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "shop.fullname" $ctx }}
  minReplicas: {{ $c.replicas }}
  maxReplicas: {{ max (mul $c.replicas 3) $c.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $c.autoscaling.targetCPU }}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
      policies:
        - type: Percent
          value: 50
          periodSeconds: 60
{{- end }}
`;

const PDB = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "shop.selectorLabels" $ctx | nindent 6 }}
{{- end }}
`;

const SERVICEMONITOR = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
    release: {{ $.Values.monitoring.prometheusRelease }}
spec:
  selector:
    matchLabels:
      {{- include "shop.selectorLabels" $ctx | nindent 6 }}
  namespaceSelector:
    matchNames:
      - {{ $.Release.Namespace }}
  endpoints:
    - port: metrics
      path: /metrics
      interval: {{ $.Values.monitoring.interval }}
      scrapeTimeout: 10s
      relabelings:
        - sourceLabels: [__meta_kubernetes_pod_node_name]
          targetLabel: node
{{- end }}
`;

const NETWORKPOLICY = `{{- range $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
{{- $c := include "shop.config" $ctx | fromYaml }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "shop.fullname" $ctx }}
  labels:
    {{- include "shop.labels" $ctx | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "shop.selectorLabels" $ctx | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    - from:
        {{- if eq $svc.tier "edge" }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx
        {{- else }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/part-of: shop
        {{- end }}
      ports:
        - port: http
          protocol: TCP
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: monitoring
      ports:
        - port: metrics
          protocol: TCP
  egress:
    {{- range $c.dependsOn }}
    - to:
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: {{ . }}
              app.kubernetes.io/instance: {{ $.Release.Name }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    - to:
        - namespaceSelector: {}
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
{{- end }}
`;

const PLATFORM = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-platform
  labels:
    {{- include "shop.platformLabels" . | nindent 4 }}
data:
  ENVIRONMENT: {{ .Values.global.environment | quote }}
  LOG_LEVEL: {{ .Values.global.logLevel | quote }}
  LOG_FORMAT: json
  PUBLIC_BASE_URL: https://api.{{ .Values.global.domain }}
  OTEL_EXPORTER_OTLP_ENDPOINT: {{ .Values.global.otelEndpoint | quote }}
  {{- range $key, $value := .Values.global.extraConfig }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
`;

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ .Release.Name }}-api
  labels:
    {{- include "shop.platformLabels" . | nindent 4 }}
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
    nginx.ingress.kubernetes.io/proxy-body-size: 16m
spec:
  ingressClassName: nginx
  tls:
    - secretName: {{ .Release.Name }}-api-tls
      hosts:
        - api.{{ .Values.global.domain }}
  rules:
    - host: api.{{ .Values.global.domain }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ .Release.Name }}-api-gateway
                port:
                  name: http
`;

const NOTES = `{{ .Chart.Name }} {{ .Values.global.imageTag }}: {{ len .Values.services }} services in {{ .Release.Namespace }}.
API: https://api.{{ .Values.global.domain }}
`;

/** Writes the chart and its values files; returns their paths. */
export function generateChart(dir) {
  const chart = join(dir, 'shop');
  const templates = join(chart, 'templates');
  mkdirSync(templates, { recursive: true });
  const files = {
    'Chart.yaml': CHART_YAML,
    'values.yaml': valuesYaml(),
    'templates/_helpers.tpl': HELPERS,
    'templates/deployment.yaml': DEPLOYMENT,
    'templates/service.yaml': SERVICE,
    'templates/configmap.yaml': CONFIGMAP,
    'templates/serviceaccount.yaml': SERVICEACCOUNT,
    'templates/hpa.yaml': HPA,
    'templates/pdb.yaml': PDB,
    'templates/servicemonitor.yaml': SERVICEMONITOR,
    'templates/networkpolicy.yaml': NETWORKPOLICY,
    'templates/platform-configmap.yaml': PLATFORM,
    'templates/ingress.yaml': INGRESS,
    'templates/NOTES.txt': NOTES,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(chart, name), content);
  const values = {};
  for (const env of ENVIRONMENTS) {
    values[env] = join(dir, `values-${env}.yaml`);
    writeFileSync(values[env], ENV_VALUES[env]);
  }
  return { chart, values, services: SERVICES.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/bench/chart.mjs DIR');
    process.exit(1);
  }
  const { chart, values } = generateChart(resolve(out));
  console.log(`chart: ${chart}`);
  for (const [env, file] of Object.entries(values)) console.log(`${env}: ${file}`);
}
