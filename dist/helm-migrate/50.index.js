export const id = 50;
export const ids = [50];
export const modules = {

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ parseEnvironmentSpecs)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/k8s/names.ts

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
    throw new MmfError('E_NAME_INVALID', `${what} "${JSON.stringify(value).slice(1, -1)}" ${problem}`, {
        hint: `use a DNS-1123 label${suggestion ? ` such as ${suggestion}` : ''}`,
    });
}
/** Environment names that differ only in case would share one overlays/ folder on macOS and Windows. */
function environmentCaseClash(first, second) {
    return new errors/* MmfError */.H0('E_ENV_NAME', `environment names "${first}" and "${second}" differ only in case: on macOS and Windows they would be one overlays/ folder`, { hint: 'give every environment a name that differs in more than case, e.g. prod and prod-eu' });
}

;// CONCATENATED MODULE: ./actions/helm-migrate/core/environments.ts


const ENV_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
/**
 * Parses `--env name=values.yaml[,more.yaml]` specs (also the multi-line
 * `environments` input of the actions). No spec means one env "default" with
 * the chart's own values.
 */
function parseEnvironmentSpecs(specs) {
    const envs = specs.length
        ? specs.map((spec) => {
            const eq = spec.indexOf('=');
            const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
            const files = eq < 0
                ? []
                : spec
                    .slice(eq + 1)
                    .split(',')
                    .map((f) => f.trim())
                    .filter(Boolean);
            return { name, valuesFiles: files };
        })
        : [{ name: 'default', valuesFiles: [] }];
    const seen = new Set();
    const folded = new Map();
    for (const env of envs) {
        if (/\.ya?ml$/i.test(env.name)) {
            throw new errors/* MmfError */.H0('E_ENV_NAME', `environment name "${env.name}" looks like a values file`, {
                hint: `name the environment first: --env ${suggestName(env.name)}=${env.name}`,
            });
        }
        if (!ENV_NAME.test(env.name) || env.name.includes('..')) {
            throw new errors/* MmfError */.H0('E_ENV_NAME', `environment name "${env.name}" cannot be a folder name`, {
                hint: 'use letters, digits, ".", "_" and "-" (at most 63, starting and ending with a letter or digit), e.g. --env prod=values-prod.yaml',
            });
        }
        if (seen.has(env.name))
            throw new errors/* MmfError */.H0('E_USAGE', `environment "${env.name}" is given twice`);
        seen.add(env.name);
        const other = folded.get(env.name.toLowerCase());
        if (other !== undefined)
            throw environmentCaseClash(other, env.name);
        folded.set(env.name.toLowerCase(), env.name);
    }
    return envs;
}
/** values-staging.yaml -> staging; anything else -> prod. */
function suggestName(file) {
    const stem = /(?:^|[/\\])values[-_.]([A-Za-z0-9][A-Za-z0-9_-]*)\.ya?ml$/i.exec(file)?.[1];
    return stem ?? 'prod';
}


/***/ }),

/***/ 6495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iS: () => (/* binding */ alignVolatileValues),
  JX: () => (/* binding */ findVolatileFields),
  C1: () => (/* binding */ normalizeForParity),
  g4: () => (/* binding */ prepareTargets)
});

// UNUSED EXPORTS: VOLATILE_MARKER, canonicalSecret, volatileStandIn

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/kernel/diff/field-changes.ts
var field_changes = __webpack_require__(9032);
;// CONCATENATED MODULE: ./actions/kernel/diff/field-diff.ts


/**
 * Field-level differences between two values: maps by key (order ignored),
 * lists by position (order kept). Reports the deepest differing paths.
 */
function diffFields(left, right) {
    // By position, every step is a key or an index (merge-key steps need `merge-keys`).
    return (0,field_changes/* diffSteps */.Fo)('', left, right, { lists: 'index' }).map(({ steps, change }) => ({
        path: steps,
        change,
    }));
}
/** Sets the value at `path` if every step exists; returns whether it did. */
function setExisting(root, path, value) {
    let cur = root;
    for (let i = 0; i < path.length - 1; i++) {
        const step = path[i];
        const next = Array.isArray(cur)
            ? cur[step]
            : (0,json/* isObject */.Gv)(cur)
                ? cur[step]
                : undefined;
        if (next === undefined)
            return false;
        cur = next;
    }
    const last = path[path.length - 1];
    if (last === undefined)
        return false;
    if (Array.isArray(cur) && typeof last === 'number' && last < cur.length)
        cur[last] = value;
    else if ((0,json/* isObject */.Gv)(cur) && typeof last === 'string' && last in cur)
        cur[last] = value;
    else
        return false;
    return true;
}

// EXTERNAL MODULE: ./actions/helm-migrate/core/hooks.ts
var core_hooks = __webpack_require__(1667);
// EXTERNAL MODULE: ./actions/kernel/k8s/helm-bookkeeping.ts
var helm_bookkeeping = __webpack_require__(8104);
// EXTERNAL MODULE: ./actions/kernel/k8s/manifest.ts
var manifest = __webpack_require__(7032);
// EXTERNAL MODULE: ./actions/kernel/k8s/secret-generators.ts
var secret_generators = __webpack_require__(8996);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/normalize.ts







function withNamespace(resource, object) {
    if (resource.id.namespace && (0,json/* isObject */.Gv)(object.metadata))
        object.metadata.namespace = resource.id.namespace;
    return object;
}
/**
 * What an environment must produce after migration: Helm bookkeeping
 * stripped, namespaces explicit, null label/annotation values as "" (what the
 * API and kustomize make of them), test hooks dropped and other hooks handled
 * per `hookMode`.
 */
function prepareTargets(render, hookMode) {
    const resources = new Map();
    const hooks = [];
    for (const [key, resource] of render) {
        const hook = (0,helm_bookkeeping/* readHook */.kg)(resource.object);
        let extra = {};
        if (hook) {
            const record = (0,core_hooks/* classifyHook */.Gu)((0,manifest/* displayId */.kX)(resource.id), hook, hookMode);
            hooks.push(record);
            if (record.action === 'dropped' || (0,helm_bookkeeping/* isTestHook */._$)(hook))
                continue;
            if (record.action === 'argocd')
                extra = (0,core_hooks/* hookAnnotations */.MF)(hook);
        }
        const object = withNamespace(resource, (0,helm_bookkeeping/* stripHelmBookkeeping */.v0)(resource.object));
        nullMetadataValuesToEmpty(object);
        dropNullMetadataMaps(object);
        if (Object.keys(extra).length) {
            const meta = object.metadata;
            meta.annotations = { ...((0,json/* isObject */.Gv)(meta.annotations) ? meta.annotations : {}), ...extra };
        }
        resources.set(key, { ...resource, object });
    }
    return { resources, hooks };
}
/**
 * Fields that differ between two renders of the same input: random passwords,
 * generated certificates. Only resources in `only` (when given) are compared.
 */
function findVolatileFields(first, second, only) {
    const out = new Map();
    for (const [key, resource] of first) {
        const other = second.get(key);
        if (!other || (only && !only.has(key)))
            continue;
        const left = (0,secret_generators/* isSecret */.$f)(resource) ? canonicalSecret(resource.object) : resource.object;
        const right = (0,secret_generators/* isSecret */.$f)(other) ? canonicalSecret(other.object) : other.object;
        const paths = diffFields(left, right).map((c) => c.path);
        if (paths.length)
            out.set(key, paths);
    }
    return out;
}
/**
 * Makes volatile values stable, in each environment only where that
 * environment's two renders differed (everything else keeps Helm's exact
 * value). Secret data keeps the environment's own sample (it lives in
 * git-ignored files and must stay usable); every other volatile string (a
 * checksum of a random Secret, a generated certificate in a ConfigMap) becomes
 * a fixed stand-in derived from its resource and path, so tracked files are
 * byte-identical on reruns and the environments where it is random do not
 * differ there. Other volatile values take the first such environment's
 * sample.
 */
function alignVolatileValues(envs, volatile) {
    const samples = new Map();
    for (const env of envs) {
        for (const [key, paths] of volatile.get(env.name) ?? []) {
            const resource = env.resources.get(key);
            if (!resource)
                continue;
            for (const path of paths) {
                const value = valueAt(resource, path);
                if (value === undefined || ((0,secret_generators/* isSecret */.$f)(resource) && path[0] === 'data'))
                    continue;
                if (typeof value === 'string') {
                    setAt(resource, path, volatileStandIn(key, path));
                    continue;
                }
                const id = `${key}\0${JSON.stringify(path)}`;
                const sample = samples.get(id);
                if (sample === undefined)
                    samples.set(id, value);
                else
                    setAt(resource, path, (0,json/* clone */.o8)(sample));
            }
        }
    }
}
function volatileStandIn(key, path) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`mmf volatile ${key} ${JSON.stringify(path)}`)
        .digest('hex');
}
function valueAt(resource, path) {
    if (!(0,secret_generators/* isSecret */.$f)(resource) || path[0] !== 'data')
        return (0,json/* getPath */.Yn)(resource.object, path);
    return (0,json/* getPath */.Yn)(canonicalSecret(resource.object), path);
}
function setAt(resource, path, value) {
    if ((0,secret_generators/* isSecret */.$f)(resource) && path[0] === 'data' && typeof path[1] === 'string') {
        const object = resource.object;
        if ((0,json/* isObject */.Gv)(object.stringData) && path[1] in object.stringData)
            delete object.stringData[path[1]];
        object.data = { ...((0,json/* isObject */.Gv)(object.data) ? object.data : {}), [path[1]]: value };
        return;
    }
    setExisting(resource.object, path, value);
}
/** Secret data as canonical base64 with stringData folded in, so encodings compare equal. */
function canonicalSecret(object) {
    const copy = (0,json/* clone */.o8)(object);
    const data = (0,secret_generators/* decodeSecretData */.Zx)(object);
    delete copy.stringData;
    if (data.size)
        copy.data = Object.fromEntries([...data].map(([k, v]) => [k, v.toString('base64')]));
    else
        delete copy.data;
    return copy;
}
const VOLATILE_MARKER = '<volatile: compared as present>';
/**
 * The parity normal form of docs/PARITY.md applied to either side: bookkeeping
 * stripped, namespaces explicit, test hooks gone, Secret data decoded, and
 * volatile fields replaced by a marker where present.
 */
function normalizeForParity(set, options) {
    const prepared = prepareTargets(set, options.hookMode).resources;
    const out = new Map();
    for (const [key, resource] of prepared) {
        let object = (0,secret_generators/* isSecret */.$f)(resource) ? canonicalSecret(resource.object) : resource.object;
        if (options.hookMode === 'argocd')
            object = withoutArgoHookAnnotations(object);
        for (const path of options.volatile?.get(key) ?? [])
            setExisting(object, path, VOLATILE_MARKER);
        out.set(key, { ...resource, object });
    }
    return out;
}
function withoutArgoHookAnnotations(object) {
    const meta = object.metadata;
    if (!(0,json/* isObject */.Gv)(meta) || !(0,json/* isObject */.Gv)(meta.annotations))
        return object;
    for (const key of Object.keys(meta.annotations))
        if (key.startsWith('argocd.argoproj.io/hook') || key === 'argocd.argoproj.io/sync-wave')
            delete meta.annotations[key];
    if (Object.keys(meta.annotations).length === 0)
        delete meta.annotations;
    return object;
}
/**
 * Labels and annotations are string maps in the API: a null value there is
 * the empty string (kustomize writes it so), on both sides.
 */
function nullMetadataValuesToEmpty(value) {
    if (Array.isArray(value))
        value.forEach(nullMetadataValuesToEmpty);
    if (!(0,json/* isObject */.Gv)(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        if (key === 'metadata' && (0,json/* isObject */.Gv)(child))
            for (const field of ['labels', 'annotations'])
                if ((0,json/* isObject */.Gv)(child[field]))
                    for (const [k, v] of Object.entries(child[field]))
                        if (v === null)
                            child[field][k] = '';
        nullMetadataValuesToEmpty(child);
    }
}
/**
 * `annotations:` or `labels:` with nothing under them is null; the API treats
 * it as absent, and kustomize drops it at the top level.
 */
function dropNullMetadataMaps(object) {
    const meta = object.metadata;
    if (!(0,json/* isObject */.Gv)(meta))
        return;
    for (const field of ['labels', 'annotations'])
        if (field in meta && meta[field] === null)
            delete meta[field];
}


/***/ }),

/***/ 2674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ compareForParity)
/* harmony export */ });
/* harmony import */ var _kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6595);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);


/**
 * Compares two sets already in parity normal form (normalizeForParity) with
 * the semantic diff engine in its strict setting: lists by position, no noise
 * removal, no rename matching. Secret keys are compared by value, never shown.
 */
function compareForParity(helm, kustomize) {
    const diff = (0,_kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffManifests */ .e)({ label: 'helm template', resources: helm }, { label: 'kustomize build', resources: kustomize }, {
        ignoreHelmBookkeeping: false,
        ignoreChecksums: false,
        lists: 'index',
        detectRenames: false,
        context: 0,
    });
    const missing = [];
    const unexpected = [];
    const changed = [];
    for (const c of diff.changes) {
        if (c.status === 'removed')
            missing.push(c.resource);
        else if (c.status === 'added')
            unexpected.push(c.resource);
        else {
            const secretFields = (c.secretKeys ?? []).flatMap((k) => k.status === 'unchanged' ? [] : [{ path: `data.${k.key}`, change: k.status }]);
            changed.push({
                resource: c.resource,
                key: (0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceKey */ .ik)(c.id),
                fields: [...c.fields.map((f) => ({ path: f.path, change: f.change })), ...secretFields],
            });
        }
    }
    return {
        identical: !missing.length && !unexpected.length && !changed.length,
        missing,
        unexpected,
        changed,
    };
}


/***/ }),

/***/ 2706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderEnvironments),
/* harmony export */   k: () => (/* binding */ toolSlots)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3430);
/* harmony import */ var _kernel_k8s_helm_bookkeeping_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8104);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7032);
/* harmony import */ var _core_hooks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1667);
/* harmony import */ var _core_normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6495);






/**
 * How many helm and kustomize processes run at once: two per CPU. Each one
 * is mostly single-threaded and spends part of its short life starting up and
 * writing its output, so with a typical 3 to 5 environments this keeps every
 * core busy until the last one finishes, while a chart with many environments
 * never starts dozens of processes at once.
 */
function toolSlots() {
    return 2 * (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
}
/** Hooks that do not become part of the migrated tree (test hooks, hooks dropped by the mode). */
function isKept(resource, hookMode) {
    const hook = (0,_kernel_k8s_helm_bookkeeping_js__WEBPACK_IMPORTED_MODULE_5__/* .readHook */ .kg)(resource.object);
    if (!hook)
        return true;
    const action = (0,_core_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyHook */ .Gu)((0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .displayId */ .kX)(resource.id), hook, hookMode).action;
    return action !== 'dropped' && action !== 'test-dropped';
}
/**
 * Renders every environment with the real helm, as many at once as the
 * limiter allows, and parses each render as soon as it is there. An
 * environment is rendered a second time only when one of its kept resources
 * comes from a template that can render differently on each run (so test
 * hooks that call randAlphaNum cost nothing); the fields that differ between
 * its two renders are volatile in that environment only. Where the chart's
 * templates make that likely, the second render starts with the first; if
 * the first then shows it is not needed, its output is not read.
 */
async function renderEnvironments(helm, chart, envs, settings) {
    const random = chart.usesRandomness
        ? chart.randomTemplates(settings.valuesTexts)
        : undefined;
    const parse = (text, env, onlySources) => (0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifests */ .Ye)(text, `${settings.chartLabel} (environment ${env.name})`, {
        defaultNamespace: settings.namespace,
        scopes: settings.scopes,
        ...(onlySources ? { onlySources } : {}),
    });
    const volatile = new Map();
    // Helm's notices (a symbolic link in the chart, ...) once each, however many renders print them.
    const notices = new Set();
    const notify = (lines) => {
        for (const notice of lines) {
            if (notices.has(notice))
                continue;
            notices.add(notice);
            settings.log.info(notice);
        }
    };
    const rendered = await Promise.all(envs.map(async (env) => {
        const request = {
            chartDir: chart.dir,
            chartLabel: settings.chartLabel,
            release: settings.release,
            namespace: settings.namespace,
            valuesFiles: env.valuesFiles,
            ...(settings.kubeVersion ? { kubeVersion: settings.kubeVersion } : {}),
            apiVersions: settings.apiVersions,
        };
        const firstRender = settings.slots(() => (0,_platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChart */ .xt)(helm, request));
        // Started at once when a second render is likely, so the two do not run one after the other.
        let secondRender = random?.likelyNeedsSecondRender
            ? settings.slots(() => (0,_platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChart */ .xt)(helm, request))
            : undefined;
        secondRender?.catch(() => undefined); // awaited below when it is used
        const first = await firstRender;
        notify(first.notices);
        const render = parse(first.manifests, env);
        // Kept resources whose template can render differently on each run.
        const randomKeys = new Set([...render]
            .filter(([, r]) => random?.isRandom(r.source) && isKept(r, settings.hookMode))
            .map(([key]) => key));
        const twice = randomKeys.size > 0;
        let ms = first.durationMs;
        if (random && twice) {
            secondRender ??= settings.slots(() => (0,_platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChart */ .xt)(helm, request));
            const second = await secondRender;
            ms += second.durationMs;
            // Only their documents are read again: nothing else can differ.
            const again = parse(second.manifests, env, (source) => random.isRandom(source));
            const fields = (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .findVolatileFields */ .JX)(render, again, randomKeys);
            if (fields.size)
                volatile.set(env.name, fields);
        }
        else {
            await secondRender?.catch(() => undefined); // not needed after all, but no helm outlives the run
        }
        settings.log.info(`  rendered ${env.name} in ${Math.round(ms)} ms${twice ? ' (twice, to find random values)' : ''}`);
        return { ...env, text: first.manifests, render, renderedTwice: twice };
    }));
    // In the order of the environments, whatever order the renders finished in.
    const ordered = new Map();
    for (const env of envs) {
        const fields = volatile.get(env.name);
        if (fields)
            ordered.set(env.name, fields);
    }
    return { rendered, volatile: ordered };
}


/***/ }),

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter)
/* harmony export */ });
function limiter(slots) {
    const limit = Math.max(1, Math.floor(slots));
    let running = 0;
    const queue = [];
    const release = () => {
        running--;
        queue.shift()?.();
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            running++;
            task().then(resolve, reject).finally(release);
        };
        if (running < limit)
            start();
        else
            queue.push(start);
    });
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ diffSteps),
/* harmony export */   wV: () => (/* binding */ fieldChanges)
/* harmony export */ });
/* unused harmony export shortValue */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2070);
/* harmony import */ var _k8s_merge_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(342);


