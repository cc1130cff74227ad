export const id = 781;
export const ids = [781];
export const modules = {

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMigrateConfigCommand: () => (/* binding */ runMigrateConfigCommand)
});

// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/platform/fs/staged-output.ts + 2 modules
var staged_output = __webpack_require__(8905);
// EXTERNAL MODULE: ./actions/platform/helm/values-files.ts
var values_files = __webpack_require__(3677);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/kernel/yaml-codec.ts + 1 modules
var yaml_codec = __webpack_require__(9441);
;// CONCATENATED MODULE: ./actions/config-migrate/load-values.ts




/**
 * Reads Helm values files in order, with the checks helm-to-kustomize makes
 * (missing file, size, broken YAML, alias bombs, a top level that is not a
 * mapping), so the same bad file gets the same error from every command.
 */
async function loadValuesFiles(paths) {
    const out = [];
    for (const file of paths) {
        const docs = (0,yaml_codec/* parseYamlDocuments */.v)(await (0,values_files/* readValuesFile */.ZY)(file), file);
        if (docs.length > 1)
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `holds ${docs.length} YAML documents; a values file holds one`, {
                file,
                hint: 'split it into several files and pass each with --values',
            });
        const value = docs[0]?.value;
        out.push({ file, values: (0,json/* isObject */.Gv)(value) ? value : {} });
    }
    return out;
}

// EXTERNAL MODULE: ./actions/kernel/k8s/names.ts
var names = __webpack_require__(6485);
// EXTERNAL MODULE: ./actions/kernel/k8s/kustomization.ts
var kustomization = __webpack_require__(5716);
;// CONCATENATED MODULE: ./actions/config-migrate/core/component-plan.ts
/** Collects files, resources and patches, and writes the component's kustomization.yaml last. */
class ComponentBuilder {
    name;
    files = new Map();
    resourceFiles = [];
    patchEntries = [];
    resources = [];
    patches = [];
    constructor(name) {
        this.name = name;
    }
    addResource(file, text, ids) {
        this.files.set(file, text);
        this.resourceFiles.push(file);
        this.resources.push(...ids);
    }
    addPatch(entry, text, what) {
        this.files.set(entry.path, text);
        this.patchEntries.push(entry);
        this.patches.push(`${entry.path}: ${what}`);
    }
    get empty() {
        return this.files.size === 0;
    }
    finish(kustomization) {
        this.files.set('kustomization.yaml', kustomization({ resources: this.resourceFiles, patches: this.patchEntries }));
        return { name: this.name, files: this.files, resources: this.resources, patches: this.patches };
    }
}

// EXTERNAL MODULE: ./actions/kernel/k8s/mesh-policies.ts
var mesh_policies = __webpack_require__(4503);
;// CONCATENATED MODULE: ./actions/config-migrate/core/component-mesh.ts



