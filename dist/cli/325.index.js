export const id = 325;
export const ids = [325];
export const modules = {

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ parseImageReference),
/* harmony export */   z: () => (/* binding */ parseImage)
/* harmony export */ });
/**
 * Splits an image as written in a manifest into name, tag and digest, without
 * judging it (kustomize's `images:` matches on the name part).
 */
function parseImage(image) {
    const at = image.indexOf('@');
    const digest = at >= 0 ? image.slice(at + 1) : undefined;
    const rest = at >= 0 ? image.slice(0, at) : image;
    const colon = rest.lastIndexOf(':');
    const hasTag = colon > rest.lastIndexOf('/');
    const ref = { name: hasTag ? rest.slice(0, colon) : rest };
    if (hasTag)
        ref.tag = rest.slice(colon + 1);
    if (digest)
        ref.digest = digest;
    return ref;
}
// The reference grammar of distribution/reference, simplified: lower-case
// path components, an optional registry host[:port], then :tag and/or @digest.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?';
const REFERENCE = new RegExp(`^(${HOST}${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$`);
/**
 * Parses a well-formed reference (`repo:tag`, `repo@sha256:…`,
 * `repo:tag@sha256:…`, or a bare `repo`) into the same ImageRef that
 * parseImage gives; undefined when `text` is not one (upper case, spaces,
 * options smuggled in). Policy (say, no `latest`) is the caller's.
 */