function formatSteps(steps) {
    let out = '';
    for (const step of steps) {
        if (typeof step === 'number')
            out += `[${step}]`;
        else if (typeof step === 'object')
            out += `[${step.key}=${step.value}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(step))
            out += out ? `.${step}` : step;
        else
            out += `[${JSON.stringify(step)}]`;
    }
    return out;
}
/** A value as reviewers read it in one line. */
function shortValue(value) {
    if (value === undefined)
        return undefined;
    const inline = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)(value);
    if (inline.length <= 80)
        return inline;
    if (Array.isArray(value))
        return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        return `{${Object.keys(value).length} field${Object.keys(value).length === 1 ? '' : 's'}}`;
    return inline.length > 120 ? `${inline.slice(0, 117)}...` : inline;
}
function keyedBy(list, key) {
    const out = new Map();
    for (const item of list) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(item))
            return undefined;
        const k = item[key];
        if (typeof k !== 'string' && typeof k !== 'number')
            return undefined;
        if (out.has(String(k)))
            return undefined;
        out.set(String(k), item);
    }
    return out;
}
/**
 * Every deepest difference between two values: maps by key, lists by merge
 * key (containers, env, ports, volumes … by name) where the Kubernetes API
 * defines one and `lists` is `merge-keys`, otherwise by position.
 */
function diffSteps(kind, left, right, options) {
    const out = [];
    walk(kind, left, right, [], [], options, out);
    return out;
}
/** Field-level changes between two versions of one resource, as reviewers read them. */
function fieldChanges(kind, left, right, options) {
    return diffSteps(kind, left, right, options).map(({ steps, change, before, after, reordered }) => {
        const path = formatSteps(steps);
        if (reordered)
            return { path, change, before: 'order', after: 'reordered' };
        return {
            path,
            change,
            ...(before !== undefined ? { before: shortValue(before) } : {}),
            ...(after !== undefined ? { after: shortValue(after) } : {}),
        };
    });
}
function walk(kind, left, right, steps, schemaPath, options, out) {
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(left, right))
        return;
    if (left === undefined) {
        out.push({ steps, change: 'added', after: right });
        return;
    }
    if (right === undefined) {
        out.push({ steps, change: 'removed', before: left });
        return;
    }
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(left) && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(right)) {
        for (const key of new Set([...Object.keys(left), ...Object.keys(right)]))
            walk(kind, left[key], right[key], [...steps, key], [...schemaPath, key], options, out);
        return;
    }
    if (Array.isArray(left) && Array.isArray(right)) {
        const strategy = options.lists === 'merge-keys' ? (0,_k8s_merge_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .listStrategy */ .Qz)(kind, schemaPath) : undefined;
        if (strategy?.type === 'merge') {
            const l = keyedBy(left, strategy.key);
            const r = keyedBy(right, strategy.key);
            if (l && r) {
                for (const id of new Set([...l.keys(), ...r.keys()])) {
                    const item = (l.get(id) ?? r.get(id));
                    const value = typeof item[strategy.key] === 'number' ? Number(id) : id;
                    walk(kind, l.get(id), r.get(id), [...steps, { key: strategy.key, value }], [...schemaPath, 0], options, out);
                }
                const order = (m) => [...m.keys()].filter((k) => l.has(k) && r.has(k));
                if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(order(l), order(r)))
                    out.push({ steps, change: 'changed', reordered: true });
                return;
            }
        }
        for (let i = 0; i < Math.max(left.length, right.length); i++)
            walk(kind, left[i], right[i], [...steps, i], [...schemaPath, i], options, out);
        return;
    }
    out.push({ steps, change: 'changed', before: left, after: right });
}


/***/ }),

/***/ 6595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ diffManifests)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/kernel/k8s/manifest.ts
var manifest = __webpack_require__(7032);
// EXTERNAL MODULE: ./actions/kernel/k8s/secret-generators.ts
var secret_generators = __webpack_require__(8996);
// EXTERNAL MODULE: ./actions/kernel/diff/field-changes.ts
var field_changes = __webpack_require__(9032);
// EXTERNAL MODULE: ./actions/kernel/k8s/helm-bookkeeping.ts
var helm_bookkeeping = __webpack_require__(8104);
;// CONCATENATED MODULE: ./actions/kernel/diff/noise.ts


/** Splits "a.b\.c.*" into ["a", "b.c", "*"]. */
function parseIgnorePath(path) {
    const out = [];
    let cur = '';
    for (let i = 0; i < path.length; i++) {
        const ch = path[i];
        if (ch === '\\' && i + 1 < path.length)
            cur += path[++i];
        else if (ch === '.') {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out.filter((s) => s.length > 0);
}
function dropPath(value, steps) {
    const [head, ...rest] = steps;
    if (head === undefined)
        return;
    const keys = Array.isArray(value)
        ? value.map((_, i) => String(i))
        : (0,json/* isObject */.Gv)(value)
            ? Object.keys(value)
            : [];
    for (const key of keys) {
        if (head !== '*' && head !== key)
            continue;
        const container = value;
        if (rest.length === 0) {
            if (Array.isArray(value))
                continue;
            delete container[key];
        }
        else {
            dropPath(container[key], rest);
        }
    }
}
function dropChecksums(value) {
    if (Array.isArray(value))
        return value.forEach(dropChecksums);
    if (!(0,json/* isObject */.Gv)(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        if (key === 'metadata' && (0,json/* isObject */.Gv)(child) && (0,json/* isObject */.Gv)(child.annotations)) {
            for (const k of Object.keys(child.annotations))
                if (k.startsWith('checksum/'))
                    delete child.annotations[k];
            if (Object.keys(child.annotations).length === 0)
                delete child.annotations;
        }
        dropChecksums(child);
    }
}
/** Removes what reviewers should not have to read. Returns a new object. */
function removeNoise(object, options) {
    const out = options.ignoreHelmBookkeeping === false ? (0,json/* clone */.o8)(object) : (0,helm_bookkeeping/* stripHelmBookkeeping */.v0)(object);
    if (options.ignoreChecksums !== false)
        dropChecksums(out);
    for (const path of options.ignorePaths ?? [])
        dropPath(out, parseIgnorePath(path));
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/kernel/diff/redact.ts



/**
 * Replaces every value that must never be shown: all Secret data (as
 * "<secret: N bytes, sha256 prefix>" so changes stay detectable without the
 * value) and any value whose key, or env var name, matches `sensitiveKeys`.
 * Runs on the data before any diff or rendering sees it.
 */
function redactResource(resource, sensitiveKeys) {
    const object = clone(resource.object);
    redactInPlace(object, isSecret(resource) ? decodeSecretData(resource.object) : undefined, sensitiveKeys);
    return { ...resource, object };
}
/**
 * redactResource on an object the caller owns (a copy it just made): `secret`
 * is the decoded data of a Secret, whose values become fingerprints.
 */
function redactInPlace(object, secret, sensitiveKeys) {
    if (secret) {
        delete object.stringData;
        if (secret.size)
            object.data = Object.fromEntries([...secret].map(([k, v]) => [k, secretToken(v)]));
        else
            delete object.data;
    }
    if (sensitiveKeys.length)
        redactValues(object, sensitiveKeys);
}
// A key of this process only: fingerprints tell equal from different values within one report,
// but cannot be recomputed from a guess (an unkeyed hash of "password123" could).
const FINGERPRINT_KEY = (0,external_node_crypto_.randomBytes)(32);
/** A stand-in that changes when the value changes but reveals nothing usable. */
function secretToken(value) {
    const digest = (0,external_node_crypto_.createHmac)('sha256', FINGERPRINT_KEY).update(value).digest('hex').slice(0, 12);
    return `<redacted: ${value.length} bytes, fingerprint ${digest}>`;
}
const isToken = (v) => typeof v === 'string' && v.startsWith('<redacted: ');
function redactValues(value, keys) {
    if (Array.isArray(value)) {
        for (const item of value)
            redactValues(item, keys);
        return;
    }
    if (!(0,json/* isObject */.Gv)(value))
        return;
    // env: [{name: DB_PASSWORD, value: ...}] carries the key in a sibling field.
    if (typeof value.name === 'string' &&
        'value' in value &&
        !isToken(value.value) &&
        keys.some((k) => k.test(value.name))) {
        value.value = redactScalar(value.value);
    }
    for (const [k, v] of Object.entries(value)) {
        if (k !== 'name' &&
            (typeof v === 'string' || typeof v === 'number') &&
            !isToken(v) &&
            keys.some((re) => re.test(k))) {
            value[k] = redactScalar(v);
        }
        else {
            redactValues(v, keys);
        }
    }
}
function redactScalar(value) {
    if (value === undefined || value === null)
        return '<redacted>';
    return secretToken(Buffer.from(String(value), 'utf8'));
}

// EXTERNAL MODULE: ./actions/kernel/yaml-codec.ts + 1 modules
var yaml_codec = __webpack_require__(9441);
;// CONCATENATED MODULE: ./actions/kernel/diff/semantic-diff.ts








function ignored(id, kinds) {
    return kinds.some((k) => k === id.kind || k === `${id.group || 'core'}/${id.kind}` || k === `${id.group}/${id.kind}`);
}
/** A namespaced resource without metadata.namespace is in its release namespace (the parity rule); say so on both sides. */
function withNamespace(resource, object) {
    const meta = object.metadata;
    if (resource.id.namespace && (0,json/* isObject */.Gv)(meta) && meta.namespace === undefined)
        meta.namespace = resource.id.namespace;
    return object;
}
function prepare(side, options) {
    const items = new Map();
    let skipped = 0;
    for (const [key, resource] of side.resources) {
        if (ignored(resource.id, options.ignoreKinds ?? [])) {
            skipped++;
            continue;
        }
        // One copy per resource: noise removed from it, then redacted in place.
        const shown = withNamespace(resource, removeNoise(resource.object, options));
        const secret = (0,secret_generators/* isSecret */.$f)(resource) ? (0,secret_generators/* decodeSecretData */.Zx)(shown) : undefined;
        redactInPlace(shown, secret, options.sensitiveKeys ?? []);
        items.set(key, secret ? { resource, shown, secret } : { resource, shown });
    }
    return { items, ignored: skipped };
}
/**
 * The semantic diff of two manifest sets: resources matched by
 * group/kind/namespace/name (and renames detected), key order ignored, lists
 * compared by Kubernetes merge keys, noise removed, secrets redacted before
 * anything is compared or rendered. The one engine behind `mmf diff`,
 * validate-migration, --validate and every PR surface.
 */
function diffManifests(left, right, options = {}) {
    const l = prepare(left, options);
    const r = prepare(right, options);
    const changes = [];
    let unchanged = 0;
    const removed = [];
    for (const [key, before] of l.items) {
        const after = r.items.get(key);
        if (!after) {
            removed.push(before);
            continue;
        }
        const change = compare(before, after, options);
        if (change)
            changes.push(change);
        else
            unchanged++;
    }
    const added = [...r.items].filter(([key]) => !l.items.has(key)).map(([, p]) => p);
    const pairs = options.detectRenames === false ? [] : matchRenames(removed, added);
    for (const [before, after] of pairs) {
        const change = compare(before, after, options) ?? emptyChange(before, after);
        change.status = 'renamed';
        change.renamedFrom = before.resource.id;
        changes.push(change);
    }
    const paired = new Set(pairs.flat());
    for (const p of removed)
        if (!paired.has(p))
            changes.push(whole(p, 'removed', options));
    for (const p of added)
        if (!paired.has(p))
            changes.push(whole(p, 'added', options));
    changes.sort((a, b) => (0,manifest/* resourceKey */.ik)(a.id) < (0,manifest/* resourceKey */.ik)(b.id) ? -1 : (0,manifest/* resourceKey */.ik)(a.id) > (0,manifest/* resourceKey */.ik)(b.id) ? 1 : 0);
    return {
        left: { label: left.label, resources: left.resources.size },
        right: { label: right.label, resources: right.resources.size },
        changes,
        unchanged,
        ignoredResources: l.ignored + r.ignored,
    };
}
function emptyChange(before, after) {
    return {
        id: after.resource.id,
        resource: (0,manifest/* displayId */.kX)(after.resource.id),
        status: 'changed',
        fields: [],
        unifiedDiff: '',
        sources: sources(before, after),
    };
}
/**
 * Gives a change its unified diff, computed the first time something reads
 * it (a renderer that prints it, JSON output): most callers never do.
 */
function withUnifiedDiff(change, make) {
    let text;
    Object.defineProperty(change, 'unifiedDiff', {
        enumerable: true,
        configurable: true,
        get: () => (text ??= make()),
        set: (value) => {
            text = value;
        },
    });
    return change;
}
function sources(before, after) {
    const out = {};
    if (before?.resource.source)
        out.left = before.resource.source;
    if (after?.resource.source)
        out.right = after.resource.source;
    return out;
}
function withoutData(object) {
    const { data: _d, ...rest } = object;
    return rest;
}
function secretKeyChanges(before, after) {
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    return keys.map((key) => {
        const b = before.get(key);
        const a = after.get(key);
        const status = !b ? 'added' : !a ? 'removed' : b.equals(a) ? 'unchanged' : 'changed';
        return { key, status, ...(b ? { beforeBytes: b.length } : {}), ...(a ? { afterBytes: a.length } : {}) };
    });
}
function compare(before, after, options) {
    const kind = after.resource.id.kind;
    const lists = options.lists ?? 'merge-keys';
    let fields;
    let secretKeys;
    if (before.secret && after.secret) {
        secretKeys = secretKeyChanges(before.secret, after.secret);
        fields = (0,field_changes/* fieldChanges */.wV)(kind, withoutData(before.shown), withoutData(after.shown), { lists });
        if (!fields.length && secretKeys.every((k) => k.status === 'unchanged'))
            return undefined;
    }
    else {
        fields = (0,field_changes/* fieldChanges */.wV)(kind, before.shown, after.shown, { lists });
        if (!fields.length)
            return undefined;
    }
    return withUnifiedDiff({
        id: after.resource.id,
        resource: (0,manifest/* displayId */.kX)(after.resource.id),
        status: 'changed',
        fields,
        ...(secretKeys ? { secretKeys } : {}),
        sources: sources(before, after),
    }, () => unified(before, after, options));
}
function whole(p, status, options) {
    return withUnifiedDiff({
        id: p.resource.id,
        resource: (0,manifest/* displayId */.kX)(p.resource.id),
        status,
        fields: [],
        ...(p.secret
            ? {
                secretKeys: [...p.secret]
                    .sort(([a], [b]) => (a < b ? -1 : 1))
                    .map(([key, v]) => ({
                    key,
                    status,
                    ...(status === 'added' ? { afterBytes: v.length } : { beforeBytes: v.length }),
                })),
            }
            : {}),
        sources: status === 'added' ? sources(undefined, p) : sources(p, undefined),
    }, () => (status === 'added' ? unified(undefined, p, options) : unified(p, undefined, options)));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!(0,json/* isObject */.Gv)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]));
}
function unified(before, after, options) {
    const context = options.context ?? 3;
    if (context === 0)
        return '';
    const text = (p) => (p ? (0,yaml_codec/* toYaml */.fE)(sortKeys(p.shown)) : '');
    const name = (p) => (p ? (0,manifest/* displayId */.kX)(p.resource.id) : '/dev/null');
    const patch = (0,create/* createTwoFilesPatch */.ss)(name(before), name(after), text(before), text(after), '', '', {
        context,
    });
    return patch.replace(/^={3,}\n/m, '').replace(/^Index: .*\n/m, '');
}
/** Leaf "path=value" strings of an object, for similarity. */
function leaves(value, prefix, out) {
    if (Array.isArray(value))
        value.forEach((v, i) => leaves(v, `${prefix}[${i}]`, out));
    else if ((0,json/* isObject */.Gv)(value))
        for (const [k, v] of Object.entries(value))
            leaves(v, `${prefix}.${k}`, out);
    else
        out.add(`${prefix}=${(0,json/* jsonText */.s$)(value)}`);
    return out;
}
function similarity(a, b) {
    const strip = (p) => {
        const { metadata, ...rest } = p.shown;
        const meta = (0,json/* isObject */.Gv)(metadata) ? { ...metadata, name: null } : {};
        return leaves({ ...rest, metadata: meta }, '', new Set());
    };
    const x = strip(a);
    const y = strip(b);
    let shared = 0;
    for (const leaf of x)
        if (y.has(leaf))
            shared++;
    return shared / Math.max(1, x.size + y.size - shared);
}
/** Kinds that can replace one another under one name (Deployment -> StatefulSet). */
const WORKLOAD_KINDS = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'Job',
    'CronJob',
    'Pod',
]);
/** Name without a generated hash suffix such as kustomize's (10 characters, digits among them). */
function stem(name) {
    return name.replace(/-(?=[a-z0-9]*\d)[a-z0-9]{10}$/, '');
}
/**
 * Pairs removed and added resources that are the same thing renamed: a
 * changed hash suffix, a kind change under the same name (Deployment ->
 * StatefulSet), or near-identical content in the same kind and namespace.
 */
function matchRenames(removed, added) {
    const pairs = [];
    const free = new Set(added);
    const take = (before, test) => {
        const match = [...free].find(test);
        if (!match)
            return false;
        free.delete(match);
        pairs.push([before, match]);
        return true;
    };
    const sameGroupKindNs = (a, b) => a.group === b.group && a.kind === b.kind && a.namespace === b.namespace;
    const rest = [];
    for (const before of removed) {
        const id = before.resource.id;
        const matched = take(before, (a) => sameGroupKindNs(a.resource.id, id) &&
            stem(a.resource.id.name) === stem(id.name) &&
            (stem(id.name) !== id.name || stem(a.resource.id.name) !== a.resource.id.name)) ||
            take(before, (a) => a.resource.id.name === id.name &&
                a.resource.id.namespace === id.namespace &&
                a.resource.id.kind !== id.kind &&
                WORKLOAD_KINDS.has(a.resource.id.kind) &&
                WORKLOAD_KINDS.has(id.kind));
        if (!matched)
            rest.push(before);
    }
    for (const before of rest) {
        let best;
        let bestScore = 0.8;
        for (const a of free) {
            if (!sameGroupKindNs(a.resource.id, before.resource.id))
                continue;
            const score = similarity(before, a);
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        if (best) {
            free.delete(best);
            pairs.push([before, best]);
        }
    }
    return pairs;
}


/***/ }),

/***/ 5067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ MmfError),
/* harmony export */   NJ: () => (/* binding */ isMmfError),
/* harmony export */   XW: () => (/* binding */ oneParagraph)
/* harmony export */ });
/* unused harmony exports ExitCode, ERROR_CATALOGUE */
/**
 * The one error type of mmf/actions. Every failure a user can act on is an
 * MmfError with a catalogued code; entries (CLI, actions) turn it into an exit
 * code or core.setFailed. docs/migration/TROUBLESHOOTING.md documents every
 * code (a test keeps the two in step).
 */
const ExitCode = {
    ok: 0,
    input: 1,
    tool: 2,
    parity: 3,
};
const ERROR_CATALOGUE = {
    E_USAGE: { exit: ExitCode.input, title: 'Invalid command-line usage' },
    E_CHART_NOT_FOUND: { exit: ExitCode.input, title: 'Chart not found' },
    E_CHART_YAML: { exit: ExitCode.input, title: 'Chart.yaml missing or invalid' },
    E_VALUES_NOT_FOUND: { exit: ExitCode.input, title: 'Values file not found' },
    E_VALUES_YAML: { exit: ExitCode.input, title: 'Values file is not valid YAML' },
    E_YAML_ALIASES: { exit: ExitCode.input, title: 'Too many YAML aliases (alias bomb)' },
    E_INPUT_TOO_LARGE: { exit: ExitCode.input, title: 'Input file too large' },
    E_ENV_NAME: { exit: ExitCode.input, title: 'Invalid environment name' },
    E_NAME_INVALID: { exit: ExitCode.input, title: 'Name is not a valid Kubernetes name (DNS-1123)' },
    E_INPUT_INVALID: { exit: ExitCode.input, title: 'Input file has the wrong shape' },
    E_DEPENDENCIES_MISSING: { exit: ExitCode.input, title: 'Chart dependencies not vendored' },
    E_DUPLICATE_RESOURCE: { exit: ExitCode.input, title: 'Duplicate resource in the render' },
    E_OUTPUT_NOT_EMPTY: { exit: ExitCode.input, title: 'Output directory is not empty' },
    E_OUTPUT_NOT_WRITABLE: { exit: ExitCode.input, title: 'Output path not writable' },
    E_PATH_NOT_FOUND: { exit: ExitCode.input, title: 'Input path not found' },
    E_TEMPLATE: { exit: ExitCode.tool, title: 'Helm template error' },
    E_RENDER_OUTPUT: { exit: ExitCode.tool, title: 'Tool output could not be parsed' },
    E_TOOL_NOT_FOUND: { exit: ExitCode.tool, title: 'Required tool not found' },
    E_TOOL_FAILED: { exit: ExitCode.tool, title: 'External tool failed' },
    E_TOOL_DOWNLOAD: { exit: ExitCode.tool, title: 'Tool download failed' },
    E_TOOL_CHECKSUM: { exit: ExitCode.tool, title: 'Tool checksum mismatch' },
    E_PARITY: { exit: ExitCode.parity, title: 'Parity mismatch' },
    E_CHART_SYMLINK: {
        exit: ExitCode.input,
        title: 'Chart or values path links outside its folder (or is a device file)',
    },
    E_KUSTOMIZE_REMOTE: { exit: ExitCode.input, title: 'Kustomization loads remote content or plugins' },
    E_OUTPUT_INSIDE_INPUT: { exit: ExitCode.input, title: 'Output folder is inside an input folder' },
    E_OUTPUT_LOCKED: { exit: ExitCode.input, title: 'Another run is writing the same output' },
    E_OUTPUT_IN_USE: { exit: ExitCode.input, title: 'Output folder cannot be replaced or filled' },
    E_REPORT_NOT_FOUND: { exit: ExitCode.input, title: 'No report file matches the pattern' },
    E_REPORT_PARSE: { exit: ExitCode.input, title: 'Test or coverage report cannot be read' },
    E_REPORT_XML_DOCTYPE: { exit: ExitCode.input, title: 'XML report declares DTD entities' },
    E_PATH_OUTSIDE_WORKSPACE: { exit: ExitCode.input, title: 'Path outside the workspace' },
    E_BASE_REF: { exit: ExitCode.input, title: 'Base ref for changed lines not usable' },
    E_RELEASE_CONFIG: { exit: ExitCode.input, title: 'Release configuration invalid' },
    E_RELEASE_VERSION: { exit: ExitCode.input, title: 'Next release version cannot be computed' },
    E_RELEASE_TAG_CONFLICT: { exit: ExitCode.input, title: 'Release tag exists at another commit' },
    E_GIT: { exit: ExitCode.tool, title: 'git command failed' },
    E_GIT_PUSH: { exit: ExitCode.tool, title: 'Pushing tags failed' },
    E_API_AUTH: { exit: ExitCode.input, title: 'API token missing, rejected or lacking permission' },
    E_API_NOT_FOUND: { exit: ExitCode.input, title: 'API resource not found' },
    E_API_REJECTED: { exit: ExitCode.tool, title: 'API request rejected' },
    E_API_UNAVAILABLE: { exit: ExitCode.tool, title: 'API unavailable (rate limit, server error, network)' },
    E_IMAGE_REF: { exit: ExitCode.input, title: 'Invalid image reference' },
    E_REGISTRY_AUTH: { exit: ExitCode.input, title: 'Registry authentication failed' },
    E_REGISTRY_NOT_FOUND: { exit: ExitCode.input, title: 'Image manifest not found in the registry' },
    E_REGISTRY: { exit: ExitCode.tool, title: 'Registry request failed' },
    E_DIFFERENCE: { exit: ExitCode.parity, title: 'Resources change against the base (fail-on: difference)' },
};
class MmfError extends Error {
    code;
    exitCode;
    file;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'MmfError';
        this.code = code;
        this.exitCode = ERROR_CATALOGUE[code].exit;
        this.file = options.file;
        this.hint = options.hint;
    }
    /** One paragraph for the user: code, file, cause, and what to do. */
    format() {
        const where = this.file ? `${this.file}: ` : '';
        const hint = this.hint ? `\n  hint: ${this.hint}` : '';
        return `error[${this.code}]: ${where}${this.message}${hint}`;
    }
}
function isMmfError(err) {
    return err instanceof MmfError;
}
/** Tool output as one bounded line: whitespace collapsed, at most `limit` characters. */
function oneParagraph(text, limit = 2000) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit)}… (${flat.length - limit} more characters)` : flat;
}


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ kustomizationHeader),
/* harmony export */   YU: () => (/* binding */ KUSTOMIZATION_FILE_NAMES)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_API, COMPONENT_API, isKustomizationFileName, kustomizationYaml, manifestYaml, selectorLabels, deploymentPatch, serviceAnnotationPatch */
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
    return comment(header) + toYaml(doc);
}
/** One object per file; several (a multi-document file) when given a list. */
function manifestYaml(objects, header = []) {
    return comment(header) + (Array.isArray(objects) ? toYamlStream(objects) : toYaml(objects));
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

/***/ 7725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseManifestStream)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _yaml_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9441);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5067);