function planMeshComponent(s) {
    const mesh = s.mesh;
    if (!mesh)
        return undefined;
    const c = new ComponentBuilder('service-mesh');
    const selector = (0,kustomization/* selectorLabels */.Zn)(s.selectorName);
    if (mesh.type === 'istio') {
        const scraped = s.monitors.length > 0;
        const metrics = s.ports.find((p) => p.role === 'metrics');
        for (const object of (0,mesh_policies/* istioPolicies */.DD)({
            serviceName: s.serviceName,
            selector,
            mtlsMode: mesh.mtlsMode,
            tlsMode: mesh.tlsMode,
            traffic: mesh.traffic,
            permissivePorts: scraped && typeof metrics?.targetPort === 'number' ? [metrics.targetPort] : [],
        })) {
            const kind = String(object.kind);
            c.addResource(`${kind.toLowerCase()}.yaml`, (0,kustomization/* manifestYaml */.$2)(object), [`${kind}/${s.serviceName}`]);
        }
        if (mesh.inject)
            c.addPatch({ path: 'deployment-mesh.yaml' }, (0,kustomization/* manifestYaml */.$2)((0,kustomization/* deploymentPatch */.Yx)(s.serviceName, { labels: mesh_policies/* ISTIO_POD_LABELS */.tN })), 'sidecar.istio.io/inject label on the pods');
    }
    else {
        const ports = s.ports
            .map((p) => ({ role: p.role, port: p.targetPort }))
            .filter((p) => (0,mesh_policies/* isServerPort */.rb)(p.port));
        const objects = (0,mesh_policies/* linkerdPolicies */.ay)({
            serviceName: s.serviceName,
            selector,
            ports: ports.length ? ports : [{ role: 'http', port: 'http' }],
        });
        c.addResource('linkerd-policy.yaml', (0,kustomization/* manifestYaml */.$2)(objects), objects.map((o) => `${String(o.kind)}/${String(o.metadata.name)}`));
        if (mesh.inject)
            c.addPatch({ path: 'deployment-mesh.yaml' }, (0,kustomization/* manifestYaml */.$2)((0,kustomization/* deploymentPatch */.Yx)(s.serviceName, { annotations: mesh_policies/* LINKERD_POD_ANNOTATIONS */.$U })), 'linkerd.io/inject annotation on the pods');
        c.addPatch({ path: 'service-mesh.yaml' }, (0,kustomization/* manifestYaml */.$2)((0,kustomization/* serviceAnnotationPatch */.hm)(s.serviceName, (0,mesh_policies/* linkerdServiceAnnotations */.$h)(mesh.traffic))), 'Linkerd retry, timeout and failure-accrual annotations on the Service');
    }
    return c;
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/component-observability.ts


const MONITORING_API = 'monitoring.coreos.com/v1';
function planObservabilityComponent(s) {
    const c = new ComponentBuilder('observability');
    const selector = (0,kustomization/* selectorLabels */.Zn)(s.selectorName);
    for (const m of s.monitors) {
        const object = monitor(s, m, selector);
        c.addResource(`${m.kind.toLowerCase()}.yaml`, (0,kustomization/* manifestYaml */.$2)(object), [`${m.kind}/${s.serviceName}`]);
    }
    if (s.rules) {
        const groups = s.rules.custom ? s.rules.groups : defaultRules(s);
        c.addResource('prometheusrule.yaml', (0,kustomization/* manifestYaml */.$2)({
            apiVersion: MONITORING_API,
            kind: 'PrometheusRule',
            metadata: { name: s.serviceName, labels: { ...selector, ...s.rules.labels } },
            spec: { groups },
        }), [`PrometheusRule/${s.serviceName}`]);
    }
    if (s.dashboard) {
        const name = `${s.serviceName}-grafana-dashboard`;
        const metadata = { name, labels: { ...selector, ...s.dashboard.labels } };
        if (Object.keys(s.dashboard.annotations).length)
            metadata.annotations = { ...s.dashboard.annotations };
        c.addResource('grafana-dashboard.yaml', (0,kustomization/* manifestYaml */.$2)({
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata,
            data: { [`${s.serviceName}.json`]: s.dashboard.json },
        }), [`ConfigMap/${name}`]);
    }
    return c.empty ? undefined : c;
}
function monitor(s, m, selector) {
    const endpoint = { port: m.port, path: m.path, interval: m.interval, scheme: m.scheme };
    if (m.scrapeTimeout)
        endpoint.scrapeTimeout = m.scrapeTimeout;
    if (m.honorLabels !== undefined)
        endpoint.honorLabels = m.honorLabels;
    if (m.relabelings)
        endpoint.relabelings = m.relabelings;
    if (m.metricRelabelings)
        endpoint.metricRelabelings = m.metricRelabelings;
    const tls = m.tlsConfig ?? (m.scheme === 'https' ? tlsConfig(s) : undefined);
    if (tls)
        endpoint.tlsConfig = tls;
    return {
        apiVersion: MONITORING_API,
        kind: m.kind,
        metadata: { name: s.serviceName, labels: { ...selector, ...m.labels } },
        spec: {
            selector: { matchLabels: { ...selector } },
            [m.kind === 'ServiceMonitor' ? 'endpoints' : 'podMetricsEndpoints']: [endpoint],
        },
    };
}
/**
 * Scrape TLS from the service's own certificate Secrets (grpc.tls.secrets):
 * Secret references, which the Prometheus Operator reads in the monitor's
 * namespace, rather than file paths that would have to be mounted into Prometheus.
 */
function tlsConfig(s) {
    const tls = { serverName: s.serviceName };
    if (s.tls.ca)
        tls.ca = { secret: { name: s.tls.ca.name, key: s.tls.ca.key } };
    if (s.tls.clientAuth && s.tls.client) {
        tls.cert = { secret: { name: s.tls.client.name, key: s.tls.client.certKey } };
        tls.keySecret = { name: s.tls.client.name, key: s.tls.client.keyKey };
    }
    return tls;
}
/** Availability alerts that hold for any service: no target up, pods restarting. */
function defaultRules(s) {
    const alertName = s.serviceName
        .split('-')
        .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
        .join('');
    const job = `(.+/)?${s.serviceName}`;
    return [
        {
            name: `${s.serviceName}.availability`,
            rules: [
                {
                    alert: `${alertName}Down`,
                    expr: `absent(up{job=~"${job}"} == 1)`,
                    for: '5m',
                    labels: { severity: 'critical' },
                    annotations: {
                        summary: `${s.serviceName} has no healthy scrape target`,
                        description: `Prometheus has not scraped ${s.serviceName} successfully for 5 minutes.`,
                    },
                },
                {
                    alert: `${alertName}Restarting`,
                    expr: `sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total{pod=~"${s.serviceName}-.*"}[15m])) > 3`,
                    for: '5m',
                    labels: { severity: 'warning' },
                    annotations: {
                        summary: `${s.serviceName} pods are restarting`,
                        description: 'A pod restarted more than 3 times in 15 minutes.',
                    },
                },
            ],
        },
    ];
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/component-security.ts
/**
 * The security component: ServiceAccount, Role/RoleBinding, NetworkPolicy,
 * securityContext patches and Pod Security Admission labels. Fields the
 * restricted Pod Security Standard requires and the values leave unset are
 * filled in (and reported); fields the values set are kept as they are.
 */




/** Capabilities the baseline Pod Security Standard allows adding. */
const BASELINE_CAPS = new Set([
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
]);
/** Proxy ports a mesh's own scraping reaches on every pod. */
const MESH_METRICS_PORTS = { istio: [15020, 15090], linkerd: [4191] };
function planSecurityComponent(s, opts) {
    const sec = s.security;
    if (!sec)
        return undefined;
    const c = new ComponentBuilder('security');
    const selector = (0,kustomization/* selectorLabels */.Zn)(s.selectorName);
    const d = (setting, value, why) => s.defaults.push({ component: 'security', setting, value, why });
    if (opts.namespace) {
        c.addResource('namespace.yaml', (0,kustomization/* manifestYaml */.$2)({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: opts.namespace } }), [`Namespace/${opts.namespace}`]);
    }
    const sa = sec.serviceAccount;
    if (sa?.create) {
        const metadata = { name: sa.name, labels: { ...selector } };
        if (Object.keys(sa.annotations).length)
            metadata.annotations = { ...sa.annotations };
        c.addResource('serviceaccount.yaml', (0,kustomization/* manifestYaml */.$2)({
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata,
            automountServiceAccountToken: sa.automount,
        }), [`ServiceAccount/${sa.name}`]);
    }
    if (sec.rbacRules) {
        const subject = sa?.name ?? s.serviceName;
        c.addResource('role.yaml', (0,kustomization/* manifestYaml */.$2)([
            {
                apiVersion: 'rbac.authorization.k8s.io/v1',
                kind: 'Role',
                metadata: { name: s.serviceName, labels: { ...selector } },
                rules: sec.rbacRules,
            },
            {
                apiVersion: 'rbac.authorization.k8s.io/v1',
                kind: 'RoleBinding',
                metadata: { name: s.serviceName, labels: { ...selector } },
                roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: s.serviceName },
                // No namespace: a RoleBinding's ServiceAccount subject defaults to the binding's namespace.
                subjects: [{ kind: 'ServiceAccount', name: subject }],
            },
        ]), [`Role/${s.serviceName}`, `RoleBinding/${s.serviceName}`]);
    }
    if (sec.networkPolicy) {
        const np = sec.networkPolicy;
        const spec = { podSelector: { matchLabels: { ...selector } }, policyTypes: np.policyTypes };
        if (np.ingress)
            spec.ingress = np.ingress;
        else if (np.policyTypes.includes('Ingress'))
            spec.ingress = defaultIngress(s);
        if (np.egress)
            spec.egress = np.egress;
        c.addResource('networkpolicy.yaml', (0,kustomization/* manifestYaml */.$2)({
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: s.serviceName, labels: { ...selector } },
            spec,
        }), [`NetworkPolicy/${s.serviceName}`]);
    }
    const podSpec = {};
    if (sa)
        podSpec.serviceAccountName = sa.name;
    let pod;
    let container;
    if (sec.podSecurityContext || sec.securityContext) {
        pod = structuredClone(sec.podSecurityContext ?? {});
        container = structuredClone(sec.securityContext ?? {});
        if (pod.runAsNonRoot === undefined && container.runAsNonRoot === undefined) {
            pod.runAsNonRoot = true;
            d('pod securityContext.runAsNonRoot', 'true', 'required by the restricted Pod Security Standard; the values leave it unset');
        }
        if (pod.seccompProfile === undefined && container.seccompProfile === undefined) {
            pod.seccompProfile = { type: 'RuntimeDefault' };
            d('pod securityContext.seccompProfile', 'RuntimeDefault', 'required by the restricted Pod Security Standard; the values leave it unset');
        }
        if (container.allowPrivilegeEscalation === undefined) {
            container.allowPrivilegeEscalation = false;
            d('container securityContext.allowPrivilegeEscalation', 'false', 'required by the restricted Pod Security Standard; the values leave it unset');
        }
        const caps = (0,json/* isObject */.Gv)(container.capabilities) ? container.capabilities : {};
        if (caps.drop === undefined) {
            container.capabilities = { ...caps, drop: ['ALL'] };
            d('container securityContext.capabilities.drop', '[ALL]', 'required by the restricted Pod Security Standard; the values leave it unset');
        }
        podSpec.securityContext = pod;
    }
    if (Object.keys(podSpec).length) {
        const what = [
            ...(podSpec.serviceAccountName ? ['serviceAccountName'] : []),
            ...(podSpec.securityContext ? ['pod securityContext'] : []),
        ].join(' and ');
        c.addPatch({ path: 'deployment-security.yaml' }, (0,kustomization/* manifestYaml */.$2)((0,kustomization/* deploymentPatch */.Yx)(s.serviceName, { spec: podSpec })), what);
    }
    if (container) {
        c.addPatch({
            path: 'container-security-context.yaml',
            target: { group: 'apps', version: 'v1', kind: 'Deployment', name: s.serviceName },
        }, 
        // A JSON 6902 patch, so it reaches the first container whatever it is called.
        (0,yaml_codec/* toYaml */.fE)([{ op: 'add', path: '/spec/template/spec/containers/0/securityContext', value: container }]), 'securityContext of the first container');
    }
    const level = podSecurityLevel(pod, container);
    const labels = {
        'pod-security.kubernetes.io/enforce': level,
        'pod-security.kubernetes.io/enforce-version': 'latest',
        'pod-security.kubernetes.io/audit': 'restricted',
        'pod-security.kubernetes.io/warn': 'restricted',
    };
    c.addPatch({ path: 'namespace-pod-security.yaml', target: { kind: 'Namespace' } }, (0,kustomization/* manifestYaml */.$2)({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'any-namespace', labels } }, [
        'Applies to every Namespace in the build (the target selects them; this name is ignored).',
    ]), `Pod Security Admission labels (enforce ${level}, audit and warn restricted) on every Namespace in the build`);
    return { component: c, level };
}
/** Ingress to the service's own ports from anywhere, plus the mesh proxy's metrics port. */
function defaultIngress(s) {
    const ports = [];
    const seen = new Set();
    const add = (port) => {
        if (seen.has(String(port)))
            return;
        seen.add(String(port));
        ports.push({ protocol: 'TCP', port });
    };
    for (const p of s.ports)
        add(p.targetPort);
    if (s.mesh)
        for (const p of MESH_METRICS_PORTS[s.mesh.type])
            add(p);
    return ports.length ? [{ ports }] : [];
}
/** The strictest Pod Security Standard the resulting pod and first container satisfy. */
function podSecurityLevel(pod, container) {
    if (!pod || !container)
        return 'baseline';
    if (container.privileged === true)
        return 'privileged';
    const caps = (0,json/* isObject */.Gv)(container.capabilities) ? container.capabilities : {};
    const added = Array.isArray(caps.add) ? caps.add.map(String) : [];
    if (added.some((cap) => !BASELINE_CAPS.has(cap)))
        return 'privileged';
    const dropped = Array.isArray(caps.drop) ? caps.drop.map(String) : [];
    const seccomp = ((0,json/* isObject */.Gv)(container.seccompProfile)
        ? container.seccompProfile
        : (0,json/* isObject */.Gv)(pod.seccompProfile)
            ? pod.seccompProfile
            : {}).type;
    const nonRoot = container.runAsNonRoot ?? pod.runAsNonRoot;
    const user = container.runAsUser ?? pod.runAsUser;
    const restricted = nonRoot === true &&
        user !== 0 &&
        container.allowPrivilegeEscalation === false &&
        dropped.includes('ALL') &&
        added.every((cap) => cap === 'NET_BIND_SERVICE') &&
        (seccomp === 'RuntimeDefault' || seccomp === 'Localhost');
    return restricted ? 'restricted' : 'baseline';
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/config-report.ts
function renderConfigReport(r) {
    const out = [];
    const generated = r.components.filter((c) => c.generated);
    out.push(`# Configuration migration: ${r.serviceName}`, '');
    out.push(`Values: ${r.valuesFiles.map(code).join(', ')} (merged in this order, as helm does)` +
        (r.shapes.length ? `; recognised shapes: ${r.shapes.join(', ')}.` : '.'), `Selectors match \`app.kubernetes.io/name: ${r.selectorName}\`; patches name the Deployment and Service \`${r.serviceName}\`.`, '');
    if (r.keys.unknown.length) {
        out.push(`> **${r.keys.unknown.length} values key(s) not understood** and not migrated: ` +
            `${r.keys.unknown.map((k) => code(k.key)).join(', ')}. See "Not understood" below.`, '');
    }
    out.push('## Components', '');
    if (generated.length) {
        out.push('Add the ones you want to an overlay (paths relative to `overlays/<env>/`):', '', '```yaml', 'components:');
        for (const c of generated)
            out.push(`  - ../../${c.path}`);
        out.push('```', '');
    }
    for (const c of r.components) {
        out.push(`### ${c.name}${c.generated ? '' : ' (not generated)'}`, '');
        if (!c.generated) {
            out.push(c.reason ?? '', '');
            continue;
        }
        for (const res of c.resources)
            out.push(`- adds ${code(res)}`);
        for (const p of c.patches)
            out.push(`- patches ${p}`);
        out.push('');
    }
    if (r.podSecurityLevel)
        out.push(`Pod Security Admission: enforce \`${r.podSecurityLevel}\`, audit and warn \`restricted\`.`, '');
    out.push('## Values keys used', '');
    if (r.keys.used.length) {
        out.push('| Key | Component | Used for | Applied |', '| --- | --- | --- | --- |');
        for (const u of r.keys.used) {
            const value = u.value === undefined ? '' : ` = ${u.value === '' ? '`""`' : code(String(u.value))}`;
            out.push(`| ${code(u.key)}${value} | ${u.component} | ${cell(u.use)} | ${u.applied ? 'yes' : 'no (feature off)'} |`);
        }
    }
    else
        out.push('None.');
    out.push('');
    out.push('## Not understood', '');
    if (r.keys.unknown.length) {
        out.push('The migrator does not know these keys; nothing was generated from them. Check for typos, or carry them over by hand:', '');
        for (const k of r.keys.unknown)
            out.push(`- ${code(k.key)}${k.from ? ` (from ${code(k.from)})` : ''}`);
    }
    else
        out.push('Every values key was understood.');
    out.push('');
    out.push('## Handled elsewhere', '');
    if (r.keys.elsewhere.length) {
        out.push('Understood, and left to the tools that carry the workload itself:', '');
        const byReason = new Map();
        for (const k of r.keys.elsewhere)
            byReason.set(k.reason, [...(byReason.get(k.reason) ?? []), k.key]);
        for (const [reason, keys] of byReason)
            out.push(`- ${reason}: ${keys.map(code).join(', ')}`);
    }
    else
        out.push('None.');
    out.push('');
    if (r.defaults.length) {
        out.push('## Defaults chosen', '', '| Component | Setting | Value | Why |', '| --- | --- | --- | --- |');
        for (const d of r.defaults)
            out.push(`| ${d.component} | ${cell(d.setting)} | ${cell(d.value)} | ${cell(d.why)} |`);
        out.push('');
    }
    if (r.notes.length) {
        out.push('## Notes', '');
        for (const n of r.notes)
            out.push(`- ${n}`);
        out.push('');
    }
    return out.join('\n');
}
function code(text) {
    return '`' + text.replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/read-mesh-values.ts
/** Reads the service-mesh settings: serviceMesh.* (Istio or Linkerd), or the legacy linkerd.enabled. */

function readMesh(r, defaults) {
    const use = (what, applied) => ({ component: 'service-mesh', use: what, applied });
    const enabled = r.bool(['serviceMesh', 'enabled'], use('turns the service-mesh component on', true)) ?? false;
    const legacyLinkerd = r.bool(['linkerd', 'enabled'], use('legacy switch: Linkerd mesh', true)) ?? false;
    const on = enabled || legacyLinkerd;
    const type = r.string(['serviceMesh', 'type'], use('which mesh the policies are for', on), mesh_policies/* MESH_TYPES */.e9) ?? (legacyLinkerd ? 'linkerd' : 'istio');
    const istio = on && type === 'istio';
    const linkerd = on && type === 'linkerd';
    const injectIstio = injection(r, ['serviceMesh', 'istio', 'injection'], use('sidecar.istio.io/inject pod label', istio));
    const injectLinkerd = injection(r, ['serviceMesh', 'linkerd', 'injection'], use('linkerd.io/inject pod annotation', linkerd));
    const mtlsMode = r.string(['serviceMesh', 'istio', 'mtls', 'mode'], use('PeerAuthentication spec.mtls.mode', istio), mesh_policies/* ISTIO_MTLS_MODES */.JD);
    const tlsMode = r.string(['serviceMesh', 'istio', 'trafficPolicy', 'tls', 'mode'], use('DestinationRule trafficPolicy.tls.mode', istio), mesh_policies/* ISTIO_TLS_MODES */.Q6);
    const connectionPool = r.object(['serviceMesh', 'istio', 'trafficPolicy', 'connectionPool'], use('DestinationRule trafficPolicy.connectionPool', istio));
    const outlierDetection = r.object(['serviceMesh', 'istio', 'trafficPolicy', 'outlierDetection'], use('DestinationRule trafficPolicy.outlierDetection (circuit breaking)', istio));
    const timeout = r.duration(['serviceMesh', 'istio', 'timeout'], use('VirtualService http[].timeout', istio));
    const retries = readRetries(r, use('VirtualService http[].retries', istio));
    if (!on)
        return undefined;
    const d = (setting, value, why) => defaults.push({ component: 'service-mesh', setting, value, why });
    let traffic;
    if (istio) {
        traffic = {
            connectionPool: connectionPool ?? mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4.connectionPool,
            outlierDetection: outlierDetection ?? mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4.outlierDetection,
        };
        const t = timeout ?? mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4.timeout;
        if (t && !/^0+(ms|s|m|h)?$/.test(t))
            traffic.timeout = t;
        const rt = retries === undefined ? mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4.retries : retries;
        if (rt)
            traffic.retries = rt;
        if (!mtlsMode)
            d('PeerAuthentication mtls.mode', 'STRICT', 'serviceMesh.istio.mtls.mode not set');
        if (!tlsMode)
            d('DestinationRule tls.mode', 'ISTIO_MUTUAL', 'serviceMesh.istio.trafficPolicy.tls.mode not set');
        if (!connectionPool)
            d('DestinationRule connectionPool', 'at most 100 TCP connections, 5s connect timeout, 100 pending / 1000 HTTP/2 requests', 'serviceMesh.istio.trafficPolicy.connectionPool not set');
        if (!outlierDetection)
            d('DestinationRule outlierDetection', 'eject a pod after 5 consecutive 5xx for 30s, at most 50% of pods', 'serviceMesh.istio.trafficPolicy.outlierDetection not set');
        if (timeout === undefined)
            d('VirtualService timeout', '10s', 'serviceMesh.istio.timeout not set (set 0s for long-lived gRPC streams)');
        if (retries === undefined)
            d('VirtualService retries', '3 attempts, 2s per try, on connection failures and gRPC UNAVAILABLE', 'serviceMesh.istio.retries not set');
    }
    else {
        traffic = { ...mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4 };
        d('Service annotations for Linkerd', 'retry gateway errors and gRPC UNAVAILABLE up to 3 times (2s per try), 10s request timeout, failure accrual after 5 consecutive failures', 'the values hold no Linkerd retry, timeout or circuit-breaking settings; edit the annotations to tune them');
    }
    return {
        type,
        inject: istio ? injectIstio : injectLinkerd,
        mtlsMode: mtlsMode ?? 'STRICT',
        tlsMode: tlsMode ?? 'ISTIO_MUTUAL',
        traffic,
    };
}
/** true / "enabled" inject, false / "disabled" do not; absent means inject. */
function injection(r, path, purpose) {
    const v = r.any(path, purpose);
    if (v === undefined || v === true || v === 'enabled')
        return true;
    if (v === false || v === 'disabled')
        return false;
    throw r.invalid(path, 'must be true, false, "enabled" or "disabled"', v);
}
function readRetries(r, purpose) {
    const base = ['serviceMesh', 'istio', 'retries'];
    if (!r.has(base)) {
        r.any(base, purpose);
        return undefined;
    }
    const attempts = r.int([...base, 'attempts'], purpose, 0, 10);
    const perTryTimeout = r.duration([...base, 'perTryTimeout'], purpose);
    const retryOn = r.string([...base, 'retryOn'], purpose);
    if (attempts === 0)
        return null;
    const d = mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4.retries;
    return {
        attempts: attempts ?? d.attempts,
        perTryTimeout: perTryTimeout ?? d.perTryTimeout,
        retryOn: retryOn ?? d.retryOn,
    };
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/read-observability-values.ts
/** Reads the observability settings: monitors (monitoring.* or legacy top-level), PrometheusRule, Grafana dashboard. */

function readMonitor(r, settings, kind) {
    const key = kind === 'ServiceMonitor' ? 'serviceMonitor' : 'podMonitor';
    const base = r.has(['monitoring', key]) || !r.has([key]) ? ['monitoring', key] : [key];
    const source = base.join('.');
    const enabled = r.bool([...base, 'enabled'], { component: 'observability', use: `turns the ${kind} on` }) ?? false;
    const use = (what) => ({ component: 'observability', use: `${kind} ${what}`, applied: enabled });
    const interval = r.duration([...base, 'interval'], use('endpoint interval'));
    const scrapeTimeout = r.duration([...base, 'scrapeTimeout'], use('endpoint scrapeTimeout'));
    const path = r.string([...base, 'path'], use('endpoint path'));
    const port = r.any([...base, 'port'], use('endpoint port (a named port)'));
    if (port !== undefined && typeof port !== 'string')
        throw r.invalid([...base, 'port'], 'must be the port name (e.g. metrics); monitors select ports by name', port);
    const scheme = r.string([...base, 'scheme'], use('endpoint scheme'), ['http', 'https']);
    const labels = r.stringMap([...base, 'labels'], use('metadata.labels (how Prometheus selects monitors)'));
    const honorLabels = r.bool([...base, 'honorLabels'], use('endpoint honorLabels'));
    const relabelings = r.objectList([...base, 'relabelings'], use('endpoint relabelings'));
    const metricRelabelings = r.objectList([...base, 'metricRelabelings'], use('endpoint metricRelabelings'));
    const tlsConfig = r.object([...base, 'tlsConfig'], use('endpoint tlsConfig'));
    if (!enabled)
        return;
    const metricsPort = settings.ports.find((p) => p.role === 'metrics');
    const defaultPort = kind === 'ServiceMonitor' ? (metricsPort?.name ?? 'http') : 'metrics';
    const d = (setting, value, why) => settings.defaults.push({ component: 'observability', setting: `${kind} ${setting}`, value, why });
    if (!interval)
        d('interval', '30s', `${source}.interval not set`);
    if (!path)
        d('path', '/metrics', `${source}.path not set`);
    if (port === undefined)
        d('port', defaultPort, `${source}.port not set`);
    settings.monitors.push({
        kind,
        source,
        interval: interval ?? '30s',
        ...(scrapeTimeout ? { scrapeTimeout } : {}),
        path: path ?? '/metrics',
        port: port ?? defaultPort,
        scheme: scheme ?? (settings.tls.enabled ? 'https' : 'http'),
        labels: labels ?? {},
        ...(honorLabels !== undefined ? { honorLabels } : {}),
        ...(relabelings ? { relabelings } : {}),
        ...(metricRelabelings ? { metricRelabelings } : {}),
        ...(tlsConfig ? { tlsConfig } : {}),
    });
}
function readObservability(r, settings) {
    const hadMonitorKeys = ['serviceMonitor', 'podMonitor'].some((k) => r.has(['monitoring', k]) || r.has([k]));
    readMonitor(r, settings, 'ServiceMonitor');
    readMonitor(r, settings, 'PodMonitor');
    const metrics = settings.ports.find((p) => p.role === 'metrics');
    if (!hadMonitorKeys && metrics && r.has(['service', 'metricsPort'])) {
        // Legacy per-service charts expose metrics on service.metricsPort without any monitor settings.
        settings.monitors.push({
            kind: 'ServiceMonitor',
            source: 'service.metricsPort',
            interval: '30s',
            path: '/metrics',
            port: metrics.name,
            scheme: settings.tls.enabled ? 'https' : 'http',
            labels: {},
        });
        settings.defaults.push({
            component: 'observability',
            setting: 'ServiceMonitor',
            value: `port ${metrics.name}, /metrics every 30s`,
            why: 'service.metricsPort is set and the values configure no monitor',
        });
    }
    const on = settings.monitors.length > 0;
    const ruleBase = ['monitoring', 'prometheusRule'];
    const ruleUse = (what, applied) => ({ component: 'observability', use: `PrometheusRule ${what}`, applied });
    const rulesEnabled = r.bool([...ruleBase, 'enabled'], ruleUse('on or off', true));
    const wantRules = rulesEnabled ?? on;
    const ruleLabels = r.stringMap([...ruleBase, 'labels'], ruleUse('metadata.labels', wantRules));
    const groups = r.objectList([...ruleBase, 'groups'], ruleUse('spec.groups', wantRules));
    const rules = r.objectList([...ruleBase, 'rules'], ruleUse(`spec.groups[0].rules`, wantRules));
    if (wantRules) {
        const custom = Boolean(groups?.length || rules?.length);
        settings.rules = {
            groups: groups?.length ? groups : rules?.length ? [{ name: settings.serviceName, rules }] : [],
            labels: ruleLabels ?? {},
            custom,
        };
        if (!custom)
            settings.defaults.push({
                component: 'observability',
                setting: 'PrometheusRule',
                value: 'availability alerts (target down, restarting pods)',
                why: rulesEnabled
                    ? 'monitoring.prometheusRule has no groups or rules'
                    : 'a monitor is on and monitoring.prometheusRule is not set',
            });
    }
    const dashBase = ['monitoring', 'grafanaDashboard'];
    const dashEnabled = r.bool([...dashBase, 'enabled'], {
        component: 'observability',
        use: 'Grafana dashboard ConfigMap on or off',
    });
    const dashOn = dashEnabled ?? r.has([...dashBase, 'json']);
    const dashUse = (what) => ({ component: 'observability', use: `Grafana dashboard ConfigMap ${what}`, applied: dashOn });
    const json = r.any([...dashBase, 'json'], dashUse('data (the dashboard JSON)'));
    const dashLabels = r.stringMap([...dashBase, 'labels'], dashUse('metadata.labels (the Grafana sidecar selects on them)'));
    const folder = r.string([...dashBase, 'folder'], dashUse('grafana_folder annotation'));
    if (dashOn) {
        if (json === undefined)
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'monitoring.grafanaDashboard is enabled but has no json', {
                ...(r.originOf([...dashBase, 'enabled'])
                    ? { file: r.originOf([...dashBase, 'enabled']) }
                    : {}),
                hint: 'give the dashboard JSON (a string or a mapping) under monitoring.grafanaDashboard.json',
            });
        let text;
        if (typeof json === 'string') {
            try {
                text = JSON.stringify(JSON.parse(json), null, 2);
            }
            catch {
                throw r.invalid([...dashBase, 'json'], 'must be valid JSON', json.slice(0, 40));
            }
        }
        else if (typeof json === 'object' && json !== null && !Array.isArray(json))
            text = JSON.stringify(json, null, 2);
        else
            throw r.invalid([...dashBase, 'json'], 'must be the dashboard JSON (a string or a mapping)', json);
        settings.dashboard = {
            json: text + '\n',
            labels: dashLabels ?? { grafana_dashboard: '1' },
            annotations: folder ? { grafana_folder: folder } : {},
        };
        if (!dashLabels)
            settings.defaults.push({
                component: 'observability',
                setting: 'dashboard ConfigMap label',
                value: 'grafana_dashboard: "1"',
                why: 'monitoring.grafanaDashboard.labels not set (the Grafana sidecar default)',
            });
    }
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/read-security-values.ts

function readSecurity(r, settings) {
    const sec = {};
    const u = (what, applied = true) => ({ component: 'security', use: what, applied });
    if (r.has(['serviceAccount'])) {
        const create = r.bool(['serviceAccount', 'create'], u('create the ServiceAccount')) ?? true;
        const name = r.string(['serviceAccount', 'name'], u('ServiceAccount name and the pods’ serviceAccountName'));
        const annotations = r.stringMap(['serviceAccount', 'annotations'], u('ServiceAccount annotations (e.g. IRSA role)', create));
        const automount = r.bool(['serviceAccount', 'automount'], u('automountServiceAccountToken', create));
        if (name)
            (0,names/* assertDnsLabel */.SG)(name, 'values key serviceAccount.name');
        if (create || name) {
            sec.serviceAccount = {
                create,
                name: name || settings.serviceName,
                annotations: annotations ?? {},
                automount: automount ?? false,
            };
            if (create && automount === undefined)
                settings.defaults.push({
                    component: 'security',
                    setting: 'automountServiceAccountToken',
                    value: 'false',
                    why: 'serviceAccount.automount not set: no API token unless the service needs one',
                });
        }
    }
    const rbacCreate = r.bool(['rbac', 'create'], u('create the Role and RoleBinding'));
    const rules = r.objectList(['rbac', 'rules'], u('Role rules', rbacCreate !== false));
    if (rbacCreate !== false && rules?.length)
        sec.rbacRules = rules;
    else if (rbacCreate && !rules?.length)
        settings.notes.push('rbac.create is true but rbac.rules is empty: no Role was generated (the ServiceAccount has no permissions).');
    const npEnabled = r.bool(['networkPolicy', 'enabled'], u('create the NetworkPolicy'));
    const np = npEnabled ?? false;
    const policyTypes = r.stringList(['networkPolicy', 'policyTypes'], u('NetworkPolicy policyTypes', np), [
        'Ingress',
        'Egress',
    ]);
    const ingress = r.objectList(['networkPolicy', 'ingress'], u('NetworkPolicy ingress rules', np));
    const egress = r.objectList(['networkPolicy', 'egress'], u('NetworkPolicy egress rules', np));
    if (np) {
        const types = policyTypes ?? ['Ingress', ...(egress ? ['Egress'] : [])];
        sec.networkPolicy = {
            policyTypes: types,
            ...(ingress ? { ingress } : {}),
            ...(egress ? { egress } : {}),
        };
        if (!ingress && types.includes('Ingress'))
            settings.defaults.push({
                component: 'security',
                setting: 'NetworkPolicy ingress',
                value: 'the service ports from anywhere, plus mesh proxy metrics',
                why: 'networkPolicy.ingress not set',
            });
    }
    const pod = r.object(['podSecurityContext'], u('pod securityContext patch'));
    const container = r.object(['securityContext'], u('container securityContext patch'));
    if (pod)
        sec.podSecurityContext = pod;
    if (container)
        sec.securityContext = container;
    return Object.keys(sec).length ? sec : undefined;
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/interpret-values.ts
/**
 * Reads merged Helm values (the legacy per-service Marty shape, the
 * standardised Marty chart and the `helm create` shape) into the settings the
 * three components are built from. Every read is recorded (ValuesReader), and
 * every default the migrator chose instead is recorded too, for the report.
 */





function interpretValues(r, opts) {
    const defaults = [];
    const notes = [];
    const serviceName = resolveServiceName(r, opts.serviceName);
    const nameOverride = r.string(['nameOverride'], {
        component: 'shared',
        use: 'the app.kubernetes.io/name label every selector matches',
    });
    if (nameOverride !== undefined && nameOverride !== '')
        (0,names/* assertDnsLabel */.SG)(nameOverride, 'values key nameOverride');
    const selectorName = nameOverride || serviceName;
    const ports = readPorts(r);
    const settings = {
        serviceName,
        selectorName,
        ports,
        tls: readTls(r),
        monitors: [],
        defaults,
        notes,
    };
    const mesh = readMesh(r, defaults);
    if (mesh)
        settings.mesh = mesh;
    readObservability(r, settings);
    const security = readSecurity(r, settings);
    if (security)
        settings.security = security;
    return settings;
}
function resolveServiceName(r, flag) {
    if (flag !== undefined) {
        (0,names/* assertDnsLabel */.SG)(flag, 'service name', 'service');
        return flag;
    }
    for (const key of ['fullnameOverride', 'nameOverride']) {
        const v = r.peek([key]);
        if (typeof v === 'string' && v !== '') {
            r.string([key], { component: 'shared', use: 'the service name (no --service-name given)' });
            (0,names/* assertDnsLabel */.SG)(v, `values key ${key}`, 'service');
            return v;
        }
    }
    throw new errors/* MmfError */.H0('E_USAGE', 'cannot tell the service name: no --service-name, fullnameOverride or nameOverride', {
        hint: 'pass --service-name <name>: the name of the Deployment and Service in your base',
    });
}
const PORTS_USE = {
    component: 'shared',
    use: 'service ports: monitor endpoints, mesh policies, NetworkPolicy',
};
function portEntry(r, path, role) {
    const v = r.peek(path);
    if (v === undefined)
        return undefined;
    if (typeof v === 'object' && !Array.isArray(v)) {
        const port = r.port([...path, 'port'], PORTS_USE);
        const target = r.port([...path, 'targetPort'], PORTS_USE, true);
        const name = r.string([...path, 'name'], PORTS_USE);
        const targetPort = target ?? port;
        if (targetPort === undefined)
            return undefined;
        return { role, name: name ?? role, ...(port !== undefined ? { port } : {}), targetPort };
    }
    const port = r.port(path, PORTS_USE);
    return { role, name: role, port, targetPort: port };
}
function readPorts(r) {
    const ports = [];
    const http = r.has(['service', 'http'])
        ? portEntry(r, ['service', 'http'], 'http')
        : (() => {
            const port = r.port(['service', 'port'], PORTS_USE);
            const target = r.port(['service', 'targetPort'], PORTS_USE, true);
            const targetPort = target ?? port;
            return targetPort === undefined
                ? undefined
                : { role: 'http', name: 'http', ...(port !== undefined ? { port } : {}), targetPort };
        })();
    if (http)
        ports.push(http);
    const grpc = portEntry(r, ['service', 'grpc'], 'grpc');
    if (grpc)
        ports.push(grpc);
    const metrics = r.has(['service', 'metrics'])
        ? portEntry(r, ['service', 'metrics'], 'metrics')
        : (() => {
            const port = r.port(['service', 'metricsPort'], PORTS_USE);
            return port === undefined
                ? undefined
                : { role: 'metrics', name: 'metrics', port, targetPort: port };
        })();
    if (metrics)
        ports.push(metrics);
    return ports;
}
function readTls(r) {
    const use = (what) => ({ component: 'observability', use: what });
    const enabled = r.bool(['grpc', 'tls', 'enabled'], use('monitors scrape over https when TLS is on')) ?? false;
    const mtls = r.bool(['grpc', 'tls', 'mtls'], use('monitors present a client certificate')) ?? false;
    const requireClient = r.bool(['grpc', 'tls', 'require_client_auth'], use('monitors present a client certificate')) ?? false;
    const tls = { enabled, clientAuth: enabled && (mtls || requireClient) };
    const caName = r.string(['grpc', 'tls', 'secrets', 'ca', 'name'], use('tlsConfig.ca: the CA Secret'));
    const caKey = r.string(['grpc', 'tls', 'secrets', 'ca', 'cert_key'], use('tlsConfig.ca: key in the CA Secret'));
    if (caName)
        tls.ca = { name: caName, key: caKey ?? 'ca.crt' };
    const clientName = r.string(['grpc', 'tls', 'secrets', 'client', 'name'], use('tlsConfig.cert/keySecret: the client Secret'));
    const certKey = r.string(['grpc', 'tls', 'secrets', 'client', 'cert_key'], use('tlsConfig.cert: key in the client Secret'));
    const keyKey = r.string(['grpc', 'tls', 'secrets', 'client', 'key_key'], use('tlsConfig.keySecret: key in the client Secret'));
    if (clientName)
        tls.client = { name: clientName, certKey: certKey ?? 'tls.crt', keyKey: keyKey ?? 'tls.key' };
    return tls;
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/merge-values.ts

/**
 * Helm's order for several values files: later files win, mappings merge key
 * by key, lists and scalars are replaced whole, and null removes a key.
 */
function mergeValues(files) {
    let merged = {};
    for (const f of files)
        merged = mergeInto(merged, f.values);
    return merged;
}
function mergeInto(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        if (value === null) {
            delete out[key];
            continue;
        }
        const prev = out[key];
        out[key] = (0,json/* isObject */.Gv)(prev) && (0,json/* isObject */.Gv)(value) ? mergeInto(prev, value) : dropNulls(value);
    }
    return out;
}
function dropNulls(value) {
    if (!(0,json/* isObject */.Gv)(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== null)
            out[k] = dropNulls(v);
    return out;
}
/** The last file that sets `path` (the one whose value won). */
function originOf(files, path) {
    for (let i = files.length - 1; i >= 0; i--) {
        let cur = files[i].values;
        for (const step of path)
            cur = (0,json/* isObject */.Gv)(cur) ? cur[step] : undefined;
        if (cur !== undefined)
            return files[i].file;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/values-keys.ts
/**
 * Values keys the configuration migrator understands but leaves to other
 * tools: they shape the workload itself, which `mmf migrate helm-to-kustomize`
 * carries into the base (at parity) and `mmf migrate generate-overlay` varies
 * per environment. Keys the migrator reads itself are recorded by the
 * ValuesReader; every key that is neither is reported as not understood.
 */

const BASE = 'workload: carried into the base by mmf migrate helm-to-kustomize';
const OVERLAY = 'per environment: mmf migrate generate-overlay';
function known(reason, keys) {
    if (!keys)
        return { reason };
    return {
        reason,
        keys: Array.isArray(keys)
            ? Object.fromEntries(keys.map((k) => [k, { reason }]))
            : keys,
    };
}
const WORKLOAD_KEYS = {
    replicaCount: known(`${OVERLAY} --replicas`),
    image: known(`${OVERLAY} --image-tag`, ['repository', 'tag', 'pullPolicy', 'digest', 'registry']),
    imagePullSecrets: known(BASE),
    nameOverride: known(BASE),
    fullnameOverride: known(BASE),
    commonLabels: known(BASE),
    podAnnotations: known(BASE),
    podLabels: known(BASE),
    resources: known(`${OVERLAY} --cpu-request/--cpu-limit/--memory-request/--memory-limit`),
    nodeSelector: known(BASE),
    tolerations: known(BASE),
    affinity: known(BASE),
    topologySpreadConstraints: known(BASE),
    priorityClassName: known(BASE),
    terminationGracePeriodSeconds: known(BASE),
    livenessProbe: known(BASE),
    readinessProbe: known(BASE),
    startupProbe: known(BASE),
    volumes: known(BASE),
    volumeMounts: known(BASE),
    env: known(BASE),
    envFrom: known(BASE),
    extraEnv: known(BASE),
    command: known(BASE),
    args: known(BASE),
    service: known(BASE, {
        type: known(BASE),
        port: known(BASE),
        targetPort: known(BASE),
        healthPort: known(BASE),
        nodePort: known(BASE),
        annotations: known(BASE),
        labels: known(BASE),
        clusterIP: known(BASE),
        http: known(BASE, ['port', 'targetPort', 'name']),
        grpc: known(BASE),
        metrics: known(BASE),
    }),
    // Legacy per-service charts.
    config: known(BASE, {
        database: known(BASE, ['host', 'port', 'name', 'user', 'password', 'existingSecret', 'sslMode']),
        kafka: known(BASE, ['brokers', 'topicPrefix']),
        redis: known(BASE, ['host', 'port', 'password', 'db']),
    }),
    openxpki: known(BASE),
    hpa: known(BASE),
    migrations: known(BASE),
    // The standardised chart.
    grpc: known(BASE, { tls: known(BASE) }),
    database: known(BASE),
    objectStorage: known(BASE),
    keyVault: known(BASE),
    eventBus: known(BASE),
    ingress: known(BASE),
    httpRoute: known(BASE),
    autoscaling: known(BASE, [
        'enabled',
        'minReplicas',
        'maxReplicas',
        'targetCPUUtilizationPercentage',
        'targetMemoryUtilizationPercentage',
        'behavior',
    ]),
    migration: known(BASE),
    persistence: known(BASE, [
        'enabled',
        'storageClass',
        'accessMode',
        'accessModes',
        'size',
        'annotations',
        'existingClaim',
        'mountPath',
    ]),
    configMap: known(BASE, ['create', 'data', 'name']),
    secret: known(BASE, ['create', 'data', 'name']),
    podDisruptionBudget: known(BASE, ['enabled', 'minAvailable', 'maxUnavailable']),
    global: known(BASE),
};
/**
 * Sorts every key of the merged values into: read by the migrator (`used`,
 * skipped here), known but handled elsewhere, or not understood. A key is
 * reported at the highest level that is not understood (a typo'd section is
 * one entry, not one per leaf).
 */
function classifyKeys(values, used, probed, originOf) {
    const elsewhere = [];
    const unknown = [];
    const withOrigin = (entry, path) => {
        const from = originOf(path);
        return from ? { ...entry, from } : entry;
    };
    const walk = (node, path, schema) => {
        for (const [k, value] of Object.entries(node)) {
            const p = [...path, k];
            const key = (0,json/* formatPath */.jV)(p);
            if (used.has(key))
                continue;
            // A known key without listed sub-keys vouches for its whole subtree.
            const child = schema?.keys ? schema.keys[k] : schema ? { reason: schema.reason } : undefined;
            const container = probed.has(key);
            if ((0,json/* isObject */.Gv)(value) && Object.keys(value).length > 0 && (container || child?.keys)) {
                walk(value, p, child);
                continue;
            }
            if (child)
                elsewhere.push(withOrigin({ key, reason: child.reason }, p));
            else if (!(container && (0,json/* isObject */.Gv)(value)))
                unknown.push(withOrigin({ key }, p));
        }
    };
    walk(values, [], { reason: '', keys: WORKLOAD_KEYS });
    return { elsewhere, unknown };
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/values-reader.ts
/**
 * Typed, recorded reads of merged Helm values. Every key the configuration
 * migrator reads is recorded with what it was used for, so the report can
 * say where each key went and list, exactly, the keys nobody read.
 */



const COMPONENTS = ['service-mesh', 'observability', 'security'];
class ValuesReader {
    root;
    originOf;
    uses = [];
    /** Every path read, present or not, and all their prefixes (formatted). */
    probed = new Set();
    constructor(root, 
    /** The last values file that set a path. */
    originOf) {
        this.root = root;
        this.originOf = originOf;
    }
    /** The raw value at path (not recorded); intermediate non-mappings are an input error. */
    peek(path) {
        let cur = this.root;
        for (let i = 0; i < path.length; i++) {
            if (!(0,json/* isObject */.Gv)(cur)) {
                throw this.invalid(path.slice(0, i), 'must be a mapping of keys', cur);
            }
            const next = cur[path[i]];
            if (next === undefined || next === null)
                return undefined;
            cur = next;
        }
        return cur;
    }
    has(path) {
        return this.peek(path) !== undefined;
    }
    /** Reads a value of any type, recording it. */
    any(path, purpose) {
        for (let i = 1; i <= path.length; i++)
            this.probed.add((0,json/* formatPath */.jV)(path.slice(0, i)));
        const value = this.peek(path);
        if (value !== undefined) {
            const use = {
                key: (0,json/* formatPath */.jV)(path),
                component: purpose.component,
                use: purpose.use,
                applied: purpose.applied ?? true,
            };
            // Short one-line scalars only: the report shows modes, ports and intervals, not documents.
            if (typeof value === 'number' || typeof value === 'boolean')
                use.value = value;
            else if (typeof value === 'string' && value.length <= 80 && !value.includes('\n'))
                use.value = value;
            const from = this.originOf(path);
            if (from)
                use.from = from;
            this.uses.push(use);
        }
        return value;
    }
    bool(path, purpose) {
        const v = this.any(path, purpose);
        if (v === undefined || typeof v === 'boolean')
            return v;
        throw this.invalid(path, 'must be true or false', v, 'write true or false without quotes');
    }
    string(path, purpose, allowed) {
        const v = this.any(path, purpose);
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string')
            throw this.invalid(path, 'must be a string', v);
        if (allowed && !allowed.includes(v))
            throw this.invalid(path, `must be one of ${allowed.join(', ')}`, v);
        return v;
    }
    /** An Istio/Prometheus duration: 10s, 500ms, 1m30s. */
    duration(path, purpose) {
        const v = this.string(path, purpose);
        if (v !== undefined && !mesh_policies/* DURATION */.ft.test(v))
            throw this.invalid(path, 'must be a duration such as 10s or 500ms', v);
        return v;
    }
    /** A whole number within bounds. */
    int(path, purpose, min, max) {
        const v = this.any(path, purpose);
        if (v === undefined)
            return undefined;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
            throw this.invalid(path, `must be a whole number from ${min} to ${max}`, v);
        return v;
    }
    /** A port number, or a named port when `named` is allowed. */
    port(path, purpose, named = false) {
        const v = this.any(path, purpose);
        if (v === undefined)
            return undefined;
        if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535)
            return v;
        if (named && typeof v === 'string' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) && v.length <= 15)
            return v;
        if (typeof v === 'string' && /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535)
            return Number(v);
        throw this.invalid(path, named ? 'must be a port number or a port name' : 'must be a port number', v);
    }
    object(path, purpose) {
        const v = this.any(path, purpose);
        if (v === undefined || (0,json/* isObject */.Gv)(v))
            return v;
        throw this.invalid(path, 'must be a mapping of keys', v);
    }
    stringMap(path, purpose) {
        const v = this.object(path, purpose);
        if (v === undefined)
            return undefined;
        const out = {};
        for (const [k, item] of Object.entries(v)) {
            if (typeof item !== 'string')
                throw this.invalid([...path, k], 'must be a string (quote it)', item);
            out[k] = item;
        }
        return out;
    }
    /** A list whose items are mappings. */
    objectList(path, purpose) {
        const v = this.any(path, purpose);
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v) || !v.every(json/* isObject */.Gv))
            throw this.invalid(path, 'must be a list of mappings', v);
        return v;
    }
    stringList(path, purpose, allowed) {
        const v = this.any(path, purpose);
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && (!allowed || allowed.includes(s))))
            throw this.invalid(path, allowed ? `must be a list of ${allowed.join(', ')}` : 'must be a list of strings', v);
        return v;
    }
    invalid(path, problem, value, hint) {
        const shown = (0,json/* jsonText */.s$)(value);
        return new errors/* MmfError */.H0('E_INPUT_INVALID', `values key ${(0,json/* formatPath */.jV)(path)} ${problem}, not ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}`, { ...(this.originOf(path) ? { file: this.originOf(path) } : {}), ...(hint ? { hint } : {}) });
    }
}

;// CONCATENATED MODULE: ./actions/config-migrate/core/plan-config.ts
/**
 * Plans `mmf migrate config`: Helm values (merged in order) become up to three
 * Kustomize components (service-mesh, observability, security) plus a report
 * of where every values key went. Pure: parsed values in, file map out.
 */











const CONFIG_REPORT_MD = 'MIGRATION_CONFIG_REPORT.md';
const CONFIG_REPORT_JSON = 'config-report.json';
/** The folder the command writes, inside --output. */
const COMPONENTS_DIR = 'components';
const NOT_GENERATED = {
    'service-mesh': 'The values do not turn a mesh on (serviceMesh.enabled, or the legacy linkerd.enabled).',
    observability: 'The values turn on no ServiceMonitor, PodMonitor, PrometheusRule or Grafana dashboard, and set no service.metricsPort.',
    security: 'The values set none of serviceAccount, rbac, networkPolicy, podSecurityContext or securityContext.',
};
function planConfigMigration(input) {
    if (!input.values.length)
        throw new errors/* MmfError */.H0('E_USAGE', 'missing --values <values.yaml>', {
            hint: 'mmf migrate config --values values.yaml [--values values-prod.yaml] --output k8s',
        });
    if (input.namespace !== undefined)
        (0,names/* assertDnsLabel */.SG)(input.namespace, 'namespace');
    const merged = mergeValues(input.values);
    const origin = (path) => originOf(input.values, path);
    const reader = new ValuesReader(merged, origin);
    const settings = interpretValues(reader, input.serviceName === undefined ? {} : { serviceName: input.serviceName });
    const builders = {};
    const mesh = planMeshComponent(settings);
    if (mesh)
        builders['service-mesh'] = mesh;
    const observability = planObservabilityComponent(settings);
    if (observability)
        builders.observability = observability;
    const security = planSecurityComponent(settings, input.namespace ? { namespace: input.namespace } : {});
    if (security)
        builders.security = security.component;
    const files = new Map();
    const components = [];
    for (const name of COMPONENTS) {
        const builder = builders[name];
        const path = `${COMPONENTS_DIR}/${name}`;
        if (!builder) {
            components.push({
                name,
                path,
                generated: false,
                reason: NOT_GENERATED[name],
                resources: [],
                patches: [],
            });
            continue;
        }
        const plan = builder.finish((fields) => (0,kustomization/* kustomizationYaml */.Pn)('Component', fields, [
            `Component "${name}" of ${settings.serviceName}, generated by mmf migrate config from ${input.values.map((v) => v.file).join(', ')}.`,
            `Include it from an overlay: components: [../../${path}]`,
        ]));
        for (const [file, text] of plan.files)
            files.set(`${name}/${file}`, text);
        components.push({ name, path, generated: true, resources: plan.resources, patches: plan.patches });
    }
    const generated = new Set(components.filter((c) => c.generated).map((c) => c.name));
    const used = dedupe(reader.uses).map((u) => ({
        ...u,
        applied: u.applied && (u.component === 'shared' ? generated.size > 0 : generated.has(u.component)),
    }));
    const { elsewhere, unknown } = classifyKeys(merged, new Set(used.map((u) => u.key)), reader.probed, origin);
    const report = {
        serviceName: settings.serviceName,
        selectorName: settings.selectorName,
        valuesFiles: input.values.map((v) => v.file),
        shapes: shapesOf(reader),
        components,
        ...(security ? { podSecurityLevel: security.level } : {}),
        keys: { used, elsewhere, unknown },
        defaults: settings.defaults,
        notes: [...settings.notes, ...notesFor(settings, generated)],
    };
    files.set(CONFIG_REPORT_MD, renderConfigReport(report));
    files.set(CONFIG_REPORT_JSON, JSON.stringify(report, null, 2) + '\n');
    return { files, report };
}
function dedupe(uses) {
    const seen = new Set();
    return uses.filter((u) => {
        const id = `${u.key}\u0000${u.component}\u0000${u.use}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
/** Which of the known values shapes the input resembles (informational). */
function shapesOf(r) {
    const shapes = [];
    if (r.has(['config', 'database']) || r.has(['config', 'kafka']) || r.has(['service', 'metricsPort']))
        shapes.push('marty-legacy');
    if (r.has(['serviceMesh']) || r.has(['monitoring']) || r.has(['grpc', 'tls']) || r.has(['service', 'http']))
        shapes.push('marty-standard');
    if (r.has(['httpRoute']) || r.has(['serviceAccount', 'automount']) || r.has(['podLabels']))
        shapes.push('helm-create');
    return shapes;
}
function notesFor(s, generated) {
    const notes = [];
    if (generated.size)
        notes.push(`Each component patches Deployment/${s.serviceName} (and, for Linkerd, Service/${s.serviceName}); the base must hold them, with the label app.kubernetes.io/name: ${s.selectorName} on the Service and the pods.`);
    if (generated.has('observability') && s.monitors.some((m) => m.scheme === 'https' && !m.tlsConfig)) {
        notes.push(`Monitors scrape over https (grpc.tls.enabled) with tlsConfig.serverName ${s.serviceName}` +
            (s.tls.ca
                ? `, trusting the CA in Secret ${s.tls.ca.name}.`
                : '; no CA Secret is named (grpc.tls.secrets.ca), so Prometheus verifies against its own trust store.'));
        if (s.tls.clientAuth && !s.tls.client)
            notes.push('The service requires client certificates, but grpc.tls.secrets.client names no Secret for Prometheus to present.');
    }
    if (generated.has('security')) {
        if (s.security?.serviceAccount?.create)
            notes.push(`The security component adds ServiceAccount/${s.security.serviceAccount.name}: if the base already holds it (helm-to-kustomize carries it over), delete one of the two, since kustomize refuses duplicates.`);
        if (s.security?.securityContext || s.security?.podSecurityContext)
            notes.push('The container securityContext patch replaces the first container’s securityContext; other containers keep theirs.');
    }
    return notes;
}

;// CONCATENATED MODULE: ./actions/config-migrate/migrate-config.ts
/**
 * `mmf migrate config` end to end: read the values files, plan the
 * components, and write <output>/components/ atomically (the service folder
 * may already hold base/ and overlays/; only components/ is replaced).
 */





async function migrateConfig(options) {
    if (options.serviceName !== undefined)
        (0,names/* assertDnsLabel */.SG)(options.serviceName, 'service name', 'service');
    const values = await loadValuesFiles(options.values);
    const plan = planConfigMigration({
        values,
        ...(options.serviceName !== undefined ? { serviceName: options.serviceName } : {}),
        ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
    });
    const dir = (0,external_node_path_.join)(options.output, COMPONENTS_DIR);
    await (0,staged_output/* withStagedOutput */.C3)(dir, { force: options.force, keep: options.values }, (staged) => staged.write((0,staged_output/* textTree */.IU)(plan.files)));
    const { report } = plan;
    const made = report.components.filter((c) => c.generated).map((c) => c.name);
    options.log.info(`${report.serviceName}: ${made.length ? `components ${made.join(', ')}` : 'no components'} from ${report.valuesFiles.length} values file(s)`);
    if (report.keys.unknown.length)
        options.log.warn(`${report.keys.unknown.length} values key(s) not understood (see ${(0,external_node_path_.join)(dir, 'MIGRATION_CONFIG_REPORT.md')}): ${report.keys.unknown.map((k) => k.key).join(', ')}`);
    return { dir, files: [...plan.files.keys()].sort(), report };
}

;// CONCATENATED MODULE: ./actions/config-migrate/run-config-migrate-command.ts




/** What `mmf migrate config` does once its flags are parsed (cli.ts loads this only when it runs). */
async function runMigrateConfigCommand(flags, cmd, io, state) {
    const result = await migrateConfig({
        values: flags.values,
        output: flags.output,
        ...(flags.serviceName !== undefined ? { serviceName: flags.serviceName } : {}),
        ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
        force: Boolean(flags.force),
        log: (0,tool_flags/* stderrLogger */.D7)(io),
    });
    const text = () => {
        const lines = [`Wrote ${result.dir}/`];
        for (const c of result.report.components)
            lines.push(c.generated
                ? `  ${c.name}: ${[...c.resources, ...c.patches.map((p) => `patch ${p.split(':')[0]}`)].join(', ')}`
                : `  ${c.name}: not generated`);
        const { used, elsewhere, unknown } = result.report.keys;
        lines.push(`  values keys: ${used.length} used, ${elsewhere.length} left to the base/overlays, ${unknown.length} not understood`);
        return lines.join('\n') + '\n';
    };
    const summary = { dir: result.dir, files: result.files, report: result.report };
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), { result: summary, exitCode: 0, text }, flags);
}


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestYaml),
/* harmony export */   FJ: () => (/* binding */ isKustomizationFileName),
/* harmony export */   Pn: () => (/* binding */ kustomizationYaml),
/* harmony export */   Pw: () => (/* binding */ kustomizationHeader),
/* harmony export */   YU: () => (/* binding */ KUSTOMIZATION_FILE_NAMES),
/* harmony export */   Yx: () => (/* binding */ deploymentPatch),
/* harmony export */   Zn: () => (/* binding */ selectorLabels),
/* harmony export */   hm: () => (/* binding */ serviceAnnotationPatch)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_API, COMPONENT_API */
/* harmony import */ var _yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9441);

const KUSTOMIZE_API = 'kustomize.config.k8s.io/v1beta1';
const COMPONENT_API = 'kustomize.config.k8s.io/v1alpha1';
/** The file names kustomize accepts for a kustomization, in the order it looks for them. */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function isKustomizationFileName(name) {
    return KUSTOMIZATION_FILE_NAMES.includes(name);
}
/** apiVersion and kind of a kustomization (or a Component), first in every file we write. */
function kustomizationHeader(kind = 'Kustomization') {
    return { apiVersion: kind === 'Component' ? COMPONENT_API : KUSTOMIZE_API, kind };
}
/** kustomization.yaml text for an overlay (Kustomization) or a Component, with a comment header. */
function kustomizationYaml(kind, fields, header = []) {
    const doc = { ...kustomizationHeader(kind) };
    if (fields.namespace)
        doc.namespace = fields.namespace;
    if (fields.resources?.length)
        doc.resources = [...fields.resources];
    if (fields.images?.length)
        doc.images = fields.images.map((i) => ({ ...i }));
    if (fields.replicas?.length)
        doc.replicas = fields.replicas.map((r) => ({ ...r }));
    if (fields.patches?.length)
        doc.patches = fields.patches.map((p) => p.target ? { path: p.path, target: { ...p.target } } : { path: p.path });
    return comment(header) + (0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .toYaml */ .fE)(doc);
}
/** One object per file; several (a multi-document file) when given a list. */
function manifestYaml(objects, header = []) {
    return comment(header) + (Array.isArray(objects) ? (0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .toYamlStream */ .pJ)(objects) : (0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .toYaml */ .fE)(objects));
}
function comment(lines) {
    return lines.map((l) => (l ? `# ${l}\n` : '#\n')).join('');
}
/** The selector labels the generators assume on the service's pods and Service. */
function selectorLabels(name) {
    return { 'app.kubernetes.io/name': name };
}
/** A strategic-merge patch of a Deployment's pod template: labels, annotations and pod spec fields. */
function deploymentPatch(name, pod) {
    const metadata = {};
    if (pod.labels && Object.keys(pod.labels).length)
        metadata.labels = { ...pod.labels };
    if (pod.annotations && Object.keys(pod.annotations).length)
        metadata.annotations = { ...pod.annotations };
    const template = {};
    if (Object.keys(metadata).length)
        template.metadata = metadata;
    if (pod.spec && Object.keys(pod.spec).length)
        template.spec = pod.spec;
    return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: { template } };
}
/** A strategic-merge patch adding annotations to a Service. */
function serviceAnnotationPatch(name, annotations) {
    return { apiVersion: 'v1', kind: 'Service', metadata: { name, annotations: { ...annotations } } };
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ isDns1123Subdomain),
/* harmony export */   SG: () => (/* binding */ assertDnsLabel),
/* harmony export */   Tg: () => (/* binding */ environmentCaseClash),
/* harmony export */   Y1: () => (/* binding */ toDns1123Label),
/* harmony export */   z3: () => (/* binding */ isDns1123Label)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

/** An RFC 1123 label: what Kubernetes accepts for namespaces and most object names. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const MAX_LABEL = 63;
function isDns1123Label(name, maxLength = MAX_LABEL) {
    return name.length <= maxLength && DNS1123_LABEL.test(name);
}
function isDns1123Subdomain(name) {
    return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}
/** Best-effort repair: lower case, other characters to "-", trimmed; undefined when nothing is left. */
function toDns1123Label(text, maxLength = MAX_LABEL) {
    const fixed = text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .slice(0, maxLength)
        .replace(/^-+|-+$/g, '');
    return fixed && DNS1123_LABEL.test(fixed) ? fixed : undefined;
}
/**
 * Checks a name used as a Kubernetes object name, label value and folder
 * name (E_NAME_INVALID naming `what`, with a corrected suggestion). Service
 * names are stricter (RFC 1035: they start with a letter).
 */
function assertDnsLabel(value, what, kind = 'label', maxLength = MAX_LABEL) {
    const problem = value.length === 0
        ? 'is empty'
        : value.length > maxLength
            ? `is ${value.length} characters long (at most ${maxLength})`
            : !DNS1123_LABEL.test(value)
                ? 'may hold only lower-case letters, digits and "-", and must start and end with a letter or digit'
                : kind === 'service' && !/^[a-z]/.test(value)
                    ? 'must start with a letter (Service names are RFC 1035 labels)'
                    : undefined;
    if (!problem)
        return;
    const suggestion = toDns1123Label(value, maxLength)?.replace(kind === 'service' ? /^[^a-z]+/ : /^$/, '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_NAME_INVALID', `${what} "${JSON.stringify(value).slice(1, -1)}" ${problem}`, {
        hint: `use a DNS-1123 label${suggestion ? ` such as ${suggestion}` : ''}`,
    });
}
/** Environment names that differ only in case would share one overlays/ folder on macOS and Windows. */
function environmentCaseClash(first, second) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment names "${first}" and "${second}" differ only in case: on macOS and Windows they would be one overlays/ folder`, { hint: 'give every environment a name that differs in more than case, e.g. prod and prod-eu' });
}


/***/ }),

/***/ 6988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ assertNoEscapingEntries),
/* harmony export */   y: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5067);
/* harmony import */ var _path_inside_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2972);




const LINK_HINT = 'replace the link with a copy of the file inside the folder, or remove it; links that stay inside the folder keep working';
/**
 * Refuses a folder of untrusted content (a chart from a pull request) that
 * holds a symbolic link resolving outside it, or a device, FIFO or socket
 * file, before any tool reads it: through such an entry a template could read
 * /proc/self/environ, a kubeconfig or a device. The error names the entry and
 * where it points, never what is there. Links that stay inside are allowed
 * (their content is the folder's own).
 */
async function assertNoEscapingEntries(root, shownAs = root) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    const pending = [root];
    while (pending.length) {
        const dir = pending.pop();
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const label = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(shownAs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path));
            if (entry.isDirectory())
                pending.push(path);
            else if (entry.isSymbolicLink())
                await checkLink(path, label, realRoot, shownAs);
            else if (!entry.isFile()) {
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `is a ${kindOf(entry)}, not a regular file; it was not read`, {
                    file: label,
                    hint: 'charts hold only folders, regular files and links inside the chart',
                });
            }
        }
    }
}
function kindOf(entry) {
    if (entry.isCharacterDevice() || entry.isBlockDevice())
        return 'device file';
    if (entry.isFIFO())
        return 'FIFO (named pipe)';
    if (entry.isSocket())
        return 'socket';
    return 'special file';
}
/** What a link names (as written) and where it really leads (a dangling or looping link: the path it names). */
async function linkTarget(link) {
    const named = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(link);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), named));
    return { named, real };
}
function describeTarget({ named, real }, link) {
    return real === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), named) ? real : `${named} (resolves to ${real})`;
}
async function checkLink(link, label, realRoot, shownAs) {
    const target = await linkTarget(link);
    if ((0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(target.real, realRoot))
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `is a symbolic link to ${describeTarget(target, link)}, outside ${shownAs}; it was not followed and nothing was rendered`, { file: label, hint: LINK_HINT });
}
/**
 * An input path inside `root` (the workspace, or the current directory) that
 * is or passes through a symbolic link must resolve inside `root` too. A path
 * the user names outside `root` is their own choice and is not checked.
 */
async function assertResolvesInside(path, root, what) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root));
    if (!(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(abs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root)) && !(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(abs, realRoot))
        return;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
    if (real === undefined || (0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(real, realRoot))
        return;
    const isLink = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined))?.isSymbolicLink() ?? false;
    const shown = isLink ? describeTarget({ named: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(abs), real }, abs) : real;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `${what} ${isLink ? 'is' : 'passes through'} a symbolic link to ${shown}, outside ${root}; it was not read`, { file: path, hint: LINK_HINT });
}


/***/ }),

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   a: () => (/* binding */ realPathOrAncestor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
async function realPathOrAncestor(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const missing = [];
    let cur = abs;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cur), ...missing);
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur);
            if (parent === cur)
                return abs;
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, cur));
            cur = parent;
        }
    }
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ removeTreeSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Removes a folder synchronously, for exit and signal handlers. A write that
 * the thread pool was already running when the signal came can land after
 * the removal scanned a folder; each such file makes the removal fail (or
 * recreates the folder), so it is retried until the folder is gone.
 */
function removeTreeSync(path, attempts = 5) {
    for (let attempt = 1;; attempt++) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
        }
        catch (err) {
            if (attempt >= attempts)
                throw err;
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || attempt >= attempts)
            return;
        Atomics.wait(pause, 0, 0, 10 * attempt);
    }
}


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cf: () => (/* binding */ onExit),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony export runExitCleanups */
const cleanups = new Set();
const children = new Set();
let installed = false;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
/**
 * Runs every registered cleanup now. The process does it at exit by itself;
 * a test runner whose sandbox never sees the real `exit` event calls it.
 */
function runExitCleanups() {
    runCleanups();
}
function runCleanups() {
    for (const cleanup of [...cleanups].reverse()) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // best effort: the next cleanup still runs
        }
    }
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', runCleanups);
    for (const signal of Object.keys(SIGNAL_EXIT)) {
        process.on(signal, () => {
            for (const child of children)
                child.kill('SIGKILL');
            const pending = cleanups.size;
            runCleanups();
            process.stderr.write(`interrupted by ${signal}: stopped${pending ? '; temporary and staging folders removed, nothing was written' : ''}\n`);
            process.exit(SIGNAL_EXIT[signal]);
        });
    }
}
/** Runs `cleanup` (synchronous) at exit or on SIGINT/SIGTERM; the returned function unregisters it. */
function onExit(cleanup) {
    install();
    cleanups.add(cleanup);
    return () => void cleanups.delete(cleanup);
}
/** A child process that SIGINT/SIGTERM must stop before the process exits. */
function trackChild(child) {
    install();
    children.add(child);
    child.once('close', () => children.delete(child));
    child.once('error', () => children.delete(child));
}


/***/ })

};