function parseImageReference(text) {
    const match = REFERENCE.exec(text);
    if (!match?.[1])
        return undefined;
    const [, name, tag, digest] = match;
    return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
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

/***/ 1325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGenerateOverlayCommand: () => (/* binding */ runGenerateOverlayCommand)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: ./actions/kernel/yaml-codec.ts + 1 modules
var yaml_codec = __webpack_require__(9441);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/platform/kustomize/kustomize-build.ts
var kustomize_build = __webpack_require__(6366);
// EXTERNAL MODULE: ./actions/platform/tools/resolve-tool.ts + 4 modules
var resolve_tool = __webpack_require__(6659);
// EXTERNAL MODULE: ./actions/platform/fs/staged-output.ts + 2 modules
var staged_output = __webpack_require__(8905);
// EXTERNAL MODULE: ./actions/platform/fs/read-small-file.ts
var read_small_file = __webpack_require__(365);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/k8s/kustomization.ts
var k8s_kustomization = __webpack_require__(5716);
;// CONCATENATED MODULE: ./actions/platform/kustomize/kustomize-folder.ts




/**
 * What a kustomization folder holds at its top level: its kustomization file
 * (read, at most `limit` bytes) and its other YAML files (listed, not read).
 * Undefined when the folder does not exist or holds no kustomization.
 */
async function readKustomizeFolder(dir, limit) {
    const entries = await (0,promises_.readdir)(dir).catch(() => undefined);
    const kustomization = entries?.find(k8s_kustomization/* isKustomizationFileName */.FJ);
    if (!entries || !kustomization)
        return undefined;
    const kustomizationText = await (0,read_small_file/* readSmallText */.F)((0,external_node_path_.join)(dir, kustomization), limit);
    return {
        kustomization,
        ...(kustomizationText !== undefined ? { kustomizationText } : {}),
        yamlFiles: entries.filter((e) => /\.ya?ml$/.test(e) && !(0,k8s_kustomization/* isKustomizationFileName */.FJ)(e)).sort(),
    };
}
/** The entries of a service's overlays/ folder (one per environment), [] when it has none. */
async function listOverlays(serviceDir) {
    return (0,promises_.readdir)((0,external_node_path_.join)(serviceDir, 'overlays')).catch(() => []);
}

// EXTERNAL MODULE: ./actions/kernel/k8s/manifest-stream.ts
var manifest_stream = __webpack_require__(7725);
// EXTERNAL MODULE: ./actions/kernel/k8s/image-ref.ts
var image_ref = __webpack_require__(8768);
;// CONCATENATED MODULE: ./actions/overlay/inspect-base.ts
/**
 * Reads a service's Kustomize base folder to learn what an overlay must name:
 * the Deployment's first container, its image (without tag) and its ports.
 * Plain files only (the base's *.yaml). When the kustomization lists only
 * files of its own folder and renames nothing, what they hold is what the
 * base builds (`complete`), so a missing Deployment is known to be missing;
 * a base built from folders, remote resources, components or Helm charts is
 * read as far as its own files go, and the caller falls back to flags.
 */






const MAX_BASE_FILE = 4 * 1024 * 1024;
async function inspectBase(baseDir, serviceName) {
    const info = { exists: false, complete: false, deployments: [], warnings: [] };
    const folder = await readKustomizeFolder(baseDir, MAX_BASE_FILE);
    if (!folder)
        return info;
    info.exists = true;
    const listed = ownFiles((0,external_node_path_.join)(baseDir, folder.kustomization), folder.kustomizationText, new Set(folder.yamlFiles));
    info.complete = listed !== undefined;
    for (const entry of listed ?? folder.yamlFiles) {
        const path = (0,external_node_path_.join)(baseDir, entry);
        const read = await (0,read_small_file/* readSmallFile */.E)(path, MAX_BASE_FILE);
        if ('skipped' in read && read.skipped !== 'unreadable') {
            info.complete = false;
            continue;
        }
        const docs = 'text' in read ? parseOrUndefined(read.text, path) : undefined;
        if (!docs) {
            info.warnings.push(`${path} is not valid YAML; it was not inspected`);
            info.complete = false;
            continue;
        }
        for (const { value } of docs) {
            if (!(0,json/* isObject */.Gv)(value) || value.kind !== 'Deployment' || !(0,json/* isObject */.Gv)(value.metadata))
                continue;
            if (typeof value.metadata.name === 'string')
                info.deployments.push(value.metadata.name);
            if (value.metadata.name !== serviceName)
                continue;
            info.deployment = { file: entry, ...describePod(value), ports: portsOf(value) };
            return info;
        }
    }
    info.warnings.push(`no Deployment named ${serviceName} in the base's YAML files: patches name it and will fail to build without it`);
    return info;
}
/** Fields through which a kustomization gets resources from elsewhere, or renames them. */
const OPAQUE_FIELDS = [
    'bases',
    'components',
    'helmCharts',
    'helmChartInflationGenerator',
    'namePrefix',
    'nameSuffix',
];
/**
 * The files the kustomization's `resources:` lists when each is a YAML file
 * of the base folder and nothing else brings or renames resources; otherwise
 * undefined (the base cannot be read from its files alone).
 */
function ownFiles(kustomization, text, yamlFiles) {
    const doc = text === undefined ? undefined : parseOrUndefined(text, kustomization)?.[0]?.value;
    if (!(0,json/* isObject */.Gv)(doc) || OPAQUE_FIELDS.some((f) => doc[f] !== undefined))
        return undefined;
    const resources = doc.resources ?? [];
    if (!Array.isArray(resources))
        return undefined;
    const files = [];
    for (const entry of resources) {
        const name = typeof entry === 'string' ? entry.replace(/^\.\//, '') : undefined;
        if (!name || !yamlFiles.has(name))
            return undefined;
        files.push(name);
    }
    return files;
}
function parseOrUndefined(text, file) {
    try {
        return (0,yaml_codec/* parseYamlDocuments */.v)(text, file);
    }
    catch {
        return undefined;
    }
}
function firstContainer(deployment) {
    const spec = deployment.spec;
    const template = (0,json/* isObject */.Gv)(spec) ? spec.template : undefined;
    const pod = (0,json/* isObject */.Gv)(template) ? template.spec : undefined;
    const containers = (0,json/* isObject */.Gv)(pod) ? pod.containers : undefined;
    const first = Array.isArray(containers) ? containers[0] : undefined;
    return (0,json/* isObject */.Gv)(first) ? first : undefined;
}
function describePod(deployment) {
    const c = firstContainer(deployment);
    const out = {};
    if (typeof c?.name === 'string')
        out.container = c.name;
    if (typeof c?.image === 'string')
        out.image = (0,image_ref/* parseImage */.z)(c.image).name;
    return out;
}
/** Named container ports, by role: grpc*, metrics/prometheus, else http. */
function portsOf(deployment) {
    const ports = firstContainer(deployment)?.ports;
    if (!Array.isArray(ports))
        return [];
    const out = [];
    for (const p of ports) {
        if (!(0,json/* isObject */.Gv)(p) || typeof p.containerPort !== 'number')
            continue;
        const name = typeof p.name === 'string' ? p.name : '';
        const role = /grpc/.test(name)
            ? 'grpc'
            : /metric|prom/.test(name)
                ? 'metrics'
                : /health/.test(name)
                    ? undefined
                    : 'http';
        if (role)
            out.push({ role, port: p.containerPort });
    }
    return out;
}

// EXTERNAL MODULE: ./actions/kernel/k8s/mesh-policies.ts
var mesh_policies = __webpack_require__(4503);
// EXTERNAL MODULE: ./actions/kernel/k8s/names.ts
var names = __webpack_require__(6485);
;// CONCATENATED MODULE: ./actions/kernel/k8s/quantity.ts

/** Kubernetes resource quantities as people write them for CPU and memory. */
const QUANTITY = /^(\d+(?:\.\d+)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const FACTOR = {
    '': 1,
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
/** The quantity's value in base units (cores, bytes); an E_USAGE error naming `flag` when malformed. */
function parseQuantity(text, flag) {
    const m = QUANTITY.exec(text);
    if (!m) {
        throw new errors/* MmfError */.H0('E_USAGE', `${flag} "${text}" is not a Kubernetes quantity`, {
            hint: 'write e.g. 250m or 0.5 for CPU, 256Mi or 1Gi for memory',
        });
    }
    return Number(m[1]) * (FACTOR[m[2] ?? ''] ?? 1);
}
/** Checks request <= limit when both are given. */
function assertRequestWithinLimit(request, limit, flags) {
    const r = request === undefined ? undefined : parseQuantity(request, flags[0]);
    const l = limit === undefined ? undefined : parseQuantity(limit, flags[1]);
    if (r !== undefined && l !== undefined && r > l) {
        throw new errors/* MmfError */.H0('E_USAGE', `${flags[0]} ${request} is more than ${flags[1]} ${limit}`, {
            hint: 'Kubernetes rejects a request above its limit; raise the limit or lower the request',
        });
    }
}

;// CONCATENATED MODULE: ./actions/overlay/core/plan-overlay.ts
/**
 * Plans one environment overlay for a service (`mmf migrate generate-overlay`):
 * a kustomization over ../../base in Kustomize's own readable fields
 * (namespace, images, replicas), a small strategic-merge patch for container
 * resources, and, with a service mesh, the mesh policies (mTLS, retries,
 * timeouts, circuit breaking). Pure: options in, file map out.
 */





const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
function planOverlay(o) {
    checkOptions(o);
    const files = new Map();
    const resourceFiles = [];
    const patches = [];
    const summary = { dir: `overlays/${o.environment}`, files, resources: [], patches: [] };
    const header = [
        `Overlay "${o.environment}" of ${o.serviceName}: ${o.command ?? 'generated by mmf migrate generate-overlay'}.`,
    ];
    const requests = definedOnly(o.resources?.requests);
    const limits = definedOnly(o.resources?.limits);
    if (requests || limits) {
        const container = o.container ?? o.serviceName;
        const resources = {};
        if (requests)
            resources.requests = requests;
        if (limits)
            resources.limits = limits;
        files.set('deployment-resources.yaml', (0,k8s_kustomization/* manifestYaml */.$2)((0,k8s_kustomization/* deploymentPatch */.Yx)(o.serviceName, { spec: { containers: [{ name: container, resources }] } })));
        patches.push({ path: 'deployment-resources.yaml' });
        summary.patches.push(`deployment-resources.yaml: resources of container ${container}`);
    }
    if (o.serviceMesh) {
        const traffic = o.traffic ?? mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4;
        const selector = (0,k8s_kustomization/* selectorLabels */.Zn)(o.serviceName);
        const ports = (o.ports?.length ? o.ports : [{ role: 'http', port: 'http' }]).filter((p) => (0,mesh_policies/* isServerPort */.rb)(p.port));
        if (o.serviceMesh === 'istio') {
            const objects = (0,mesh_policies/* istioPolicies */.DD)({
                serviceName: o.serviceName,
                selector,
                mtlsMode: 'STRICT',
                tlsMode: 'ISTIO_MUTUAL',
                traffic,
                permissivePorts: ports.flatMap((p) => p.role === 'metrics' && typeof p.port === 'number' ? [p.port] : []),
            });
            for (const object of objects) {
                const file = `${String(object.kind).toLowerCase()}.yaml`;
                files.set(file, (0,k8s_kustomization/* manifestYaml */.$2)(object));
                resourceFiles.push(file);
                summary.resources.push(`${String(object.kind)}/${o.serviceName}`);
            }
            files.set('deployment-istio.yaml', (0,k8s_kustomization/* manifestYaml */.$2)((0,k8s_kustomization/* deploymentPatch */.Yx)(o.serviceName, { labels: mesh_policies/* ISTIO_POD_LABELS */.tN })));
            patches.push({ path: 'deployment-istio.yaml' });
            summary.patches.push('deployment-istio.yaml: sidecar injection label on the pods');
        }
        else {
            const objects = (0,mesh_policies/* linkerdPolicies */.ay)({ serviceName: o.serviceName, selector, ports });
            files.set('linkerd-policy.yaml', (0,k8s_kustomization/* manifestYaml */.$2)(objects));
            resourceFiles.push('linkerd-policy.yaml');
            for (const object of objects)
                summary.resources.push(`${String(object.kind)}/${String(object.metadata.name)}`);
            files.set('deployment-linkerd.yaml', (0,k8s_kustomization/* manifestYaml */.$2)((0,k8s_kustomization/* deploymentPatch */.Yx)(o.serviceName, { annotations: mesh_policies/* LINKERD_POD_ANNOTATIONS */.$U })));
            files.set('service-linkerd.yaml', (0,k8s_kustomization/* manifestYaml */.$2)((0,k8s_kustomization/* serviceAnnotationPatch */.hm)(o.serviceName, (0,mesh_policies/* linkerdServiceAnnotations */.$h)(traffic))));
            patches.push({ path: 'deployment-linkerd.yaml' }, { path: 'service-linkerd.yaml' });
            summary.patches.push('deployment-linkerd.yaml: proxy injection annotation on the pods', 'service-linkerd.yaml: retry, timeout and circuit-breaking annotations on the Service');
        }
    }
    const images = [];
    if (o.image && (o.image.tag || o.image.digest)) {
        images.push({
            name: o.image.name,
            ...(o.image.newName ? { newName: o.image.newName } : {}),
            ...(o.image.digest ? { digest: o.image.digest } : { newTag: o.image.tag }),
        });
    }
    files.set('kustomization.yaml', (0,k8s_kustomization/* kustomizationYaml */.Pn)('Kustomization', {
        ...(o.namespace ? { namespace: o.namespace } : {}),
        resources: ['../../base', ...resourceFiles],
        images,
        replicas: o.replicas === undefined ? [] : [{ name: o.serviceName, count: o.replicas }],
        patches,
    }, header));
    return summary;
}
function definedOnly(q) {
    if (!q)
        return undefined;
    const out = {};
    if (q.cpu !== undefined)
        out.cpu = q.cpu;
    if (q.memory !== undefined)
        out.memory = q.memory;
    return Object.keys(out).length ? out : undefined;
}
function checkOptions(o) {
    (0,names/* assertDnsLabel */.SG)(o.serviceName, 'service name', 'service');
    (0,names/* assertDnsLabel */.SG)(o.environment, 'environment name');
    if (o.namespace !== undefined)
        (0,names/* assertDnsLabel */.SG)(o.namespace, 'namespace');
    if (o.container !== undefined)
        (0,names/* assertDnsLabel */.SG)(o.container, 'container name');
    if (o.replicas !== undefined && (!Number.isInteger(o.replicas) || o.replicas < 0 || o.replicas > 10_000))
        throw new errors/* MmfError */.H0('E_USAGE', `--replicas ${o.replicas} is not a whole number from 0 to 10000`);
    if (o.image) {
        if (o.image.tag !== undefined && !TAG.test(o.image.tag))
            throw new errors/* MmfError */.H0('E_USAGE', `--image-tag "${o.image.tag}" is not a valid image tag`, {
                hint: 'a tag is up to 128 letters, digits, ".", "_" and "-", e.g. 1.4.2; or give a digest sha256:…',
            });
        if (o.image.digest !== undefined && !DIGEST.test(o.image.digest))
            throw new errors/* MmfError */.H0('E_USAGE', `"${o.image.digest}" is not a valid image digest`);
    }
    const r = o.resources;
    for (const [kind, q] of [
        ['request', r?.requests],
        ['limit', r?.limits],
    ]) {
        if (q?.cpu !== undefined)
            parseQuantity(q.cpu, `--cpu-${kind}`);
        if (q?.memory !== undefined)
            parseQuantity(q.memory, `--memory-${kind}`);
    }
    assertRequestWithinLimit(r?.requests?.cpu, r?.limits?.cpu, ['--cpu-request', '--cpu-limit']);
    assertRequestWithinLimit(r?.requests?.memory, r?.limits?.memory, ['--memory-request', '--memory-limit']);
    if (o.serviceMesh !== undefined && !mesh_policies/* MESH_TYPES */.e9.includes(o.serviceMesh))
        throw new errors/* MmfError */.H0('E_USAGE', `--service-mesh "${String(o.serviceMesh)}" is not one of ${mesh_policies/* MESH_TYPES */.e9.join(', ')}`);
    const t = o.traffic;
    if (t?.timeout !== undefined && !mesh_policies/* DURATION */.ft.test(t.timeout))
        throw new errors/* MmfError */.H0('E_USAGE', `timeout "${t.timeout}" is not a duration such as 10s or 500ms`);
    if (t?.retries &&
        (!Number.isInteger(t.retries.attempts) || t.retries.attempts < 1 || t.retries.attempts > 10))
        throw new errors/* MmfError */.H0('E_USAGE', `retries ${t.retries.attempts} is not a whole number from 1 to 10`, {
            hint: 'use 0 (or --retries 0) for no retries',
        });
}

;// CONCATENATED MODULE: ./actions/overlay/generate-overlay.ts


/**
 * `mmf migrate generate-overlay` end to end: learn names from the base,
 * plan the overlay, write it atomically into <service>/overlays/<env>/,
 * and (with validate) prove it builds with the real kustomize first.
 */












async function generateOverlay(options) {
    const { log } = options;
    (0,names/* assertDnsLabel */.SG)(options.serviceName, 'service name', 'service');
    (0,names/* assertDnsLabel */.SG)(options.environment, 'environment name');
    const baseDir = (0,external_node_path_.join)(options.output, 'base');
    await refuseCaseTwin(options.output, options.environment);
    const base = await inspectBase(baseDir, options.serviceName);
    if (base.complete && !base.deployment)
        throw new errors/* MmfError */.H0('E_USAGE', `the base has no Deployment named ${options.serviceName}, so the overlay's patches would not apply` +
            (base.deployments.length
                ? ` (its Deployments: ${base.deployments.join(', ')})`
                : ' (it has no Deployment)'), {
            file: baseDir,
            hint: base.deployments.length
                ? `pass the service's Deployment name, e.g. --service-name ${base.deployments[0]}`
                : 'generate overlays for a base that holds the service (mmf scaffold service, or mmf migrate helm-to-kustomize)',
        });
    const warnings = [...base.warnings];
    if (!base.exists) {
        if (options.validate)
            throw new errors/* MmfError */.H0('E_USAGE', `--validate needs a base, and ${baseDir} holds no kustomization`, {
                file: baseDir,
                hint: 'create the base first (mmf scaffold service, or mmf migrate helm-to-kustomize), or leave out --validate',
            });
        warnings.push(`${baseDir} holds no kustomization yet: the overlay refers to ../../base, which must exist to build`);
    }
    let image;
    if (options.imageTag !== undefined) {
        const name = options.image ?? base.deployment?.image;
        if (!name)
            throw new errors/* MmfError */.H0('E_USAGE', `cannot tell which image --image-tag ${options.imageTag} should retag`, {
                hint: 'pass --image <name as the base writes it>, e.g. --image registry.example.com/marty/user-service',
            });
        // A scaffolded base names images by service only; its overlays say which registry.
        const newName = options.image ? undefined : await registryFromSiblings(options.output, name);
        image = {
            name,
            ...(newName ? { newName } : {}),
            ...(options.imageTag.includes(':') ? { digest: options.imageTag } : { tag: options.imageTag }),
        };
    }
    const container = options.container ?? base.deployment?.container;
    if (options.resources && !container)
        warnings.push(`no container name found in the base: the resources patch names container ${options.serviceName}`);
    const plan = planOverlay({
        serviceName: options.serviceName,
        environment: options.environment,
        ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
        ...(options.replicas !== undefined ? { replicas: options.replicas } : {}),
        ...(image ? { image } : {}),
        ...(container ? { container } : {}),
        ...(options.resources ? { resources: options.resources } : {}),
        ...(options.serviceMesh ? { serviceMesh: options.serviceMesh, traffic: trafficPolicy(options) } : {}),
        ...(base.deployment?.ports.length ? { ports: base.deployment.ports } : {}),
        ...(options.command ? { command: options.command } : {}),
    });
    const dir = (0,external_node_path_.join)(options.output, plan.dir);
    const validation = await (0,staged_output/* withStagedOutput */.C3)(dir, { force: options.force, keep: [baseDir] }, async (staged) => {
        await staged.write((0,staged_output/* textTree */.IU)(plan.files));
        let validation;
        if (options.validate) {
            const kustomize = await (0,resolve_tool/* resolveKustomize */.Sl)({
                ...(options.tools?.kustomize ?? {
                    ...(options.kustomizePath ? { path: options.kustomizePath } : {}),
                    ...(options.allowDownload ? { allowDownload: true } : {}),
                }),
                log: log.info,
            });
            const built = await (0,kustomize_build/* buildKustomization */.e)(kustomize, staged.dir, dir);
            validation = {
                kustomize: { version: kustomize.version, path: kustomize.path },
                objects: (0,manifest_stream/* parseManifestStream */.P)(built.manifests, dir).length,
            };
            log.info(`kustomize ${kustomize.version} built ${dir}: ${validation.objects} objects`);
        }
        return validation;
    });
    for (const w of warnings)
        log.warn(w);
    return { dir, plan, base, warnings, ...(validation ? { validation } : {}) };
}
/** An overlays/ folder whose name differs from `environment` only in case would be the same folder on macOS and Windows. */
async function refuseCaseTwin(serviceDir, environment) {
    const overlays = await listOverlays(serviceDir);
    const twin = overlays.find((e) => e !== environment && e.toLowerCase() === environment.toLowerCase());
    if (twin !== undefined)
        throw (0,names/* environmentCaseClash */.Tg)(twin, environment);
}
function trafficPolicy(o) {
    const traffic = { ...mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4 };
    if (o.timeout !== undefined) {
        if (o.timeout === 'none' || /^0+(ms|s|m|h)?$/.test(o.timeout))
            delete traffic.timeout;
        else
            traffic.timeout = o.timeout;
    }
    if (o.retries !== undefined) {
        if (o.retries === 0)
            delete traffic.retries;
        else
            traffic.retries = {
                ...mesh_policies/* DEFAULT_TRAFFIC_POLICY */.f4.retries,
                attempts: o.retries,
            };
    }
    return traffic;
}
/** The `newName` other overlays give a bare image name (the scaffold's convention), if they agree on one. */
async function registryFromSiblings(serviceDir, image) {
    if (image.includes('/'))
        return undefined;
    const overlays = await listOverlays(serviceDir);
    const names = new Set();
    for (const env of overlays.sort()) {
        const text = await (0,read_small_file/* readSmallText */.F)((0,external_node_path_.join)(serviceDir, 'overlays', env, 'kustomization.yaml'), yaml_codec/* MAX_YAML_BYTES */.jl);
        const doc = text ? (0,yaml_codec/* parseYamlDocuments */.v)(text, env)[0]?.value : undefined;
        const images = (0,json/* isObject */.Gv)(doc) && Array.isArray(doc.images) ? doc.images.filter(json/* isObject */.Gv) : [];
        for (const entry of images)
            if (entry.name === image && typeof entry.newName === 'string')
                names.add(entry.newName);
    }
    return names.size === 1 ? [...names][0] : undefined;
}

;// CONCATENATED MODULE: ./actions/overlay/run-overlay-command.ts





function resourcesOf(flags) {
    const pick = (cpu, memory) => cpu === undefined && memory === undefined
        ? undefined
        : { ...(cpu !== undefined ? { cpu } : {}), ...(memory !== undefined ? { memory } : {}) };
    const requests = pick(flags.cpuRequest, flags.memoryRequest);
    const limits = pick(flags.cpuLimit, flags.memoryLimit);
    if (!requests && !limits)
        return undefined;
    return { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) };
}
function wholeNumber(text, flag) {
    if (!/^\d+$/.test(text))
        throw new errors/* MmfError */.H0('E_USAGE', `${flag} "${text}" is not a whole number`);
    return Number(text);
}
/** What `mmf migrate generate-overlay` does once its flags are parsed (cli.ts loads this only when it runs). */
async function runGenerateOverlayCommand(flags, cmd, io, state) {
    if ((flags.timeout !== undefined || flags.retries !== undefined) && !flags.serviceMesh)
        throw new errors/* MmfError */.H0('E_USAGE', '--timeout and --retries apply to the mesh policies: add --service-mesh');
    const resources = resourcesOf(flags);
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const result = await generateOverlay({
        serviceName: flags.serviceName,
        environment: flags.env,
        output: flags.output,
        ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
        ...(flags.replicas !== undefined ? { replicas: wholeNumber(flags.replicas, '--replicas') } : {}),
        ...(flags.imageTag !== undefined ? { imageTag: flags.imageTag } : {}),
        ...(flags.image !== undefined ? { image: flags.image } : {}),
        ...(flags.container !== undefined ? { container: flags.container } : {}),
        ...(resources ? { resources } : {}),
        ...(flags.serviceMesh ? { serviceMesh: flags.serviceMesh } : {}),
        ...(flags.timeout !== undefined ? { timeout: flags.timeout } : {}),
        ...(flags.retries !== undefined ? { retries: wholeNumber(flags.retries, '--retries') } : {}),
        force: Boolean(flags.force),
        validate: Boolean(flags.validate),
        tools: { kustomize: (0,tool_flags/* toolOptions */.Py)(flags, log).kustomize },
        command: `mmf migrate generate-overlay --service-name ${flags.serviceName} --env ${flags.env}`,
        log,
    });
    const files = [...result.plan.files.keys()].sort();
    const text = () => {
        const lines = [`Wrote ${result.dir}/ (${files.length} files)`];
        for (const r of result.plan.resources)
            lines.push(`  + ${r}`);
        for (const p of result.plan.patches)
            lines.push(`  ~ ${p}`);
        if (result.validation)
            lines.push(`  built with kustomize ${result.validation.kustomize.version}`);
        return lines.join('\n') + '\n';
    };
    const summary = {
        dir: result.dir,
        files,
        resources: result.plan.resources,
        patches: result.plan.patches,
        warnings: result.warnings,
        ...(result.validation ? { validation: result.validation } : {}),
    };
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), { result: summary, exitCode: 0, text }, flags);
}


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile),
/* harmony export */   F: () => (/* binding */ readSmallText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reads a regular file of at most `limit` bytes as UTF-8, for code that
 * learns what it can from a folder and goes on without what it cannot read
 * (a file that is missing, not a regular file, too large or unreadable is
 * `skipped`, never an error).
 */
async function readSmallFile(path, limit) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info)
        return { skipped: 'missing' };
    if (!info.isFile())
        return { skipped: 'not-a-file' };
    if (info.size > limit)
        return { skipped: 'too-large' };
    try {
        return { text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8') };
    }
    catch {
        return { skipped: 'unreadable' };
    }
}
/** readSmallFile's text, or undefined when it was skipped. */
async function readSmallText(path, limit) {
    const read = await readSmallFile(path, limit);
    return 'text' in read ? read.text : undefined;
}


/***/ })

};