// Scalars resolved as the Kubernetes YAML reader (go-yaml v2) does: YAML 1.1
// booleans (yes/no/on/off/y/n), integers in any Go base with underscores,
// timestamps left as strings.
const TRUE = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const INT = /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[1-9][0-9_]*|0)$/;
const bool11 = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (data) => typeof data === 'string' && (TRUE.test(data) || FALSE.test(data)),
    construct: (data) => TRUE.test(data),
    predicate: (v) => typeof v === 'boolean',
});
/** A Go-style integer literal; exact as bigint beyond 2^53. */
function parseGoInt(text) {
    const clean = text.replace(/_/g, '');
    const negative = clean.startsWith('-');
    const digits = clean.replace(/^[-+]/, '');
    const literal = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits;
    const big = BigInt(literal);
    const value = negative ? -big : big;
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value;
}
const int11 = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data) => typeof data === 'string' && INT.test(data) && /\d/.test(data),
    construct: parseGoInt,
    predicate: (v) => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)),
});
// js-yaml ships these types but its type declarations omit them.
const builtin = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].types */ .Ay.types;
const KUBERNETES_SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA.extend({
    implicit: [bool11, int11, builtin.merge],
    explicit: [builtin.binary],
});
/** A document marker at the start of a line; block scalars are always indented, so never content. */
const DOCUMENT_MARKER = /^---(?=[ \t]|$)/m;
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m;
/**
 * Parses a manifest stream (helm template or kustomize build output) quickly:
 * js-yaml per document with Kubernetes' scalar rules, and the `# Source:`
 * comment that precedes each document. Documents with aliases, or anything
 * the fast path cannot read, go through the full YAML library with its alias
 * limit and precise errors.
 */
function parseManifestStream(text, origin, 
/** Reads only the documents whose `# Source:` template this accepts (all when absent). */
onlySources) {
    if (Buffer.byteLength(text) > _yaml_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_YAML_BYTES */ .jl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_INPUT_TOO_LARGE', `larger than ${_yaml_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_YAML_BYTES */ .jl} bytes`, { file: origin });
    }
    const out = [];
    for (const [index, chunk] of text.split(DOCUMENT_MARKER).entries()) {
        // After a marker, the rest of the marker line is blank or a comment; drop it.
        const body = index === 0
            ? chunk
            : chunk.replace(/^[^\n]*\n?/, (first) => (/^[ \t]*(#.*)?\n?$/.test(first) ? '' : first));
        if (!/^[ \t]*[^#\s]/m.test(body))
            continue;
        const source = sourceComment(body);
        if (onlySources && !onlySources(source?.replace(/^Source:\s*/, '')))
            continue;
        if (ALIAS.test(body) || /^(%|\.\.\.)/m.test(body)) {
            out.push(...(0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlDocuments */ .v)(`---\n${body}`, origin));
            continue;
        }
        let value;
        try {
            value = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(body, { schema: KUBERNETES_SCHEMA, json: true, filename: origin });
        }
        catch {
            out.push(...(0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlDocuments */ .v)(`---\n${body}`, origin));
            continue;
        }
        if (value === null || value === undefined)
            continue;
        out.push(source ? { value: value, comment: source } : { value: value });
    }
    return out;
}
/** `Source: <template>` from the comments before a document's content. */
function sourceComment(body) {
    const content = /^[^#\s]/m.exec(body);
    return /^[ \t]*#\s*(Source:\s*\S+)/m.exec(content ? body.slice(0, content.index) : body)?.[1];
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ KUSTOMIZE_KNOWN_CLUSTER_SCOPED),
/* harmony export */   J6: () => (/* binding */ ScopeResolver),
/* harmony export */   Ye: () => (/* binding */ parseManifests),
/* harmony export */   ik: () => (/* binding */ resourceKey),
/* harmony export */   kX: () => (/* binding */ displayId)
/* harmony export */ });
/* unused harmony exports splitApiVersion, isCrd, toResource */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2070);
/* harmony import */ var _manifest_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7725);



/** Identity used everywhere: group/kind/namespace/name (the API version is not part of identity). */
function resourceKey(id) {
    return `${id.group || 'core'}/${id.kind}/${id.namespace || '-'}/${id.name}`;
}
function displayId(id) {
    return `${id.kind}/${id.name}${id.namespace ? ` (namespace ${id.namespace})` : ''}`;
}
function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/**
 * Cluster-scoped kinds kustomize's namespace transformer knows to leave alone
 * (its built-in schema). Any other cluster-scoped object would get a namespace
 * from a `namespace:` field (see namespace-field.ts).
 */
const KUSTOMIZE_KNOWN_CLUSTER_SCOPED = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/VolumeAttachment',
    'scheduling.k8s.io/PriorityClass',
    'node.k8s.io/RuntimeClass',
    'networking.k8s.io/IngressClass',
    'policy/PodSecurityPolicy',
    'certificates.k8s.io/CertificateSigningRequest',
]);
const CLUSTER_SCOPED = new Set([
    ...KUSTOMIZE_KNOWN_CLUSTER_SCOPED,
    // Built-ins kustomize's schema predates or treats apart.
    'apiextensions.k8s.io/CustomResourceDefinition',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'apiregistration.k8s.io/APIService',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'resource.k8s.io/DeviceClass',
    'storage.k8s.io/VolumeAttributesClass',
    // Widely used custom resources whose CRDs usually live outside the chart.
    'cert-manager.io/ClusterIssuer',
    'external-secrets.io/ClusterSecretStore',
    'external-secrets.io/ClusterExternalSecret',
    'kyverno.io/ClusterPolicy',
    'gateway.networking.k8s.io/GatewayClass',
    'snapshot.storage.k8s.io/VolumeSnapshotClass',
    'karpenter.sh/NodePool',
    'karpenter.k8s.aws/EC2NodeClass',
]);
/** API groups of widely used operators whose kinds are namespaced, except the `Cluster…` ones listed above. */
const NAMESPACED_GROUPS = new Set([
    'monitoring.coreos.com',
    'networking.istio.io',
    'security.istio.io',
    'telemetry.istio.io',
    'policy.linkerd.io',
    'linkerd.io',
    'split.smi-spec.io',
    'cert-manager.io',
    'external-secrets.io',
    'argoproj.io',
    'keda.sh',
    'traefik.io',
    'traefik.containo.us',
    'postgresql.cnpg.io',
    'kafka.strimzi.io',
]);
/** Knows which kinds are cluster-scoped: built-ins plus CRDs found among the manifests. */
class ScopeResolver {
    custom = new Map();
    constructor(crds = []) {
        for (const crd of crds)
            this.addCrd(crd);
    }
    addCrd(crd) {
        const spec = crd.spec;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(spec) || typeof spec.group !== 'string' || !(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(spec.names))
            return;
        const kind = spec.names.kind;
        if (typeof kind === 'string')
            this.custom.set(`${spec.group}/${kind}`, spec.scope === 'Cluster');
    }
    isClusterScoped(group, kind) {
        return this.custom.get(`${group}/${kind}`) ?? CLUSTER_SCOPED.has(`${group}/${kind}`);
    }
    /** True when the kind's scope is a guess (a custom kind without its CRD, not one we know). */
    isUnknownKind(group, kind) {
        const key = `${group}/${kind}`;
        if (!group.includes('.') || group.endsWith('.k8s.io') || this.custom.has(key) || CLUSTER_SCOPED.has(key))
            return false;
        return !(NAMESPACED_GROUPS.has(group) && !kind.startsWith('Cluster'));
    }
}
function isCrd(object) {
    return (object.kind === 'CustomResourceDefinition' &&
        String(object.apiVersion).startsWith('apiextensions.k8s.io/'));
}
/** Builds a resource from a parsed object; the namespace is defaulted for namespaced kinds. */
function toResource(object, origin, defaultNamespace, scopes, source) {
    const apiVersion = object.apiVersion;
    const kind = object.kind;
    const metadata = object.metadata;
    if (typeof apiVersion !== 'string' ||
        typeof kind !== 'string' ||
        !(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(metadata) ||
        typeof metadata.name !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_RENDER_OUTPUT', `a document${source ? ` from ${source}` : ''} is not a Kubernetes object (apiVersion, kind and metadata.name are required)`, { file: origin });
    }
    const { group, version } = splitApiVersion(apiVersion);
    const clusterScoped = scopes.isClusterScoped(group, kind);
    const namespace = clusterScoped
        ? ''
        : typeof metadata.namespace === 'string' && metadata.namespace
            ? metadata.namespace
            : defaultNamespace;
    const id = { group, version, kind, namespace, name: metadata.name };
    return source ? { id, object, source } : { id, object };
}
/**
 * Parses a manifest stream (helm template or kustomize build output) into a
 * ManifestSet. `List` objects are flattened; a repeated identity is an error
 * naming both sources.
 */
function parseManifests(text, origin, options) {
    const docs = (0,_manifest_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifestStream */ .P)(text, origin, options.onlySources).flatMap((doc) => {
        const source = /Source:\s*(\S+)/.exec(doc.comment ?? '')?.[1];
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(doc.value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_RENDER_OUTPUT', `a document${source ? ` from ${source}` : ''} is not a mapping`, {
                file: origin,
            });
        }
        // List, ConfigMapList …: every *List with items is flattened, as kubectl and kustomize do.
        if (typeof doc.value.kind === 'string' &&
            doc.value.kind.endsWith('List') &&
            Array.isArray(doc.value.items)) {
            return doc.value.items.filter(_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv).map((item) => ({ object: item, source }));
        }
        return [{ object: doc.value, source }];
    });
    const scopes = options.scopes ?? new ScopeResolver();
    for (const { object } of docs)
        if (isCrd(object))
            scopes.addCrd(object);
    const set = new Map();
    for (const { object, source } of docs) {
        const resource = toResource(object, origin, options.defaultNamespace, scopes, source);
        const key = resourceKey(resource.id);
        const previous = set.get(key);
        if (previous) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_DUPLICATE_RESOURCE', `${displayId(resource.id)} is rendered twice (${previous.source ?? 'unknown source'} and ${source ?? 'unknown source'})`, { file: origin, hint: 'give the resources distinct names or render only one of them' });
        }
        set.set(key, resource);
    }
    return set;
}


/***/ }),

/***/ 342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ patchListStrategy),
/* harmony export */   Qz: () => (/* binding */ listStrategy),
/* harmony export */   hJ: () => (/* binding */ supportsStrategicMerge)
/* harmony export */ });
/**
 * Strategic-merge keys of the built-in Kubernetes types, as declared by
 * `patchMergeKey` in the API (k8s.io/api). Only lists listed here merge by key;
 * every other list in a built-in kind is replaced whole by a strategic-merge
 * patch. Custom resources get no strategic merge at all (RFC 6902 instead).
 */
const BUILT_IN_GROUPS = new Set([
    '',
    'apps',
    'batch',
    'autoscaling',
    'policy',
    'networking.k8s.io',
    'rbac.authorization.k8s.io',
    'storage.k8s.io',
    'scheduling.k8s.io',
    'coordination.k8s.io',
    'discovery.k8s.io',
    'node.k8s.io',
    'admissionregistration.k8s.io',
    'certificates.k8s.io',
]);
function supportsStrategicMerge(group) {
    return BUILT_IN_GROUPS.has(group);
}
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    PodTemplate: ['template', 'spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const POD_SPEC_KEYS = {
    containers: 'name',
    initContainers: 'name',
    ephemeralContainers: 'name',
    volumes: 'name',
    imagePullSecrets: 'name',
    hostAliases: 'ip',
    topologySpreadConstraints: 'topologyKey',
    resourceClaims: 'name',
    schedulingGates: 'name',
};
const CONTAINER_KEYS = {
    env: 'name',
    ports: 'containerPort',
    volumeMounts: 'mountPath',
    volumeDevices: 'devicePath',
};
/** Lists whose strategic merge we do not model (primitive "merge" lists): never emit them in a strategic patch. */
const UNSUPPORTED_LIST_NAMES = new Set(['finalizers']);
function startsWith(path, prefix) {
    return prefix.every((step, i) => path[i] === step);
}
/** How a strategic-merge patch treats the list at `path` in a resource of `kind`. */
function listStrategy(kind, path) {
    const last = path[path.length - 1];
    if (typeof last !== 'string')
        return { type: 'replace' };
    if (UNSUPPORTED_LIST_NAMES.has(last))
        return { type: 'unsupported' };
    if (path.length === 2 && path[0] === 'metadata' && last === 'ownerReferences')
        return { type: 'merge', key: 'uid' };
    if (kind === 'Service' && path.length === 2 && path[0] === 'spec' && last === 'ports')
        return { type: 'merge', key: 'port' };
    const podSpec = POD_SPEC_PATHS[kind];
    if (!podSpec || !startsWith(path, podSpec))
        return { type: 'replace' };
    const rest = path.slice(podSpec.length);
    if (rest.length === 1) {
        const key = POD_SPEC_KEYS[last];
        return key ? { type: 'merge', key } : { type: 'replace' };
    }
    const inContainer = rest.length === 3 &&
        typeof rest[0] === 'string' &&
        ['containers', 'initContainers', 'ephemeralContainers'].includes(rest[0]) &&
        typeof rest[1] === 'number';
    if (inContainer) {
        const key = CONTAINER_KEYS[last];
        return key ? { type: 'merge', key } : { type: 'replace' };
    }
    return { type: 'replace' };
}
/**
 * The list strategy a strategic-merge patch may rely on. Service ports are
 * keyed by port in the API, but kustomize merges them on port + protocol and
 * cannot match items without a protocol, so we never merge them by patch.
 */
function patchListStrategy(kind, path) {
    if (kind === 'Service' && path.length === 2 && path[0] === 'spec' && path[1] === 'ports')
        return { type: 'unsupported' };
    return listStrategy(kind, path);
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ isSecret),
/* harmony export */   $y: () => (/* binding */ secretKeysFile),
/* harmony export */   HA: () => (/* binding */ planSecretGenerator),
/* harmony export */   St: () => (/* binding */ SECRET_KEYS_DIR),
/* harmony export */   Zx: () => (/* binding */ decodeSecretData)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2070);

function isSecret(resource) {
    return resource.id.group === '' && resource.id.kind === 'Secret';
}
/** Decoded Secret data: `data` (base64) merged with `stringData` (which wins), as raw bytes. */
function decodeSecretData(object) {
    const out = new Map();
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(object.data))
        for (const [k, v] of Object.entries(object.data))
            out.set(k, Buffer.from(typeof v === 'string' ? v : '', 'base64'));
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(object.stringData))
        for (const [k, v] of Object.entries(object.stringData))
            out.set(k, Buffer.from(v === null ? '' : String(v), 'utf8'));
    return out;
}
const SIMPLE_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
/**
 * A secretGenerator that reproduces a rendered Secret exactly: same name (no
 * hash suffix), type, labels, annotations and data. Values go to an env file
 * when every value is one line of printable ASCII, otherwise one file per key.
 */
function planSecretGenerator(resource, stem) {
    const object = resource.object;
    const meta = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(object.metadata) ? object.metadata : {};
    const data = [...decodeSecretData(object)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const entry = { name: resource.id.name };
    // Explicit even under a `namespace:` field: patches of the same overlay match on it.
    if (resource.id.namespace)
        entry.namespace = resource.id.namespace;
    if (typeof object.type === 'string')
        entry.type = object.type;
    const files = [];
    const simple = data.every(([, v]) => SIMPLE_VALUE.test(v.toString('latin1')) && isUtf8(v));
    if (data.length === 0) {
        // a generator with no sources still yields an empty Secret
    }
    else if (simple) {
        const path = `secrets/${stem}.env`;
        files.push({
            path,
            content: Buffer.from(data.map(([k, v]) => `${k}=${v.toString('utf8')}\n`).join(''), 'utf8'),
        });
        entry.envs = [path];
    }
    else {
        entry.files = data.map(([k]) => `${k}=secrets/${stem}/${k}`);
        for (const [k, v] of data)
            files.push({ path: `secrets/${stem}/${k}`, content: v });
    }
    const options = { disableNameSuffixHash: true };
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(meta.labels) && Object.keys(meta.labels).length)
        options.labels = meta.labels;
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(meta.annotations) && Object.keys(meta.annotations).length)
        options.annotations = meta.annotations;
    if (object.immutable === true)
        options.immutable = true;
    entry.options = options;
    return {
        entry,
        files,
        keys: data.map(([name, v]) => ({ name, bytes: v.length })),
        removeType: typeof object.type !== 'string',
    };
}
function isUtf8(buffer) {
    return Buffer.from(buffer.toString('utf8'), 'utf8').equals(buffer);
}
/** Tracked folder beside `secrets/` listing each Secret's keys without values. */
const SECRET_KEYS_DIR = 'secrets.example';
/**
 * `secrets.example/<name>.env`: the keys a git-ignored Secret file must hold,
 * with empty values, so people (and CI) know what to provide.
 */
function secretKeysFile(secretName, keys) {
    return [
        `# Keys of Secret ${secretName}. Put the values in ../secrets/ (git-ignored) or provide the Secret from your secret store.`,
        ...keys.map((k) => `${k.name}=`),
        '',
    ].join('\n');
}


/***/ }),

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ renderReportMarkdown)
/* harmony export */ });
/* unused harmony exports CONCLUSION_ICON, escapeHtml, escapeMarkdown, inlineCode, fenceFor */
/** Marks of a conclusion on Markdown surfaces. */
const CONCLUSION_ICON = {
    success: '✅',
    failure: '❌',
    neutral: '📝',
    skipped: '⏭️',
};
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Text inside HTML elements (`<summary>`): entities only, Markdown is not interpreted there. */
function escapeHtml(text) {
    return text.replace(/[&<>]/g, (c) => HTML[c]);
}
/** Plain text in Markdown: no HTML, links, emphasis, code or table cells can be smuggled in. */
function escapeMarkdown(text) {
    return escapeHtml(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#+=-]|\d+\.)(\s)/gm, '$1\\$2$3');
}
/** Inline code whose delimiters outnumber any backtick run inside it. */
function inlineCode(text) {
    const flat = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = longest > 0 || flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/** A fence longer than any backtick run in `text`, so the text cannot close it. */
function fenceFor(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    return '`'.repeat(longest + 1);
}
function cell(value) {
    if (typeof value === 'object')
        return inlineCode(value.code).replace(/\|/g, '\\|');
    return escapeMarkdown(String(value)).replace(/\r?\n/g, ' ');
}
function renderBlock(block) {
    switch (block.kind) {
        case 'paragraph':
            return escapeMarkdown(block.text);
        case 'list':
            return block.items.map((item) => `- ${escapeMarkdown(item).replace(/\r?\n/g, ' ')}`).join('\n');
        case 'table':
            return [
                `| ${block.columns.map(cell).join(' | ')} |`,
                `|${block.columns.map(() => '---').join('|')}|`,
                ...block.rows.map((row) => `| ${block.columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`),
            ].join('\n');
        case 'code': {
            const text = block.text.replace(/\n$/, '');
            const fence = fenceFor(text);
            return `${fence}${(block.language ?? '').replace(/[^\w+-]/g, '')}\n${text}\n${fence}`;
        }
        case 'details':
            return [
                `<details><summary>${escapeHtml(block.summary).replace(/\r?\n/g, ' ')}</summary>`,
                '',
                ...block.blocks.map((b) => `${renderBlock(b)}\n`),
                '</details>',
            ].join('\n');
    }
}
function titleLine(report, level) {
    const hashes = '#'.repeat(level);
    const at = report.subject ? report.title.lastIndexOf(report.subject) : -1;
    if (at < 0)
        return `${hashes} ${escapeMarkdown(report.title)}`;
    // The subject (a path, a package) reads best as code.
    const before = report.title.slice(0, at);
    const after = report.title.slice(at + report.subject.length);
    return `${hashes} ${escapeMarkdown(before)}${inlineCode(report.subject)}${escapeMarkdown(after)}`;
}
function sectionBlocks(section, level) {
    const out = section.blocks.map(renderBlock);
    if (!section.title || !out.length)
        return out;
    const icon = section.conclusion ? `${CONCLUSION_ICON[section.conclusion]} ` : '';
    out[0] = `${'#'.repeat(level)} ${icon}${escapeMarkdown(section.title)}\n\n${out[0]}`;
    return out;
}
/**
 * The report as Markdown blocks for a PR/MR comment or a job summary: first
 * the title, headline, numbers and notes, then one block per section block
 * (a section's heading rides on its first block). Comment splitters cut only
 * between blocks, or inside one too big for a comment on its own.
 */
function renderReportMarkdown(report, options = {}) {
    const level = options.headingLevel ?? 3;
    const head = [
        titleLine(report, level),
        '',
        `${CONCLUSION_ICON[report.conclusion]} ${escapeMarkdown(report.headline)}`,
    ];
    if (report.summary.length)
        head.push('', report.summary
            .map((m) => `${escapeMarkdown(m.label)}: **${escapeMarkdown(`${m.value}${m.unit ?? ''}`)}**`)
            .join(' · '));
    for (const note of report.notes)
        head.push('', `> ${escapeMarkdown(note).replace(/\r?\n/g, ' ')}`);
    const blocks = [head.join('\n') + '\n'];
    for (const section of report.sections)
        blocks.push(...sectionBlocks(section, level + 1).map((b) => `${b}\n`));
    return blocks;
}


/***/ }),

/***/ 9441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jl: () => (/* binding */ MAX_YAML_BYTES),
  v: () => (/* binding */ parseYamlDocuments),
  fE: () => (/* binding */ toYaml),
  FJ: () => (/* binding */ yamlLineCount)
});

// UNUSED EXPORTS: KUBERNETES_YAML_OPTIONS, MAX_YAML_ALIASES, libraryYaml, toYamlStream

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/yaml-fast-writer.ts
/**
 * A fast path of toYaml for the plain data we write: maps, lists, numbers,
 * booleans, null and strings, laid out exactly as the `yaml` library lays
 * them out with toYaml's options (YAML 1.1, no line folding, lists not
 * indented under their key). Anything it does not write the same way for
 * certain (control characters, both quote kinds in one string, keys over
 * 1024 characters, document markers, indentation indicators, kept trailing
 * newlines, non-plain objects) makes it give up, and toYaml uses the library.
 * test/kernel/yaml/yaml-fast-writer.test.ts compares the two on every kind of value.
 */
/** Implicit YAML 1.1 types: a plain string that matches one of these must be quoted to stay a string. */
const YAML11_NOT_STRING = [
    /^(?:~|[Nn]ull|NULL)?$/,
    /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    /^[-+]?0b[0-1_]+$/,
    /^[-+]?0[0-7_]+$/,
    /^[-+]?[0-9][0-9_]*$/,
    /^[-+]?0x[0-9a-fA-F_]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];
/** Where a plain scalar would be read as something else, or not be valid: the library quotes these. */
const NEEDS_QUOTES = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/** Strings YAML 1.2 reads as numbers but 1.1 does not: toYaml double-quotes them for YAML 1.2 readers. */
const YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;
class Unsupported extends Error {
}
const unsupported = () => {
    throw new Unsupported();
};
function quoted(value) {
    if (value.includes('\\'))
        unsupported();
    const double = value.includes('"');
    const single = value.includes("'");
    if (double && single)
        unsupported();
    return double ? `'${value}'` : `"${value}"`;
}
/** A single-line string, as a value or (implicitKey) as a key. */
function scalarString(value, implicitKey) {
    if (CONTROL.test(value))
        unsupported();
    if (!implicitKey && YAML12_ONLY_NUMBER.test(value))
        return quoted(value);
    if (NEEDS_QUOTES.test(value))
        return keyChecked(quoted(value), implicitKey);
    if (DOCUMENT_MARKER.test(value))
        unsupported();
    return keyChecked(YAML11_NOT_STRING.some((re) => re.test(value)) ? quoted(value) : value, implicitKey);
}
/** The library writes keys longer than 1024 characters as explicit `? key` entries. */
function keyChecked(written, implicitKey) {
    return implicitKey && written.length > 1024 ? unsupported() : written;
}
/** A multi-line string as a block literal whose content lines start at `indent`. */
function blockLiteral(value, indent) {
    if (CONTROL.test(value) || /\n[\t ]+$/.test(value) || DOCUMENT_MARKER.test(value))
        unsupported();
    if (/^[\n\t ]/.test(value) || /\n\n$/.test(value) || /[\t ]$/.test(value))
        unsupported();
    const clip = value.endsWith('\n');
    const body = clip ? value.slice(0, -1) : value;
    return `|${clip ? '' : '-'}\n${body.replace(/^(?=.)/gm, indent)}`;
}
function scalar(value, indent) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'bigint')
        return String(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            unsupported();
        return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    }
    if (typeof value === 'string')
        return value.includes('\n') ? blockLiteral(value, indent) : scalarString(value, false);
    return unsupported();
}
function isPlainObject(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** Lines of a value that sits after `key:` or `- ` at nesting `indent`. */
function node(value, indent, out, lead) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            out.push(`${lead}[]`);
            return;
        }
        value.forEach((item, i) => {
            if (item === undefined)
                unsupported();
            // The first item continues the line that introduced the list (`- - a`).
            const prefix = i === 0 && lead !== indent ? lead : indent;
            item_(item, indent, out, `${prefix}- `);
        });
        return;
    }
    if (isPlainObject(value)) {
        const entries = Object.entries(value);
        if (entries.length === 0) {
            out.push(`${lead}{}`);
            return;
        }
        entries.forEach(([key, child], i) => {
            if (child === undefined)
                unsupported();
            const prefix = i === 0 ? lead : indent;
            const k = `${prefix}${key.includes('\n') ? unsupported() : scalarString(key, true)}:`;
            pairValue(child, indent, out, k);
        });
        return;
    }
    out.push(`${lead}${scalar(value, indent)}`);
}
function pairValue(child, indent, out, keyLine) {
    if (Array.isArray(child) && child.length) {
        out.push(keyLine);
        node(child, indent, out, indent);
    }
    else if (isPlainObject(child) && Object.keys(child).length) {
        out.push(keyLine);
        node(child, `${indent}  `, out, `${indent}  `);
    }
    else {
        out.push(`${keyLine} ${emptyOrScalar(child, `${indent}  `)}`);
    }
}
function emptyOrScalar(value, indent) {
    if (Array.isArray(value))
        return '[]';
    if (isPlainObject(value))
        return '{}';
    return scalar(value, indent);
}
/** A list item: its content is indented two past the dash. */
function item_(item, indent, out, dash) {
    const inner = `${indent}  `;
    if ((Array.isArray(item) && item.length) || (isPlainObject(item) && Object.keys(item).length))
        node(item, inner, out, dash);
    else
        out.push(`${dash}${emptyOrScalar(item, inner)}`);
}
/** toYaml's output for `value`, or undefined when only the library can say it exactly. */
function fastYaml(value) {
    try {
        const out = [];
        if (Array.isArray(value) || isPlainObject(value))
            node(value, '', out, '');
        else if (typeof value === 'string' && value.includes('\n'))
            return undefined;
        else
            out.push(scalar(value, ''));
        return out.join('\n') + '\n';
    }
    catch (err) {
        if (err instanceof Unsupported)
            return undefined;
        throw err;
    }
}

;// CONCATENATED MODULE: ./actions/kernel/yaml-codec.ts



/** Aliases allowed in one document: plenty for real charts, far too few for an alias bomb. */
const MAX_YAML_ALIASES = 1000;
const MAX_YAML_BYTES = 64 * 1024 * 1024;
/** YAML 1.1 like the Kubernetes readers (yes/on are booleans); timestamps stay strings as for untyped Go values. */
const KUBERNETES_YAML_OPTIONS = {
    version: '1.1',
    customTags: (tags) => tags.filter((t) => t !== 'timestamp' && (typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp')),
    uniqueKeys: false,
};
// Plain values: integers beyond 2^53 stay exact (see unshare).
const yaml11 = {
    ...KUBERNETES_YAML_OPTIONS,
    intAsBigInt: true,
};
/**
 * A plain copy: aliases no longer share objects (so editing one place cannot
 * change another), and integers are numbers unless beyond 2^53.
 */
function unshare(value) {
    if (typeof value === 'bigint') {
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value;
    }
    if (Array.isArray(value))
        return value.map(unshare);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unshare(v)]));
    }
    return value;
}
/** Parses a multi-document YAML stream into plain values; empty documents are skipped. */
function parseYamlDocuments(text, origin) {
    if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
        throw new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `larger than ${MAX_YAML_BYTES} bytes`, { file: origin });
    }
    const docs = (0,dist/* parseAllDocuments */.hR)(text, yaml11);
    const out = [];
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0];
            const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
            const cause = firstLine(error.message)
                .replace(/ at line \d+, column \d+:?$/, '')
                .replace(/:$/, '');
            throw new errors/* MmfError */.H0('E_VALUES_YAML', `invalid YAML${where}: ${cause}`, { file: origin });
        }
        let value;
        try {
            value = unshare(doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }));
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            if (/alias/i.test(message)) {
                throw new errors/* MmfError */.H0('E_YAML_ALIASES', `refusing to expand more than ${MAX_YAML_ALIASES} YAML aliases`, {
                    file: origin,
                    hint: 'the file looks like a YAML alias bomb; remove the nested aliases',
                });
            }
            throw new errors/* MmfError */.H0('E_VALUES_YAML', `invalid YAML: ${firstLine(message)}`, { file: origin });
        }
        if (value === null || value === undefined)
            continue;
        const comment = doc.commentBefore ??
            doc.contents?.commentBefore ??
            undefined;
        out.push(comment ? { value: value, comment } : { value: value });
    }
    return out;
}
/** Deterministic YAML for files we write; strings that YAML 1.1 would misread are quoted. */
function toYaml(value) {
    // The fast writer gives up on anything it cannot write exactly as the library does.
    return fastYaml(value) ?? libraryYaml(value);
}
/** toYaml written by the `yaml` library itself. */
function libraryYaml(value) {
    return (0,dist/* stringify */.As)(quoteYaml12Numbers(value), {
        version: '1.1',
        lineWidth: 0,
        aliasDuplicateObjects: false,
        indentSeq: false,
    });
}
/**
 * How many lines toYaml(value) takes, without writing it: a pair or list item
 * per line, an empty collection inline, a multi-line string as a block
 * literal. Exact for what patches hold; used to pick the smaller of two
 * patches without serialising both.
 */
function yamlLineCount(value) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return 1;
        let n = 0;
        for (const item of value)
            n += yamlLineCount(item);
        return n;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (entries.length === 0)
            return 1;
        let n = 0;
        for (const [, child] of entries)
            n += nestedCollection(child) ? 1 + yamlLineCount(child) : yamlLineCount(child);
        return n;
    }
    if (typeof value === 'string' && value.includes('\n')) {
        // Quoted, with its line breaks folded: rare enough to write it out and count.
        if (QUOTED_MULTILINE.test(value) || /\n[\t ]+$/.test(value)) {
            const text = toYaml(value);
            return text.split('\n').length - 1;
        }
        // A block literal: its header, then the lines of the text (a final newline ends the last one).
        const body = value.endsWith('\n') ? value.slice(0, -1) : value;
        return 1 + body.split('\n').length;
    }
    return 1;
}
/** Characters that make the YAML writer double-quote a string instead of writing a block literal. */
// eslint-disable-next-line no-control-regex
const QUOTED_MULTILINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
function nestedCollection(value) {
    if (Array.isArray(value))
        return value.length > 0;
    return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}
/** Strings YAML 1.2 reads as numbers but 1.1 does not (0o17): quoted, for readers such as kustomize's. */
const yaml_codec_YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;
function quoteYaml12Numbers(value) {
    if (typeof value === 'string' && yaml_codec_YAML12_ONLY_NUMBER.test(value)) {
        const scalar = new dist/* Scalar */.X5(value);
        scalar.type = 'QUOTE_DOUBLE';
        return scalar;
    }
    // Copied only where something below is quoted: most documents come back as they are.
    if (Array.isArray(value)) {
        let out;
        value.forEach((item, i) => {
            const quoted = quoteYaml12Numbers(item);
            if (quoted !== item)
                (out ??= [...value])[i] = quoted;
        });
        return out ?? value;
    }
    if (value && typeof value === 'object' && !(value instanceof dist/* Scalar */.X5)) {
        let out;
        for (const [k, v] of Object.entries(value)) {
            const quoted = quoteYaml12Numbers(v);
            if (quoted !== v)
                (out ??= { ...value })[k] = quoted;
        }
        return out ?? value;
    }
    return value;
}
/** Several documents separated by `---`. */
function toYamlStream(values) {
    return values.map(toYaml).join('---\n');
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ isExecutableFile),
/* harmony export */   OK: () => (/* binding */ requireFolder),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);


/** Whether anything (file, folder, link target) is at `path`. */
async function exists(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined)) !== undefined;
}
async function isDirectory(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isDirectory() ?? false;
}
/** A regular file this process may execute. */
async function isExecutableFile(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/**
 * Throws `code` naming `path` unless it is a folder: "<what> does not exist"
 * or, for a file or anything else, "<what> is not a folder".
 */
async function requireFolder(path, what, options) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (info?.isDirectory())
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0(options.code, info ? `${what} is not a folder` : `${what} does not exist`, {
        file: path,
        ...(options.hint ? { hint: options.hint } : {}),
    });
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

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ writeResultAndMarkdown),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export writeReportFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4035);




/**
 * Writes `text` to `path` under a new temporary name beside it (never an
 * existing file, so two writers of one path cannot meet), then renames it: a
 * reader (a CI system collecting artifacts, a later step) never sees half a
 * file. `mode` applies to the new file (e.g. 0o600 for a private cache).
 */
async function writeFileAtomic(path, text, options = {}) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.mmf-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(staging, text, {
            flag: 'wx',
            ...(options.mode !== undefined ? { mode: options.mode } : {}),
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { force: true });
        throw err;
    }
}
/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
async function writeReportFiles(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await writeFileAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), text);
}
/** A report's machine-readable result as JSON and the report as Markdown, atomically, into `dir`. */
async function writeResultAndMarkdown(dir, report, names) {
    await writeReportFiles(dir, {
        [names.json]: JSON.stringify(report.result, null, 2) + '\n',
        [names.markdown]: (0,_kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReportMarkdown */ .Ay)(report).join('\n'),
    });
}


/***/ }),

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ openChart)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/kernel/k8s/manifest-stream.ts
var manifest_stream = __webpack_require__(7725);
;// CONCATENATED MODULE: ./actions/kernel/helm/random-templates.ts
/**
 * Which Helm templates can render differently from one run to the next.
 *
 * A resource needs a second render (to find its volatile fields) only when
 * the template that produced it, or a named template or file it includes,
 * calls a random or time function. Helm names every document's template in a
 * `# Source: <chart>/templates/<file>` comment, so after one render the
 * resources that can be random are known, and a chart whose only random calls
 * sit in test hooks (which are dropped) is rendered once.
 *
 * The scan is conservative: an `include` whose name is computed (other than
 * the `print $.Template.BasePath "/file"` checksum idiom) counts as random
 * when anything in the chart is, and `tpl` counts as random when any text it
 * could evaluate (values files, other chart files) calls a random function.
 */
/** Calls of functions whose result changes between two renders of the same input (not `.Values.now`). */
const RANDOM_FUNCTIONS = /(?<![\w.$])(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|now|ago|shuffle)\b/;
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const LITERAL_INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
const DYNAMIC_INCLUDE = /\b(?:include|template)\s+(?!")(\S)/;
const BASE_PATH_INCLUDE = /\b(?:include|template)\s+\(\s*print\s+\$?\.Template\.BasePath\s+"([^"]+)"\s*\)/g;
const OPENERS = new Set(['if', 'range', 'with']);
const TEST_HOOK = /["']?helm\.sh\/hook["']?\s*:\s*["']?[\w,\s-]*\btest(?:-success)?\b/;
/** Files Helm renders into no document of the output: partials (`_helpers.tpl`) and NOTES.txt. */
const RENDERS_NOTHING = /(?:^|\/)(?:_[^/]*|NOTES\.txt)$/;
const fileUnit = (name) => `file:${name}`;
const defineUnit = (name) => `define:${name}`;
/** Reads the actions of every template: what each file and each named template calls and includes. */
function scanTemplates(sources, unscanned = false) {
    const units = new Map();
    const unit = (key) => {
        let found = units.get(key);
        if (!found) {
            found = { random: false, testHook: false, tpl: false, dynamic: false, refs: new Set() };
            units.set(key, found);
        }
        return found;
    };
    let usesTpl = false;
    for (const source of sources) {
        // The stack of open blocks; a define's entry names the unit its actions belong to.
        const stack = [];
        const current = () => [...stack].reverse().find((s) => s !== undefined) ?? fileUnit(source.name);
        unit(fileUnit(source.name)).testHook = TEST_HOOK.test(source.text);
        for (const match of source.text.matchAll(ACTION)) {
            const action = (match[1] ?? '').trim();
            if (action.startsWith('/*'))
                continue;
            const word = /^[a-z]+/.exec(action)?.[0] ?? '';
            if (word === 'end') {
                stack.pop();
                continue;
            }
            if (word === 'define' || word === 'block') {
                const name = /^(?:define|block)\s+"([^"]+)"/.exec(action)?.[1];
                const key = name === undefined ? undefined : defineUnit(name);
                if (key && word === 'block')
                    unit(current()).refs.add(key);
                stack.push(key ?? current());
                if (key)
                    unit(key);
                continue;
            }
            const target = unit(current());
            if (OPENERS.has(word))
                stack.push(undefined);
            if (RANDOM_FUNCTIONS.test(action))
                target.random = true;
            if (/\btpl\b/.test(action)) {
                target.tpl = true;
                usesTpl = true;
            }
            for (const m of action.matchAll(LITERAL_INCLUDE))
                target.refs.add(defineUnit(m[1]));
            let rest = action;
            for (const m of action.matchAll(BASE_PATH_INCLUDE)) {
                target.refs.add(fileUnit(`${source.chart}/templates${m[1].replace(/^\/?/, '/')}`));
                rest = rest.replace(m[0], '');
            }
            if (DYNAMIC_INCLUDE.test(rest))
                target.dynamic = true;
        }
    }
    return { units, unscanned, usesTpl };
}
/** The templates that can render differently on each run, once it is known whether `tpl` can see random text. */
class RandomTemplates {
    random = new Set();
    files;
    /** Whether anything in the chart can be random (then an unknown source counts as random). */
    any;
    /**
     * Whether a render is likely to hold a random document that is not a Helm
     * test: some random template that renders output declares no test hook. A
     * guess made before rendering, so the second render can start at once; what
     * the first render holds still decides whether the second one is used.
     */
    likelyNeedsSecondRender;
    constructor(scan, tplSeesRandomText) {
        this.files = new Set([...scan.units.keys()].filter((k) => k.startsWith('file:')));
        const direct = (u) => u.random || (u.tpl && tplSeesRandomText);
        this.any = [...scan.units.values()].some(direct) || scan.unscanned;
        for (const [key, u] of scan.units)
            if (direct(u) || (u.dynamic && this.any))
                this.random.add(key);
        // Whatever includes a random template is random: propagate until nothing changes.
        for (let changed = true; changed;) {
            changed = false;
            for (const [key, u] of scan.units) {
                if (this.random.has(key) || ![...u.refs].some((r) => this.random.has(r)))
                    continue;
                this.random.add(key);
                changed = true;
            }
        }
        this.likelyNeedsSecondRender =
            scan.unscanned ||
                [...scan.units].some(([key, u]) => key.startsWith('file:') && this.random.has(key) && !u.testHook && !RENDERS_NOTHING.test(key));
    }
    /** Whether the template named in a document's `# Source:` comment can render differently on each run. */
    isRandom(source) {
        if (source === undefined || !this.files.has(fileUnit(source)))
            return this.any;
        return this.random.has(fileUnit(source));
    }
}
/** Whether text that `tpl` may evaluate (a values file, a file of the chart) calls a random function. */
function textCallsRandom(text) {
    for (const match of text.matchAll(ACTION))
        if (RANDOM_FUNCTIONS.test(match[1] ?? ''))
            return true;
    return false;
}

// EXTERNAL MODULE: ./actions/platform/fs/link-guard.ts
var link_guard = __webpack_require__(6988);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __webpack_require__(2490);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __webpack_require__(149);
;// CONCATENATED MODULE: ./actions/platform/helm/chart-source.ts











/**
 * Opens a chart given as a directory or a packaged .tgz, refuses one that
 * holds a symbolic link leading outside the chart (or a device file), reads
 * Chart.yaml, checks that declared dependencies are vendored, and scans the
 * templates of the chart and its subcharts for lookup(), .Capabilities and
 * random values.
 */
async function openChart(chartPath, options = {}) {
    let info;
    try {
        info = await (0,promises_.stat)(chartPath);
    }
    catch {
        throw new errors/* MmfError */.H0('E_CHART_NOT_FOUND', 'chart does not exist', {
            file: chartPath,
            hint: 'pass --chart <chart directory or packaged .tgz>',
        });
    }
    await (0,link_guard/* assertResolvesInside */.y)(chartPath, options.root ?? process.cwd(), 'the chart');
    if (info.isDirectory()) {
        await (0,link_guard/* assertNoEscapingEntries */.M)(chartPath);
        return inspect(chartPath, async () => { });
    }
    if (!chartPath.endsWith('.tgz') && !chartPath.endsWith('.tar.gz')) {
        throw new errors/* MmfError */.H0('E_CHART_NOT_FOUND', 'is neither a chart directory nor a packaged chart (.tgz)', {
            file: chartPath,
        });
    }
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-chart-'));
    const forget = (0,exit_cleanup/* onExit */.cf)(() => (0,remove_tree_sync/* removeTreeSync */.O)(temp));
    const cleanup = async () => {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
        forget();
    };
    // GNU and BSD tar refuse members with absolute or `..` paths; links are checked after unpacking.
    const untar = await (0,run_command/* runCommand */.d)('tar', ['-xzf', chartPath, '-C', temp, '--no-same-owner']);
    if (untar.exitCode !== 0) {
        await cleanup();
        throw new errors/* MmfError */.H0('E_CHART_YAML', `cannot unpack the chart archive: ${untar.stderr.trim()}`, {
            file: chartPath,
        });
    }
    const entries = (await (0,promises_.readdir)(temp, { withFileTypes: true })).filter((e) => e.isDirectory());
    if (entries.length !== 1) {
        await cleanup();
        throw new errors/* MmfError */.H0('E_CHART_YAML', 'a packaged chart must hold exactly one top-level folder', {
            file: chartPath,
        });
    }
    const dir = (0,external_node_path_.join)(temp, entries[0].name);
    try {
        await (0,link_guard/* assertNoEscapingEntries */.M)(temp, chartPath);
    }
    catch (err) {
        await cleanup();
        throw err;
    }
    return inspect(dir, cleanup, chartPath);
}
async function readChartYaml(dir, shownAs) {
    const file = (0,external_node_path_.join)(dir, 'Chart.yaml');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* MmfError */.H0('E_CHART_YAML', 'Chart.yaml is missing', {
            file: shownAs,
            hint: 'point --chart at the folder that holds Chart.yaml',
        });
    }
    let doc;
    try {
        doc = (0,manifest_stream/* parseManifestStream */.P)(text, (0,external_node_path_.join)(shownAs, 'Chart.yaml'))[0]?.value;
    }
    catch (err) {
        if (err instanceof errors/* MmfError */.H0)
            throw new errors/* MmfError */.H0('E_CHART_YAML', err.message, { file: (0,external_node_path_.join)(shownAs, 'Chart.yaml') });
        throw err;
    }
    if (!(0,json/* isObject */.Gv)(doc) || typeof doc.name !== 'string' || doc.version === undefined) {
        throw new errors/* MmfError */.H0('E_CHART_YAML', 'Chart.yaml must define at least `name` and `version`', {
            file: (0,external_node_path_.join)(shownAs, 'Chart.yaml'),
        });
    }
    return doc;
}
async function inspect(dir, cleanup, shownAs = dir) {
    try {
        const chart = await readChartYaml(dir, shownAs);
        await checkDependencies(dir, chart, shownAs);
        const found = await readTemplates(dir, String(chart.name));
        const actions = found.sources.map((t) => (t.text.match(/\{\{[\s\S]*?\}\}/g) ?? []).join('\n'));
        const scan = scanTemplates(found.sources, found.unscanned);
        // Text that tpl may evaluate: values files and other files of the chart.
        const chartTextRandom = scan.usesTpl && found.otherTexts.some(textCallsRandom);
        const probe = new RandomTemplates(scan, scan.usesTpl);
        return {
            dir,
            name: chart.name,
            version: String(chart.version),
            ...(chart.appVersion !== undefined ? { appVersion: String(chart.appVersion) } : {}),
            usesLookup: actions.some((a) => /\blookup\b/.test(a)),
            usesCapabilities: actions.some((a) => /\.Capabilities\b/.test(a)),
            usesRandomness: probe.any,
            randomTemplates: (valuesTexts) => new RandomTemplates(scan, chartTextRandom || (scan.usesTpl && valuesTexts.some(textCallsRandom))),
            cleanup,
        };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}
async function checkDependencies(dir, chart, shownAs) {
    const deps = Array.isArray(chart.dependencies) ? chart.dependencies.filter(json/* isObject */.Gv) : [];
    if (!deps.length)
        return;
    const vendored = new Set();
    const chartsDir = (0,external_node_path_.join)(dir, 'charts');
    const entries = await (0,promises_.readdir)(chartsDir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (entry.isDirectory()) {
            const sub = await (0,promises_.readFile)((0,external_node_path_.join)(chartsDir, entry.name, 'Chart.yaml'), 'utf8').catch(() => undefined);
            const name = sub ? /^name:\s*["']?([^"'\s#]+)/m.exec(sub)?.[1] : undefined;
            if (name)
                vendored.add(name);
        }
        else if (entry.name.endsWith('.tgz')) {
            vendored.add((0,external_node_path_.basename)(entry.name, '.tgz').replace(/-v?\d+\.\d+\.\d+.*$/, ''));
        }
    }
    const missing = deps.map((d) => String(d.name)).filter((name) => !vendored.has(name));
    if (missing.length) {
        throw new errors/* MmfError */.H0('E_DEPENDENCIES_MISSING', `dependencies declared in Chart.yaml are not vendored in charts/: ${missing.join(', ')}`, {
            file: (0,external_node_path_.join)(shownAs, 'Chart.yaml'),
            hint: `run \`helm dependency build ${shownAs}\` (with network access to the chart repositories), then convert again`,
        });
    }
}
const MAX_SCANNED_BYTES = 4 * 1024 * 1024;
/**
 * Reads the templates of a chart and its vendored subcharts, named as Helm
 * names them in `# Source:` comments (`<chart>/charts/<subchart>/templates/…`).
 * A packaged subchart (.tgz) is not read: it is marked unscanned.
 */
async function readTemplates(dir, name) {
    const out = { sources: [], otherTexts: [], unscanned: false };
    const read = async (file) => {
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (!info?.isFile())
            return undefined;
        const text = info.size <= MAX_SCANNED_BYTES ? await (0,promises_.readFile)(file, 'utf8').catch(() => undefined) : undefined;
        if (text === undefined)
            out.unscanned = true;
        return text;
    };
    // Links were checked to stay inside the chart; helm follows them, so the scan does too.
    const walk = async (chartDir, prefix) => {
        const templatesDir = (0,external_node_path_.join)(chartDir, 'templates');
        const templates = await (0,promises_.readdir)(templatesDir, { withFileTypes: true, recursive: true }).catch(() => []);
        const subcharts = await (0,promises_.readdir)((0,external_node_path_.join)(chartDir, 'charts'), { withFileTypes: true }).catch(() => []);
        await Promise.all([
            ...templates
                .filter((e) => e.isFile() || e.isSymbolicLink())
                .map(async (e) => {
                const file = (0,external_node_path_.join)(parentOf(e), e.name);
                const text = await read(file);
                const rel = file
                    .slice(templatesDir.length + 1)
                    .split('\\')
                    .join('/');
                if (text !== undefined)
                    out.sources.push({ name: `${prefix}/templates/${rel}`, chart: prefix, text });
            }),
            ...subcharts.map(async (e) => {
                const sub = (0,external_node_path_.join)(chartDir, 'charts', e.name);
                if (e.isFile() && /\.t(ar\.)?gz$/.test(e.name))
                    out.unscanned = true;
                if (!e.isDirectory() && !e.isSymbolicLink())
                    return;
                const chartYaml = await read((0,external_node_path_.join)(sub, 'Chart.yaml'));
                const subName = chartYaml ? /^name:\s*["']?([^"'\s#]+)/m.exec(chartYaml)?.[1] : undefined;
                if (subName)
                    await walk(sub, `${prefix}/charts/${subName}`);
            }),
        ]);
    };
    await walk(dir, name);
    // Sorted, so that the scan does not depend on the order reads finish in.
    out.sources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (out.sources.some((s) => /\btpl\b/.test(s.text)))
        out.otherTexts = await readOtherTexts(dir, read);
    return out;
}
/** Every file of the chart tree outside a templates/ folder. */
async function readOtherTexts(dir, read) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true });
    const files = entries
        .filter((e) => e.isFile() && !/(^|\/)templates(\/|$)/.test(parentOf(e).slice(dir.length)))
        .map((e) => (0,external_node_path_.join)(parentOf(e), e.name));
    return (await Promise.all(files.map(read))).filter((t) => t !== undefined);
}
function parentOf(entry) {
    return (entry.parentPath ??
        entry.path);
}


/***/ }),

/***/ 3430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony exports helmTemplateArgs, helmNotices, cleanHelmError */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3683);


/** `helm template` with CRDs, as argv. */
function helmTemplateArgs(request) {
    const args = [
        'template',
        request.release,
        request.chartDir,
        '--namespace',
        request.namespace,
        '--include-crds',
    ];
    for (const file of request.valuesFiles)
        args.push('--values', file);
    if (request.kubeVersion)
        args.push('--kube-version', request.kubeVersion);
    for (const api of request.apiVersions ?? [])
        args.push('--api-versions', api);
    return args;
}
/** Renders a chart with the real helm; helm's own message explains any failure. */
async function renderChart(helm, request) {
    const result = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(helm.path, helmTemplateArgs(request));
    if (result.exitCode === 0)
        return {
            manifests: result.stdout,
            durationMs: result.durationMs,
            notices: helmNotices(result.stderr, request.chartDir, request.chartLabel),
        };
    const message = cleanHelmError(result.stderr, request.chartDir, request.chartLabel);
    if (/missing in charts\/ directory|dependency build|found in (Chart|requirements)\.yaml, but missing/i.test(message)) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_DEPENDENCIES_MISSING', message, {
            file: request.chartLabel,
            hint: `run \`helm dependency build ${request.chartLabel}\`, then convert again`,
        });
    }
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_TEMPLATE', `helm ${helm.version} could not render the chart: ${message}`, {
        file: request.chartLabel,
        hint: 'fix the template or the values it reads; the message names the template and line',
    });
}
/**
 * The lines of a successful helm's stderr that are about the chart, above all
 * its notice for a symbolic link it followed (Helm 3: `walk.go:..: found
 * symbolic link in path: A resolves to B ...`; Helm 4: `level=INFO msg="found
 * symbolic link in path ..." path=A resolved=B`), with temp paths replaced.
 */
function helmNotices(stderr, chartDir, chartLabel) {
    return [
        ...new Set(stderr
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => /symbolic link/i.test(line))
            .map((line) => `helm: ${line.split(chartDir).join(chartLabel)}`)),
    ];
}
/** helm's stderr without the "Error:" prefix, usage noise and temp paths. */
function cleanHelmError(stderr, chartDir, chartLabel) {
    const text = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(Use "helm|WARNING: .*(kubeconfig|group-readable|world-readable))/.test(line))
        .map((line) => line
        .replace(/^Error:\s*/, '')
        .replace(/\s*Use --debug flag to render out invalid YAML\.?$/, '')
        .split(chartDir)
        .join(chartLabel))
        .join(' ')
        .trim();
    return (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneParagraph */ .XW)(text);
}


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ checkValuesFiles),
/* harmony export */   TM: () => (/* binding */ checkValuesFile)
/* harmony export */ });
/* unused harmony export readValuesFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);
/* harmony import */ var _kernel_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2070);
/* harmony import */ var _kernel_k8s_manifest_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7725);
/* harmony import */ var _kernel_yaml_codec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9441);
/* harmony import */ var _fs_link_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6988);






/**
 * Checks a values file before helm sees it, so a missing file, broken YAML or
 * an alias bomb gets a clear message naming the file instead of a helm trace.
 * A values file inside `root` (the workspace; default the current directory)
 * that is or passes through a symbolic link must resolve inside it, so a
 * link to /proc/self/environ or a kubeconfig is refused before it is read.
 * Parsed with the fast manifest reader, which hands anything it cannot read
 * (and every document with aliases) to the full YAML library and its limits.
 */
async function checkValuesFile(path, root = process.cwd()) {
    await readValuesFile(path, root);
}
/** checkValuesFile, returning the file's text. */
async function readValuesFile(path, root = process.cwd()) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!info.isFile())
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_VALUES_NOT_FOUND', 'is not a file', { file: path });
        size = info.size;
    }
    catch (err) {
        if (err instanceof _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0)
            throw err;
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_VALUES_NOT_FOUND', 'values file does not exist', {
            file: path,
            hint: 'check the values file path; paths are relative to the current directory',
        });
    }
    await (0,_fs_link_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .assertResolvesInside */ .y)(path, root, 'the values file');
    if (size > _kernel_yaml_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_YAML_BYTES */ .jl)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_INPUT_TOO_LARGE', `values file is larger than ${_kernel_yaml_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_YAML_BYTES */ .jl} bytes`, {
            file: path,
        });
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    const first = (0,_kernel_k8s_manifest_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifestStream */ .P)(text, path)[0];
    if (first && !(0,_kernel_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(first.value)) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_VALUES_YAML', 'a values file must hold a mapping at the top level', { file: path });
    }
    return text;
}
/** Checks every values file at once; the first failing file (in the order given) is reported. */
async function checkValuesFiles(paths, root) {
    const settled = await Promise.allSettled(paths.map((p) => readValuesFile(p, root)));
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    return settled.map((s) => s.value);
}


/***/ }),

/***/ 6366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ buildKustomization)
/* harmony export */ });
/* unused harmony export FORBIDDEN_BUILD_FLAGS */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3683);
/* harmony import */ var _tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8771);
/* harmony import */ var _remote_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(392);




/** Flags that would let a build run plugins or helm, or read outside its root: never passed. */
const FORBIDDEN_BUILD_FLAGS = [
    '--enable-helm',
    '--enable-alpha-plugins',
    '--enable-exec',
    '--enable-star',
    '--load-restrictor',
    '--network',
    '--mount',
];
/**
 * `kustomize build DIR` (or `kubectl kustomize DIR`) with default load
 * restrictions and no plugins. Unless the tool was resolved with
 * `allowRemote`, the kustomization and its local bases are first checked for
 * remote or plugin content (E_KUSTOMIZE_REMOTE), so no connection is tried.
 */
async function buildKustomization(tool, dir, label = dir, 
/** The folders already checked for remote content (assertNoRemoteContent with the same memo). */
scanned) {
    if (!tool.allowRemote)
        await (0,_remote_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNoRemoteContent */ .h)(dir, label, scanned);
    const { file, args } = (0,_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .kustomizeBuildArgs */ .Ve)(tool, dir);
    const forbidden = args.find((a) => FORBIDDEN_BUILD_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
    if (forbidden)
        throw new Error(`internal: kustomize build must never get ${forbidden}`);
    const result = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(file, args);
    if (result.exitCode !== 0) {
        const message = (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneParagraph */ .XW)(result.stderr
            .replace(/^Error:\s*/, '')
            .split(dir)
            .join(label));
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_TOOL_FAILED', `kustomize ${tool.version} could not build the overlay: ${message}`, {
            file: label,
            hint: 'check that --kustomize, MMF_KUSTOMIZE or MMF_KUBECTL name a kustomize or kubectl binary; nothing was written',
        });
    }
    return { manifests: result.stdout, durationMs: result.durationMs };
}


/***/ }),

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ assertNoRemoteContent)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
;// CONCATENATED MODULE: ./actions/kernel/k8s/kustomization-scan.ts
/**
 * Reads one kustomization (already parsed) for what a build would load from
 * outside the tree or run as code: remote resources, bases and components
 * (URLs, git repositories, `github.com/...` shorthands, `?ref=`), remote
 * files (kustomize fetches any file path that is an http(s) URL), Helm charts
 * (`helmCharts`, `helmGlobals`) and generator, transformer or validator
 * plugins other than kustomize's built-in ones. Pure: the caller reads the
 * files, follows the local references this returns, and decides.
 */

const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const KNOWN_HOSTS = /^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|ssh\.dev\.azure\.com)\//i;
const GIT_QUERY = /\?(.*&)?(ref|version|timeout|submodules)=/;
/** How kustomize would read a path-or-URL entry. */
function classifyReference(value) {
    const text = value.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        return 'remote'; // https://, http://, ssh://, git://, file://
    if (/^git::|^gh:/i.test(text))
        return 'remote';
    if (/^[\w.-]+@[\w.-]+:/.test(text))
        return 'remote'; // git@github.com:org/repo
    if (GIT_QUERY.test(text))
        return 'remote';
    if (KNOWN_HOSTS.test(text))
        return 'remote';
    const first = text.split('/')[0] ?? '';
    const hostLike = text.includes('/') && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?$/i.test(first);
    if (hostLike && /[^/]\/\/[^/]/.test(text))
        return 'remote'; // host.tld/org/repo//subdir
    return hostLike ? 'maybe-remote' : 'local';
}
/** The kinds kustomize builds in (`apiVersion: builtin`), except the Helm inflator. */
const BUILTIN_KINDS = new Set([
    'AnnotationsTransformer',
    'ConfigMapGenerator',
    'HashTransformer',
    'IAMPolicyGenerator',
    'ImageTagTransformer',
    'LabelTransformer',
    'LegacyOrderTransformer',
    'NamespaceTransformer',
    'PatchJson6902Transformer',
    'PatchStrategicMergeTransformer',
    'PatchTransformer',
    'PrefixSuffixTransformer',
    'PrefixTransformer',
    'ReplacementTransformer',
    'ReplicaCountTransformer',
    'SecretGenerator',
    'SortOrderTransformer',
    'SuffixTransformer',
    'ValueAddTransformer',
]);
/** Why a plugin configuration is refused, or undefined for a built-in one (no network, no code). */
function pluginRefusal(config) {
    if (!(0,json/* isObject */.Gv)(config))
        return 'is not a plugin configuration (a mapping with apiVersion and kind)';
    const kind = typeof config.kind === 'string' ? config.kind : '';
    const annotations = (0,json/* isObject */.Gv)(config.metadata) && (0,json/* isObject */.Gv)(config.metadata.annotations) ? config.metadata.annotations : {};
    if ('config.kubernetes.io/function' in annotations || 'config.k8s.io/function' in annotations)
        return `is a KRM function plugin (${kind || 'no kind'}): it runs a container or a program`;
    if (kind === 'HelmChartInflationGenerator')
        return 'inflates a Helm chart (it runs helm and may fetch the chart)';
    if (config.apiVersion !== 'builtin' || !BUILTIN_KINDS.has(kind))
        return `is not a kustomize built-in plugin (${String(config.apiVersion ?? 'no apiVersion')}/${kind || 'no kind'}): it runs plugin code`;
    return undefined;
}
function shown(entry) {
    if (typeof entry === 'string')
        return entry.includes('\n') ? `${entry.split('\n')[0]} …` : entry;
    if ((0,json/* isObject */.Gv)(entry))
        return typeof entry.kind === 'string' ? `kind: ${entry.kind}` : `{${Object.keys(entry).join(', ')}}`;
    return JSON.stringify(entry);
}
const strings = (value) => Array.isArray(value)
    ? value.flatMap((v, i) => (typeof v === 'string' ? [[i, v]] : []))
    : [];
class Scanner {
    refused = [];
    follow = [];
    refuse(field, entry, reason, risk = 'code') {
        this.refused.push({ field, entry: shown(entry), reason, risk });
    }
    /** A path-or-URL entry that kustomize loads. */
    reference(field, value, role, what) {
        const kind = classifyReference(value);
        if (kind === 'remote')
            this.refuse(field, value, `is a remote ${what}: the build would fetch it over the network`, 'network');
        else
            this.follow.push({ field, path: value, role, maybeRemote: kind === 'maybe-remote' });
    }
    /** A file entry; `key=path` forms keep only the path. */
    file(field, value, keyed = false) {
        const eq = keyed ? value.indexOf('=') : -1;
        this.reference(field, eq < 0 ? value : value.slice(eq + 1), 'file', 'file');
    }
    generators(field, value) {
        if (!Array.isArray(value))
            return;
        value.forEach((g, i) => {
            if (!(0,json/* isObject */.Gv)(g))
                return;
            for (const [j, f] of strings(g.files))
                this.file(`${field}[${i}].files[${j}]`, f, true);
            for (const [j, f] of strings(g.envs))
                this.file(`${field}[${i}].envs[${j}]`, f);
            if (typeof g.env === 'string')
                this.file(`${field}[${i}].env`, g.env);
        });
    }
    plugins(field, value, parse) {
        if (!Array.isArray(value))
            return;
        value.forEach((entry, i) => {
            const at = `${field}[${i}]`;
            if (typeof entry === 'string' && entry.includes('\n')) {
                // An inline configuration, written as a YAML string.
                for (const doc of parse(entry)) {
                    const reason = pluginRefusal(doc);
                    if (reason)
                        this.refuse(at, doc, reason);
                    else
                        this.builtinFiles(at, doc);
                }
            }
            else if (typeof entry === 'string')
                this.reference(at, entry, 'plugin', `${field.replace(/s$/, '')} plugin`);
            else {
                const reason = pluginRefusal(entry);
                if (reason)
                    this.refuse(at, entry, reason);
                else
                    this.builtinFiles(at, entry);
            }
        });
    }
    /** The files a built-in plugin configuration loads (patch paths, generator sources). */
    builtinFiles(at, config) {
        if (!(0,json/* isObject */.Gv)(config))
            return;
        if (typeof config.path === 'string')
            this.file(`${at}.path`, config.path);
        this.generators(at, [config]);
        if (Array.isArray(config.replacements))
            config.replacements.forEach((r, i) => {
                if ((0,json/* isObject */.Gv)(r) && typeof r.path === 'string')
                    this.file(`${at}.replacements[${i}].path`, r.path);
            });
    }
}
/**
 * Scans a kustomization; `parse` turns an inline plugin configuration (a
 * YAML string) into documents.
 */
function scanKustomization(doc, parse = () => []) {
    const s = new Scanner();
    if (!(0,json/* isObject */.Gv)(doc))
        return { refused: [], follow: [] };
    for (const field of ['resources', 'bases', 'components'])
        for (const [i, value] of strings(doc[field]))
            s.reference(`${field}[${i}]`, value, 'resource', field === 'components' ? 'component' : field === 'bases' ? 'base' : 'resource');
    for (const field of ['helmCharts', 'helmGlobals', 'helmChartInflationGenerator'])
        if (doc[field] !== undefined && doc[field] !== null)
            s.refuse(field, Array.isArray(doc[field]) ? (doc[field][0] ?? field) : field, 'inflates Helm charts: the build would run helm and may fetch charts');
    for (const field of ['generators', 'transformers', 'validators'])
        s.plugins(field, doc[field], parse);
    for (const field of ['crds', 'configurations'])
        for (const [i, value] of strings(doc[field]))
            s.file(`${field}[${i}]`, value);
    if ((0,json/* isObject */.Gv)(doc.openapi) && typeof doc.openapi.path === 'string')
        s.file('openapi.path', doc.openapi.path);
    s.generators('configMapGenerator', doc.configMapGenerator);
    s.generators('secretGenerator', doc.secretGenerator);
    for (const field of ['patches', 'patchesJson6902', 'replacements'])
        if (Array.isArray(doc[field]))
            doc[field].forEach((p, i) => {
                if ((0,json/* isObject */.Gv)(p) && typeof p.path === 'string')
                    s.file(`${field}[${i}].path`, p.path);
            });
    // patchesStrategicMerge: a file path, or an inline patch (a YAML string with line breaks).
    for (const [i, value] of strings(doc.patchesStrategicMerge))
        if (!value.includes('\n'))
            s.file(`patchesStrategicMerge[${i}]`, value);
    return { refused: s.refused, follow: s.follow };
}

// EXTERNAL MODULE: ./actions/kernel/k8s/manifest-stream.ts
var manifest_stream = __webpack_require__(7725);
;// CONCATENATED MODULE: ./actions/platform/kustomize/remote-scan.ts





const HINT = {
    network: 'vendor the remote content into the tree and reference it by a relative path, or pass --allow-remote (action input allow-remote: true) if this build may use the network',
    code: 'render what the plugin or chart produces into the tree as plain resources (kustomize builds here never run plugins or helm); --allow-remote skips this check, but kustomize still refuses them',
};
async function kind(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
}
async function kustomizationFile(dir) {
    for (const name of KUSTOMIZATION_FILE_NAMES)
        if ((await kind((0,external_node_path_.join)(dir, name))) === 'file')
            return (0,external_node_path_.join)(dir, name);
    return undefined;
}
function parseAll(text, origin) {
    try {
        return (0,manifest_stream/* parseManifestStream */.P)(text, origin).map((d) => d.value);
    }
    catch {
        return []; // kustomize reports broken YAML in its own words
    }
}
/**
 * Refuses, before kustomize runs, a kustomization that would load anything
 * from the network or run plugins (E_KUSTOMIZE_REMOTE), following its local
 * bases, components and resource folders recursively. The error names the
 * file (as `label` shows the root) and the entry.
 */
async function assertNoRemoteContent(dir, label = dir, passed = new Set()) {
    const root = (0,external_node_path_.resolve)(dir);
    const shown = (path) => (0,external_node_path_.join)(label, (0,external_node_path_.relative)(root, path));
    const refuse = (file, entry) => {
        throw new errors/* MmfError */.H0('E_KUSTOMIZE_REMOTE', `${entry.field} "${entry.entry}" ${entry.reason}; nothing was built`, {
            file: shown(file),
            hint: HINT[entry.risk],
        });
    };
    /** A plugin configuration file (or a resource of a folder listed as a plugin) must be a built-in one. */
    const checkPluginFile = async (path, from, field, entry) => {
        for (const doc of parseAll(await (0,promises_.readFile)(path, 'utf8'), path)) {
            const reason = pluginRefusal(doc);
            if (reason)
                refuse(from, { field, entry, reason: `holds a configuration that ${reason}`, risk: 'code' });
        }
    };
    // `within`: the folders this one was reached through; a cycle back to one of them is left to kustomize.
    const walk = async (folder, plugins, within) => {
        const key = `${await (0,promises_.realpath)(folder).catch(() => folder)}\0${plugins}`;
        if (within.has(key) || passed.has(key))
            return;
        await walkFolder(folder, plugins, new Set([...within, key]));
        passed.add(key);
    };
    const walkFolder = async (folder, plugins, within) => {
        const file = await kustomizationFile(folder);
        if (!file)
            return;
        const doc = parseAll(await (0,promises_.readFile)(file, 'utf8'), file)[0];
        const scan = scanKustomization(doc, (text) => parseAll(text, file));
        const first = scan.refused[0];
        if (first)
            refuse(file, first);
        for (const ref of scan.follow) {
            const path = (0,external_node_path_.resolve)(folder, ref.path);
            const found = await kind(path);
            if (!found) {
                if (ref.maybeRemote)
                    refuse(file, {
                        field: ref.field,
                        entry: ref.path,
                        reason: 'names no local file or folder and looks like a remote repository: the build would fetch it',
                        risk: 'network',
                    });
                continue; // kustomize reports the missing file
            }
            if (found === 'dir' && ref.role !== 'file')
                await walk(path, plugins || ref.role === 'plugin', within);
            else if (found === 'file' && (ref.role === 'plugin' || (plugins && ref.role === 'resource')))
                await checkPluginFile(path, file, ref.field, ref.path);
        }
    };
    await walk(root, false, new Set());
}


/***/ }),

/***/ 4350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ privateHome),
/* harmony export */   Qc: () => (/* binding */ childEnvironment)
/* harmony export */ });
/* unused harmony export isPassedToChildren */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2490);
/* harmony import */ var _fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(149);





/**
 * The environment every child process gets: helm, kustomize/kubectl, git,
 * tar. Charts and kustomizations from a pull request are untrusted, so a
 * child sees only what it needs to run, never the parent's tokens (INPUT_*,
 * GITHUB_TOKEN, ACTIONS_*, RUNNER_*, CI_JOB_TOKEN, cloud credentials ...):
 * - PATH (and on Windows what programs need to start: SystemRoot, ComSpec ...);
 * - the temporary folder (TMPDIR, TMP, TEMP);
 * - locale and time zone (LANG, LANGUAGE, LC_*, TZ);
 * - proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, ALL_PROXY, any case) and the
 *   TLS roots Go reads (SSL_CERT_FILE, SSL_CERT_DIR), for builds allowed to
 *   fetch remote bases;
 * - HOME, the XDG folders and HELM_CACHE_HOME / HELM_CONFIG_HOME /
 *   HELM_DATA_HOME, all under one private temporary folder per process
 *   (removed at exit), so no user config, plugin, repository credential or
 *   kubeconfig of the machine is read.
 * - the Go runtime's GOGC, GOMEMLIMIT and GOMAXPROCS; where the parent sets
 *   none of them, GO_RUNTIME below.
 * Nothing else passes, including HELM_* and KUBECONFIG: `helm template` and
 * `kustomize build` need no cluster, and the settings mmf relies on are
 * given as arguments.
 */
const PASSED = new Set([
    'PATH',
    'PATHEXT',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'GOGC',
    'GOMEMLIMIT',
    'GOMAXPROCS',
].map((name) => name.toUpperCase()));
/**
 * helm and kustomize are Go programs that live for a fraction of a second and
 * run several at a time, one per environment. Go's default collector (GOGC=100,
 * every spare core) spends much of such a short life collecting and competing
 * with the other builds for the same cores. Collecting only when the heap has
 * grown fivefold, on one core each, makes a set of concurrent builds about a
 * third faster; GOMEMLIMIT still bounds the heap of a very large chart.
 */
const GO_RUNTIME = { GOGC: '400', GOMEMLIMIT: '1GiB', GOMAXPROCS: '1' };
/** Whether a variable of the parent environment reaches child processes. */
function isPassedToChildren(name) {
    const upper = name.toUpperCase();
    return PASSED.has(upper) || upper.startsWith('LC_');
}
let home;
/** The private home of this process's children, created on first use and removed at exit. */
function privateHome() {
    if (home)
        return home;
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mmf-home-'));
    for (const sub of ['.config', '.cache', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('.local', 'share'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('.local', 'state')])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, sub), { recursive: true });
    home = dir;
    (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .onExit */ .cf)(() => {
        (0,_fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_4__/* .removeTreeSync */ .O)(dir);
        if (home === dir)
            home = undefined;
    });
    return dir;
}
/** The minimal environment for a child process, plus `extra` (set by mmf itself, e.g. git's settings). */
function childEnvironment(parent = process.env, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(parent))
        if (value !== undefined && isPassedToChildren(name))
            env[name] = value;
    if (!Object.keys(GO_RUNTIME).some((name) => env[name] !== undefined))
        Object.assign(env, GO_RUNTIME);
    const dir = privateHome();
    const config = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.config');
    const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.cache');
    const data = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.local', 'share');
    Object.assign(env, {
        HOME: dir,
        USERPROFILE: dir,
        APPDATA: config,
        LOCALAPPDATA: cache,
        XDG_CONFIG_HOME: config,
        XDG_CACHE_HOME: cache,
        XDG_DATA_HOME: data,
        XDG_STATE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.local', 'state'),
        HELM_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config, 'helm'),
        HELM_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache, 'helm'),
        HELM_DATA_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(data, 'helm'),
        ...extra,
    });
    return env;
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


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4350);
/* harmony import */ var _exit_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2490);



/**
 * Spawns a tool with an argument array (never a shell string) and the minimal
 * child environment, and collects its output. Resolves with the exit code;
 * callers decide what a failure means. SIGINT/SIGTERM of mmf stop the child.
 */
function runCommand(file, args, options = {}) {
    const limit = options.maxOutputBytes ?? 512 * 1024 * 1024;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.environment
                ? { ...options.environment, ...options.env }
                : (0,_child_env_js__WEBPACK_IMPORTED_MODULE_1__/* .childEnvironment */ .Qc)(process.env, options.env),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .trackChild */ .yH)(child);
        const out = [];
        const err = [];
        let outBytes = 0;
        let overflow = false;
        child.stdout.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stdout');
            outBytes += chunk.length;
            if (outBytes > limit) {
                overflow = true;
                child.kill('SIGKILL');
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stderr');
            err.push(chunk);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => {
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: overflow ? `${stderr}\noutput exceeded ${limit} bytes` : stderr,
                exitCode: code ?? (signal ? 128 : 1),
                durationMs: performance.now() - started,
            });
        });
    });
}


/***/ }),

/***/ 8771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ve: () => (/* binding */ kustomizeBuildArgs),
  Fr: () => (/* binding */ resolveHelm),
  Sl: () => (/* binding */ resolveKustomize)
});

// UNUSED EXPORTS: HELM_ENV, KUBECTL_ENV, KUSTOMIZE_ENV, TOOL_SOURCE_POLICIES, clearToolVersionCache, detectToolVersion, findDevToolsDir, findOnPath

// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/platform/fs/find-upward.ts


/** The folder of the running script (links resolved): where a bundled mmf looks for what ships beside it. */
function runningScriptDir() {
    const script = process.argv[1];
    if (!script)
        return undefined;
    try {
        return (0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(script));
    }
    catch {
        return (0,external_node_path_.dirname)((0,external_node_path_.resolve)(script));
    }
}
/** The first answer `probe` gives for `from` or one of its ancestors, nearest first. */
async function findUpward(from, probe) {
    let dir = (0,external_node_path_.resolve)(from);
    for (;;) {
        const found = await probe(dir);
        if (found !== undefined)
            return found;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./actions/platform/tools/tool-registry.ts
/**
 * The tools mmf downloads, as data: per tool, where its releases live (one
 * mirror base URL per tool), the archive's path template, the binary's path in
 * the archive, how to ask the binary for its version, and per pinned release
 * the SHA-256 of the archive for each platform. The installer downloads
 * nothing whose digest is not listed here; a platform without a digest is
 * left out (installing there fails with a clear message) rather than guessed.
 *
 * Templates: `{version}` (with its leading `v`), `{os}` (linux, darwin,
 * windows), `{arch}` (amd64, arm64), `{ext}` (the archive type of that
 * platform) and `{exe}` (`.exe` on Windows, else empty).
 *
 * Where each digest comes from (the publishers' own `.sha256sum` /
 * `checksums.txt` values; every one was found in at least two independent
 * public sources and they agreed):
 * - helm v3.22.0 and v4.3.0: the helm/helm release notes of each tag (they list
 *   the get.helm.sh digest of every archive), cross-checked against pinned
 *   values in public Dockerfiles, install scripts and Bazel rules.
 * - kustomize v5.8.1: pinned values in several public install scripts and
 *   Bazel/Chocolatey packages, all copied from the release's checksums.txt.
 *   v5.8.2 is newer, but only its two linux digests could be found, so the
 *   registry keeps v5.8.1, for which all five platforms are known.
 *
 * To add a release: take the digests from the release's own checksum files
 * (and a second source), never from a local download.
 */
const PLATFORMS = [
    'linux-amd64',
    'linux-arm64',
    'darwin-amd64',
    'darwin-arm64',
    'windows-amd64',
];
const tool_registry_TOOL_REGISTRY = {
    helm: {
        name: 'helm',
        baseUrl: 'https://get.helm.sh',
        mirrorEnv: 'MMF_HELM_MIRROR',
        urlTemplate: 'helm-{version}-{os}-{arch}.{ext}',
        binaryPath: '{os}-{arch}/helm{exe}',
        archive: { default: 'tar.gz', windows: 'zip' },
        // `--template {{.Version}}` prints just `v3.22.0` / `v4.3.0`; `--short` adds `+g<commit>`.
        versionProbe: { args: ['version', '--template', '{{.Version}}'], fallbackArgs: ['version', '--short'] },
        releases: [
            {
                version: 'v4.3.0',
                sha256: {
                    'linux-amd64': '86584a54def73570558f66f5111cc53dfed56689637ae32c1201205d494f54fb',
                    'linux-arm64': '31c5794dd55c66a51e6b7d2e2ac7a114ae8b1de41ff1d9ba51748ac973b06a08',
                    'darwin-amd64': '347a784877e0e20eac865e8d1c36a80f6bb0861d6f29abd34defb6570ef95d92',
                    'darwin-arm64': 'd3870437e1e95b67f8edbde964156c84a26503f560821d40c542441658934fba',
                    'windows-amd64': '304ea163cce4d9ad14e189c01846c6a34de9cfdfe48536ae54b2e8ba7884e67c',
                },
            },
            {
                version: 'v3.22.0',
                sha256: {
                    'linux-amd64': '1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb',
                    'linux-arm64': 'f14e804dfee240f55525b667488fe9adca349e63e00c9af634c0beb1421ac310',
                    'darwin-amd64': 'bd1d09f316558dda23698527859600936fed1371021ce0f2272d66b2fdcfa69c',
                    'darwin-arm64': '4c9982a6cdeb458b60258df66b55398ca5b19293f6877faffe2909ad6f23dfe0',
                    'windows-amd64': '899615865726d39f9b245e71e848c5bf4adc7ed33a8c43ede660facb48151b43',
                },
            },
        ],
    },
    kustomize: {
        name: 'kustomize',
        baseUrl: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
        mirrorEnv: 'MMF_KUSTOMIZE_MIRROR',
        // The release tag is `kustomize/v5.8.1`: its slash is encoded in the URL.
        urlTemplate: 'kustomize%2F{version}/kustomize_{version}_{os}_{arch}.{ext}',
        binaryPath: 'kustomize{exe}',
        archive: { default: 'tar.gz', windows: 'zip' },
        // `v5.8.1` (v5), or `{Version:kustomize/v4.5.7 GitCommit:...}` (v4).
        versionProbe: { args: ['version'] },
        releases: [
            {
                version: 'v5.8.1',
                sha256: {
                    'linux-amd64': '029a7f0f4e1932c52a0476cf02a0fd855c0bb85694b82c338fc648dcb53a819d',
                    'linux-arm64': '0953ea3e476f66d6ddfcd911d750f5167b9365aa9491b2326398e289fef2c142',
                    'darwin-amd64': 'ee7cf0c1e3592aa7bb66ba82b359933a95e7f2e0b36e5f53ed0a4535b017f2f8',
                    'darwin-arm64': '8886f8a78474e608cc81234f729fda188a9767da23e28925802f00ece2bab288',
                    'windows-amd64': '8ec7f5e815e526d4622c06df0a7793d8cfb6eb1c74f816b46166097fef8b26c6',
                },
            },
        ],
    },
};
/**
 * Environment variable that replaces the download base URL of every tool
 * that has no mirror variable of its own set (kept for existing setups).
 */
const SHARED_MIRROR_ENV = 'MMF_TOOL_DOWNLOAD_BASE_URL';

;// CONCATENATED MODULE: ./actions/platform/tools/tool-versions.ts
/**
 * The pinned versions and release archives, read from the tool registry
 * (tool-registry.ts), which holds the data and where it comes from.
 */


function newest(tool, major) {
    const release = tool_registry_TOOL_REGISTRY[tool].releases.find((r) => r.version.startsWith(`v${major}.`));
    if (!release)
        throw new Error(`the tool registry pins no ${tool} ${major}.x`);
    return release.version;
}
const HELM3_VERSION = newest('helm', '3');
const HELM4_VERSION = newest('helm', '4');
/** The helm used when no version is asked for (Helm 4 first, as in `.tools/`). */
const DEFAULT_HELM_VERSION = HELM4_VERSION;
const KUSTOMIZE_VERSION = newest('kustomize', '5');
/** The pinned helm per major version. */
const HELM_VERSION_BY_MAJOR = {
    '3': HELM3_VERSION,
    '4': HELM4_VERSION,
};
/** Every pinned version of a tool. */
function pinnedVersions(tool) {
    return TOOL_REGISTRY[tool].releases.map((r) => r.version);
}
/** SHA-256 (hex) of each pinned archive, keyed by the archive's file name. */
const PINNED_SHA256 = Object.fromEntries(Object.keys(tool_registry_TOOL_REGISTRY).flatMap((tool) => tool_registry_TOOL_REGISTRY[tool].releases.flatMap((release) => PLATFORMS.filter((p) => release.sha256[p]).map((p) => [
    toolArtifact(tool, release.version, p).fileName,
    release.sha256[p],
]))));
const DEFAULT_BASE_URL = {
    helm: tool_registry_TOOL_REGISTRY.helm.baseUrl,
    kustomize: tool_registry_TOOL_REGISTRY.kustomize.baseUrl,
};
/** `3.18.0` and `v3.18.0` both become `v3.18.0`. */
function normalizeVersion(version) {
    const trimmed = version.trim();
    return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => vars[key] ?? whole);
}
function toolArtifact(tool, version, platform) {
    const spec = tool_registry_TOOL_REGISTRY[tool];
    const v = normalizeVersion(version);
    const [os, arch] = platform.split('-');
    const archive = spec.archive[os] ?? spec.archive.default;
    const vars = { version: v, os, arch, ext: archive, exe: os === 'windows' ? '.exe' : '' };
    const urlPath = fill(spec.urlTemplate, vars);
    const sha256 = spec.releases.find((r) => r.version === v)?.sha256[platform];
    return {
        tool,
        version: v,
        platform,
        fileName: decodeURIComponent(urlPath.slice(urlPath.lastIndexOf('/') + 1)),
        urlPath,
        binaryPath: fill(spec.binaryPath, vars),
        archive,
        ...(sha256 ? { sha256 } : {}),
    };
}
/**
 * The download base URL of a tool: its own mirror variable, then the shared
 * MMF_TOOL_DOWNLOAD_BASE_URL, then the publisher's.
 */
function downloadBaseUrl(tool, env) {
    const spec = tool_registry_TOOL_REGISTRY[tool];
    return (env[spec.mirrorEnv] || env[SHARED_MIRROR_ENV] || spec.baseUrl).replace(/\/+$/, '');
}
/** The release platform of this machine, or undefined where none is published/pinned. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'linux' || platform === 'darwin' ? platform : platform === 'win32' ? 'windows' : undefined;
    const cpu = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
    const candidate = os && cpu ? `${os}-${cpu}` : undefined;
    return PLATFORMS.find((p) => p === candidate);
}

;// CONCATENATED MODULE: ./actions/platform/tools/install-tool.ts
/**
 * Installs a pinned helm or kustomize with @actions/tool-cache, in the
 * Azure/setup-helm shape plus verification: find in the tool cache ->
 * download -> verify SHA-256 -> extract -> cache -> binary path.
 *
 * Nothing is cached unless its archive matched the pinned digest, so a tool
 * cache hit is trusted. Tools are cached as `mmf-helm` / `mmf-kustomize`, so
 * a cache entry of another action (setup-helm caches `helm` with a different
 * layout) is never mistaken for ours or overwritten.
 */










/** The default log of tool resolution and install: one line each on stdout. */
const logToStdout = (line) => void process.stdout.write(`${line}\n`);
/** Environment variable that replaces the download base URL of every tool (a mirror, or a local test server). */
const DOWNLOAD_BASE_URL_ENV = SHARED_MIRROR_ENV;
/** tool-cache keys by Node's arch names. */
function cacheArch(platform) {
    return platform.endsWith('arm64') ? 'arm64' : 'x64';
}
function cacheName(tool) {
    return `mmf-${tool}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env. Off a
 * runner (CLI with downloads allowed) they are set once to a per-user cache
 * and a temp folder, so later runs find what earlier runs installed.
 */
async function ensureToolCacheEnv(log) {
    if (!process.env['RUNNER_TOOL_CACHE']) {
        const base = process.env['XDG_CACHE_HOME'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
        process.env['RUNNER_TOOL_CACHE'] = (0,external_node_path_.join)(base, 'mmf', 'tool-cache');
        log(`tool cache: ${process.env['RUNNER_TOOL_CACHE']} (RUNNER_TOOL_CACHE was not set)`);
    }
    if (!process.env['RUNNER_TEMP']) {
        process.env['RUNNER_TEMP'] = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-tool-temp');
    }
    await (0,promises_.mkdir)(process.env['RUNNER_TOOL_CACHE'], { recursive: true });
    await (0,promises_.mkdir)(process.env['RUNNER_TEMP'], { recursive: true });
}
/**
 * @actions/tool-cache (and the HTTP client it brings) is loaded only when a
 * tool is installed: most runs never download, and loading it costs start-up time.
 */
function loadToolCache() {
    return Promise.all(/* import() */[__webpack_require__.e(58), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
}
function describeDownloadError(tc, err) {
    if (err instanceof tc.HTTPError)
        return `HTTP ${err.httpStatusCode ?? 'error'}`;
    return err instanceof Error ? err.message : String(err);
}
/**
 * Unpacks a verified archive into a fresh folder under RUNNER_TEMP: tar with
 * the minimal child environment for .tar.gz; zip (the Windows releases) with
 * tool-cache's extractor.
 */
async function extract(archive, artifact) {
    if (artifact.archive === 'zip')
        return (await loadToolCache()).extractZip(archive);
    const dest = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)(), 'mmf-extract-'));
    const result = await (0,run_command/* runCommand */.d)('tar', ['-xzf', archive, '-C', dest]);
    if (result.exitCode !== 0) {
        await (0,promises_.rm)(dest, { recursive: true, force: true });
        throw new errors/* MmfError */.H0('E_TOOL_DOWNLOAD', `cannot unpack ${artifact.fileName}: ${result.stderr.trim().split('\n')[0] ?? ''}`, { hint: 'the archive is not a gzip tar; check the download base URL' });
    }
    return dest;
}
async function installTool(options) {
    const log = options.log ?? logToStdout;
    const env = options.env ?? process.env;
    const started = performance.now();
    const platform = options.platform ?? currentPlatform();
    if (!platform) {
        throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `no pinned ${options.tool} release for this platform (${process.platform}-${process.arch})`, { hint: `install ${options.tool} yourself and pass its path, or put it on the PATH` });
    }
    const artifact = toolArtifact(options.tool, options.version, platform);
    const { tool, version } = artifact;
    const arch = cacheArch(platform);
    const binaryName = (0,external_node_path_.basename)(artifact.binaryPath);
    await ensureToolCacheEnv(log);
    const tc = await loadToolCache();
    // 1. Tool cache.
    const cached = tc.find(cacheName(tool), version, arch);
    if (cached) {
        const binary = (0,external_node_path_.join)(cached, binaryName);
        if (await (0,file_info/* isExecutableFile */.Jf)(binary)) {
            log(`${tool} ${version} (${platform}): tool cache hit at ${binary} (${seconds(performance.now() - started)})`);
            return { tool, version, path: binary, cacheHit: true };
        }
        log(`${tool} ${version} (${platform}): tool cache entry ${cached} has no ${binaryName}; reinstalling`);
    }
    // 2. Download (only what has a pinned digest).
    const expected = (options.checksums ? options.checksums[artifact.fileName] : artifact.sha256)?.toLowerCase();
    if (!expected) {
        const pinned = tool_registry_TOOL_REGISTRY[tool].releases
            .filter((r) => r.sha256[platform])
            .map((r) => r.version)
            .join(', ');
        throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `no pinned SHA-256 for ${artifact.fileName}, so ${tool} ${version} is not downloaded for ${platform}`, {
            hint: `install ${tool} yourself and pass its path, put it on the PATH, or use a pinned version (${pinned || `none pinned for ${platform}`})`,
        });
    }
    const baseUrl = (options.baseUrl ?? downloadBaseUrl(tool, env)).replace(/\/+$/, '');
    const url = `${baseUrl}/${artifact.urlPath}`;
    log(`${tool} ${version} (${platform}): not in the tool cache; downloading ${url}`);
    let archive;
    try {
        archive = await tc.downloadTool(url);
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_TOOL_DOWNLOAD', `could not download ${tool} ${version} from ${url}: ${describeDownloadError(tc, err)}`, {
            hint: `check the network or set ${tool_registry_TOOL_REGISTRY[tool].mirrorEnv} (or ${DOWNLOAD_BASE_URL_ENV}) to a mirror; or provide ${tool} yourself`,
            cause: err,
        });
    }
    let extracted;
    try {
        // 3. Verify before anything is unpacked or cached.
        const actual = await sha256File(archive);
        if (actual !== expected) {
            throw new errors/* MmfError */.H0('E_TOOL_CHECKSUM', `SHA-256 mismatch for ${url}: expected ${expected}, got ${actual}; the download was deleted`, {
                hint: 'the file was altered or truncated in transit, or the mirror serves another build; retry or check the mirror',
            });
        }
        log(`${tool} ${version}: SHA-256 verified (${actual})`);
        // 4. Extract and cache.
        extracted = await extract(archive, artifact);
        const binary = (0,external_node_path_.join)(extracted, artifact.binaryPath);
        if (!(await (0,file_info/* isExecutableFile */.Jf)(binary))) {
            await (0,promises_.chmod)(binary, 0o755).catch(() => undefined);
            if (!(await (0,file_info/* isExecutableFile */.Jf)(binary))) {
                throw new errors/* MmfError */.H0('E_TOOL_DOWNLOAD', `${url} does not contain ${artifact.binaryPath}`, {
                    hint: 'the archive does not have the layout of an official release; check the download base URL',
                });
            }
        }
        const cachedDir = await tc.cacheDir((0,external_node_path_.dirname)(binary), cacheName(tool), version, arch);
        const installed = (0,external_node_path_.join)(cachedDir, binaryName);
        log(`${tool} ${version}: installed at ${installed} in ${seconds(performance.now() - started)}`);
        return { tool, version, path: installed, cacheHit: false, url };
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
        if (extracted)
            await (0,promises_.rm)(extracted, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
;// CONCATENATED MODULE: ./actions/platform/tools/version-cache.ts
/**
 * Tool versions remembered across runs, so that `helm version` and
 * `kubectl version` (about 40 ms each) are not asked again by every process.
 *
 * An entry is keyed by the binary's path and file identity (device, inode,
 * size, modification and change times): replacing or touching the binary
 * makes it miss. The file lives in the user's cache folder
 * (`$XDG_CACHE_HOME/mmf/tool-versions.json`, else `~/.cache/mmf/…`;
 * `MMF_TOOL_VERSION_CACHE` names another file, or `off`). It is read only
 * when it is a small regular file of this user, every value must look like a
 * version, and it is replaced atomically (temporary file + rename, mode 600).
 * Any problem with it means a cache miss, never an error.
 */




const VERSION_CACHE_ENV = 'MMF_TOOL_VERSION_CACHE';
const MAX_BYTES = 64 * 1024;
const MAX_ENTRIES = 64;
const VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Where the cache is kept for this environment, or undefined when it is off. */
function versionCacheFile(env) {
    const explicit = env[VERSION_CACHE_ENV];
    if (explicit === 'off')
        return undefined;
    if (explicit)
        return explicit;
    let base = env['XDG_CACHE_HOME'];
    if (!base) {
        try {
            base = (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
        }
        catch {
            return undefined;
        }
    }
    return (0,external_node_path_.join)(base, 'mmf', 'tool-versions.json');
}
async function readEntries(file) {
    const entries = new Map();
    try {
        const info = await (0,promises_.lstat)(file);
        const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
        if (!info.isFile() || !mine || info.size > MAX_BYTES)
            return entries;
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        const stored = parsed?.entries;
        if (!stored || typeof stored !== 'object' || Array.isArray(stored))
            return entries;
        for (const [key, value] of Object.entries(stored))
            if (typeof value === 'string' && VERSION.test(value))
                entries.set(key, value);
    }
    catch {
        // missing or unreadable: nothing cached
    }
    return entries;
}
async function cachedVersion(file, key) {
    return file ? (await readEntries(file)).get(key) : undefined;
}
async function rememberVersion(file, key, version) {
    if (!file || !VERSION.test(version))
        return;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true, mode: 0o700 });
        const entries = await readEntries(file);
        entries.delete(key);
        entries.set(key, version);
        const kept = [...entries].slice(-MAX_ENTRIES);
        await (0,write_report_files/* writeFileAtomic */.Zf)(file, JSON.stringify({ entries: Object.fromEntries(kept) }) + '\n', {
            mode: 0o600,
        });
    }
    catch {
        // not remembered: the next run asks the tool again
    }
}

;// CONCATENATED MODULE: ./actions/platform/tools/resolve-tool.ts
/**
 * Finds helm and kustomize (or `kubectl kustomize`), one way for every front
 * end, in this order:
 *   1. an explicit path (a CLI flag or an action input);
 *   2. MMF_HELM, or MMF_KUSTOMIZE then MMF_KUBECTL;
 *   3. the PATH (helm; kustomize, then kubectl);
 *   4. the repository's dev tools, `.tools/helm4/` then `.tools/helm3/`, in the
 *      first ancestor of `searchFrom` that has a `.tools` folder;
 *   5. a pinned, SHA-256-verified download into the tool cache, only on an
 *      Actions runner (RUNNER_TOOL_CACHE set) or when allowDownload is true.
 * With `toolSource: 'pinned'` (the action's default) steps 3 and 4 are
 * skipped and step 5 is always allowed, so a tool that happens to be on the
 * runner image never changes the result.
 * Every result carries the tool's real version, asked from the binary itself.
 */










const TOOL_SOURCE_POLICIES = (/* unused pure expression or super */ null && (['pinned', 'path']));
const HELM_ENV = 'MMF_HELM';
const KUSTOMIZE_ENV = 'MMF_KUSTOMIZE';
const KUBECTL_ENV = 'MMF_KUBECTL';
const TOOLS_DIR = '.tools';
/** The argv that renders a kustomization directory with this tool. */
function kustomizeBuildArgs(tool, dir) {
    return { file: tool.path, args: tool.kind === 'kubectl' ? ['kustomize', dir] : ['build', dir] };
}
// ---------------------------------------------------------------------------
// Files and the PATH
/** The first executable `name` on the PATH of `env`. */
async function findOnPath(name, env) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const exts = process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';')] : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = (0,external_node_path_.resolve)(dir, name + ext);
            if (await (0,file_info/* isExecutableFile */.Jf)(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The first `.tools` folder in `from` or one of its ancestors. */
async function findDevToolsDir(from) {
    return findUpward(from, async (dir) => {
        const candidate = (0,external_node_path_.join)(dir, TOOLS_DIR);
        return (await (0,file_info/* isDirectory */.wd)(candidate)) ? candidate : undefined;
    });
}
function defaultSearchFrom() {
    return runningScriptDir() ?? process.cwd();
}
/** An explicit path or env var must name an executable; a bare name is looked up on the PATH. */
async function explicitTool(value, label, env) {
    const bare = !value.includes('/') && !value.includes(external_node_path_.sep);
    const found = bare ? await findOnPath(value, env) : (0,external_node_path_.resolve)(value);
    if (found && (await (0,file_info/* isExecutableFile */.Jf)(found)))
        return found;
    throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', bare
        ? `${label} names "${value}", which is not an executable on the PATH`
        : `${label} points to ${found}, which does not exist or is not an executable file`, {
        hint: label.startsWith('--')
            ? `point ${label} at an executable, or leave it out to let mmf look on the PATH`
            : `fix ${label} or unset it to let mmf look on the PATH`,
    });
}
const versionCache = new Map();
/** Forgets detected versions (tests replace binaries in place). */
function clearToolVersionCache() {
    versionCache.clear();
}
const SEMVER = /v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/;
function parseSemver(text) {
    const match = SEMVER.exec(text);
    return match?.[1] ? `v${match[1]}` : undefined;
}
async function runForVersion(file, args, what) {
    let result;
    try {
        result = await (0,run_command/* runCommand */.d)(file, args, { maxOutputBytes: 1024 * 1024 });
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', `${what} could not be run: ${err.message}`, {
            file,
            hint: 'check that the file is the right binary for this machine',
            cause: err,
        });
    }
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(0, 3).join(' ') || `exit code ${result.exitCode}`;
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', `\`${(0,external_node_path_.basename)(file)} ${args.join(' ')}\` failed: ${detail}`, {
            file,
            hint: `check that this is a working ${what}`,
        });
    }
    return result.stdout;
}
async function detect(kind, file) {
    const unreadable = (output) => new errors/* MmfError */.H0('E_TOOL_FAILED', `could not read a version from its output: ${output.trim().slice(0, 200)}`, {
        file,
        hint: `check that this is a working ${kind}`,
    });
    if (kind === 'helm') {
        // A helm without --template falls back to `--short` (`v3.18.0+gcc58e3f`).
        const probe = tool_registry_TOOL_REGISTRY.helm.versionProbe;
        const out = await runForVersion(file, [...probe.args], 'helm').catch(() => '');
        const version = parseSemver(out) ??
            parseSemver(await runForVersion(file, [...(probe.fallbackArgs ?? probe.args)], 'helm'));
        if (!version)
            throw unreadable(out);
        return version;
    }
    if (kind === 'kustomize') {
        const out = await runForVersion(file, [...tool_registry_TOOL_REGISTRY.kustomize.versionProbe.args], 'kustomize');
        const version = parseSemver(out);
        if (!version)
            throw unreadable(out);
        return version;
    }
    const out = await runForVersion(file, ['version', '--client', '-o', 'json'], 'kubectl');
    let parsed;
    try {
        parsed = JSON.parse(out);
    }
    catch {
        throw unreadable(out);
    }
    const embedded = parsed.kustomizeVersion;
    if (typeof embedded !== 'string' || !parseSemver(embedded)) {
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', 'this kubectl reports no built-in kustomize version', {
            file,
            hint: 'use kubectl 1.24 or newer, or a standalone kustomize (MMF_KUSTOMIZE)',
        });
    }
    return parseSemver(embedded);
}
/**
 * The version `file` reports, asked once per path and file identity: per
 * process in memory, and across processes in the user's cache (version-cache.ts).
 */
async function detectToolVersion(kind, file, env = process.env) {
    const info = await (0,promises_.stat)(file);
    const key = [kind, file, info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join('\0');
    let pending = versionCache.get(key);
    if (!pending) {
        const cacheFile = versionCacheFile(env);
        pending = cachedVersion(cacheFile, key).then(async (cached) => {
            if (cached)
                return cached;
            const version = await detect(kind, file);
            await rememberVersion(cacheFile, key, version);
            return version;
        });
        versionCache.set(key, pending);
        pending.catch(() => versionCache.delete(key));
    }
    return pending;
}
// ---------------------------------------------------------------------------
// Helm version requests
/** `4`, `v3.18`, `3.18.0` -> numeric parts; rejects anything else. */
function parseHelmSpec(spec) {
    if (spec === undefined || spec.trim() === '')
        return undefined;
    const bare = spec.trim().replace(/^v/, '');
    if (!/^\d+(\.\d+){0,2}$/.test(bare)) {
        throw new errors/* MmfError */.H0('E_USAGE', `helm version "${spec}" is not understood`, {
            hint: 'use 3, 4, or an exact version such as v3.18.0',
        });
    }
    return bare.split('.').map(Number);
}
function satisfies(version, spec) {
    if (!spec)
        return true;
    const parts = version.replace(/^v/, '').split(/[.+-]/).map(Number);
    return spec.every((n, i) => parts[i] === n);
}
/** The pinned helm to download for a request, if any. */
function helmDownloadVersion(spec) {
    if (!spec)
        return DEFAULT_HELM_VERSION;
    if (spec.length === 3) {
        const exact = normalizeVersion(spec.join('.'));
        return Object.values(HELM_VERSION_BY_MAJOR).includes(exact) ? exact : undefined;
    }
    const pinned = HELM_VERSION_BY_MAJOR[String(spec[0])];
    return pinned && satisfies(pinned, spec) ? pinned : undefined;
}
function helmDevFolders(spec) {
    if (!spec)
        return ['helm4', 'helm3'];
    return spec[0] === 3 || spec[0] === 4 ? [`helm${spec[0]}`] : [];
}
function context(opts) {
    const env = opts.env ?? process.env;
    const pinnedOnly = opts.toolSource === 'pinned';
    return {
        env,
        log: opts.log ?? logToStdout,
        downloadAllowed: pinnedOnly || (opts.allowDownload ?? Boolean(env['RUNNER_TOOL_CACHE'])),
        pinnedOnly,
        searchFrom: opts.searchFrom ?? defaultSearchFrom(),
    };
}
const SOURCE_TEXT = {
    option: 'the explicit path',
    env: 'the environment',
    path: 'the PATH',
    'dev-tools': 'the repository dev tools',
    'tool-cache': 'the tool cache',
    download: 'a verified download',
};
function found(ctx, tool, via) {
    const shown = tool.kind === 'kubectl'
        ? `kubectl kustomize (kustomize ${tool.version})`
        : `${tool.name} ${tool.version}`;
    ctx.log(`Using ${shown} from ${via ?? SOURCE_TEXT[tool.source]}: ${tool.path}`);
    return tool;
}
function notFound(name, tried, ways) {
    const skipped = tried.length ? ` (skipped: ${tried.join('; ')})` : '';
    return new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `${name} was not found${skipped}`, {
        hint: `provide it in one of these ways: ${ways.join('; ')}`,
    });
}
async function resolveHelm(opts = {}) {
    const ctx = context(opts);
    const spec = parseHelmSpec(opts.helmVersion);
    const tool = async (path, source) => ({
        name: 'helm',
        kind: 'helm',
        path,
        version: await detectToolVersion('helm', path, ctx.env),
        source,
    });
    // A helm given explicitly is used whatever its version; a mismatch is only reported.
    const given = async (value, label, source) => {
        const helm = await tool(await explicitTool(value, label, ctx.env), source);
        if (!satisfies(helm.version, spec)) {
            ctx.log(`Note: ${label} gives helm ${helm.version}, not the requested ${opts.helmVersion}; using it as given`);
        }
        return found(ctx, helm, label);
    };
    const label = opts.pathLabel ?? 'the helm path option';
    if (opts.path)
        return given(opts.path, label, 'option');
    const fromEnv = ctx.env[HELM_ENV];
    if (fromEnv)
        return given(fromEnv, HELM_ENV, 'env');
    const skipped = [];
    const wanted = opts.helmVersion ? ` (helm ${opts.helmVersion} wanted)` : '';
    const onPath = ctx.pinnedOnly ? undefined : await findOnPath('helm', ctx.env);
    if (onPath) {
        const candidate = await tool(onPath, 'path');
        if (satisfies(candidate.version, spec))
            return found(ctx, candidate);
        skipped.push(`${onPath} is ${candidate.version}${wanted}`);
    }
    const toolsDir = ctx.pinnedOnly ? undefined : await findDevToolsDir(ctx.searchFrom);
    if (toolsDir) {
        for (const folder of helmDevFolders(spec)) {
            const path = (0,external_node_path_.join)(toolsDir, folder, 'helm');
            if (!(await (0,file_info/* isExecutableFile */.Jf)(path)))
                continue;
            const candidate = await tool(path, 'dev-tools');
            if (satisfies(candidate.version, spec))
                return found(ctx, candidate);
            skipped.push(`${path} is ${candidate.version}${wanted}`);
        }
    }
    const pinned = helmDownloadVersion(spec);
    if (ctx.downloadAllowed && pinned) {
        const installed = await installTool({
            tool: 'helm',
            version: pinned,
            env: ctx.env,
            log: ctx.log,
            ...opts.download,
        });
        return found(ctx, await tool(installed.path, installed.cacheHit ? 'tool-cache' : 'download'));
    }
    if (ctx.pinnedOnly) {
        throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `no helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''} is pinned for download (tool source: pinned)`, {
            hint: `ask for one of the pinned releases (${Object.values(HELM_VERSION_BY_MAJOR).join(', ')}: helm-version 3 or 4), name a helm with ${opts.pathLabel ?? 'the helm path'} or ${HELM_ENV}, or use the tool source \`path\``,
        });
    }
    throw notFound(`helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''}`, skipped, [
        `pass its path with ${opts.pathLabel ?? 'the helm path flag or input'}`,
        `set ${HELM_ENV}=/path/to/helm`,
        'put helm on the PATH',
        `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
        pinned
            ? `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned helm ${pinned}`
            : `no helm matching "${opts.helmVersion}" is pinned for download; pinned: ${Object.values(HELM_VERSION_BY_MAJOR).join(', ')} (ask for 3 or 4)`,
    ]);
}
function kindOf(path, fallback) {
    return /^kubectl(\.exe)?$/i.test((0,external_node_path_.basename)(path)) ? 'kubectl' : fallback;
}
/**
 * Finds kustomize (or kubectl kustomize) as resolveAnyKustomize does; with a
 * wanted version, a tool of another version is replaced by the pinned download
 * of that version where allowed, or refused with what was found.
 */
async function resolveKustomize(opts = {}) {
    const policy = opts.allowRemote ? { allowRemote: true } : {};
    const found = await resolveAnyKustomize(opts).catch((err) => {
        if (opts.kustomizeVersion && context(opts).downloadAllowed)
            return undefined;
        throw err;
    });
    const wanted = opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : undefined;
    if (found && (!wanted || found.version === wanted))
        return { ...found, ...policy };
    const ctx = context(opts);
    if (wanted && ctx.downloadAllowed) {
        const installed = await installTool({
            tool: 'kustomize',
            version: wanted,
            env: ctx.env,
            log: ctx.log,
            ...opts.download,
        });
        return {
            name: 'kustomize',
            kind: 'kustomize',
            path: installed.path,
            version: await detectToolVersion('kustomize', installed.path, ctx.env),
            source: installed.cacheHit ? 'tool-cache' : 'download',
            ...policy,
        };
    }
    throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `kustomize ${wanted} is wanted, but ${found?.path ?? 'the kustomize found'} is ${found?.version ?? 'another version'}`, {
        hint: `point ${opts.pathLabel ?? 'the kustomize path'} at kustomize ${wanted}, or run on a GitHub Actions runner (or pass --download-tools) to download it`,
    });
}
async function resolveAnyKustomize(opts) {
    const ctx = context(opts);
    const tool = async (path, kind, source) => ({
        name: 'kustomize',
        kind,
        path,
        version: await detectToolVersion(kind, path, ctx.env),
        source,
    });
    const label = opts.pathLabel ?? 'the kustomize path option';
    if (opts.path) {
        const path = await explicitTool(opts.path, label, ctx.env);
        return found(ctx, await tool(path, kindOf(path, 'kustomize'), 'option'), label);
    }
    for (const [name, kind] of [
        [KUSTOMIZE_ENV, 'kustomize'],
        [KUBECTL_ENV, 'kubectl'],
    ]) {
        const value = ctx.env[name];
        if (!value)
            continue;
        const path = await explicitTool(value, name, ctx.env);
        return found(ctx, await tool(path, kindOf(path, kind), 'env'), name);
    }
    if (ctx.pinnedOnly)
        return installPinnedKustomize(ctx, opts);
    for (const kind of ['kustomize', 'kubectl']) {
        const path = await findOnPath(kind, ctx.env);
        if (path)
            return found(ctx, await tool(path, kind, 'path'));
    }
    const toolsDir = await findDevToolsDir(ctx.searchFrom);
    if (toolsDir) {
        for (const folder of ['helm4', 'helm3']) {
            for (const kind of ['kustomize', 'kubectl']) {
                const path = (0,external_node_path_.join)(toolsDir, folder, kind);
                if (await (0,file_info/* isExecutableFile */.Jf)(path))
                    return found(ctx, await tool(path, kind, 'dev-tools'));
            }
        }
    }
    if (ctx.downloadAllowed)
        return installPinnedKustomize(ctx, opts);
    throw notFound('kustomize (or kubectl)', [], [
        `pass its path with ${opts.pathLabel ?? 'the kustomize path flag or input'}`,
        `set ${KUSTOMIZE_ENV}=/path/to/kustomize or ${KUBECTL_ENV}=/path/to/kubectl`,
        'put kustomize or kubectl on the PATH',
        `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
        `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned kustomize ${KUSTOMIZE_VERSION}`,
    ]);
}
async function installPinnedKustomize(ctx, opts) {
    const installed = await installTool({
        tool: 'kustomize',
        version: opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : KUSTOMIZE_VERSION,
        env: ctx.env,
        log: ctx.log,
        ...opts.download,
    });
    return found(ctx, {
        name: 'kustomize',
        kind: 'kustomize',
        path: installed.path,
        version: await detectToolVersion('kustomize', installed.path, ctx.env),
        source: installed.cacheHit ? 'tool-cache' : 'download',
    });
}


/***/ })

};
