export const id = 288;
export const ids = [288];
export const modules = {

/***/ 1077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseEnvironmentSpecs)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _kernel_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6485);


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
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment name "${env.name}" looks like a values file`, {
                hint: `name the environment first: --env ${suggestName(env.name)}=${env.name}`,
            });
        }
        if (!ENV_NAME.test(env.name) || env.name.includes('..')) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment name "${env.name}" cannot be a folder name`, {
                hint: 'use letters, digits, ".", "_" and "-" (at most 63, starting and ending with a letter or digit), e.g. --env prod=values-prod.yaml',
            });
        }
        if (seen.has(env.name))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `environment "${env.name}" is given twice`);
        seen.add(env.name);
        const other = folded.get(env.name.toLowerCase());
        if (other !== undefined)
            throw (0,_kernel_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentCaseClash */ .Tg)(other, env.name);
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
/* harmony export */   Z: () => (/* binding */ renderEnvironments)
/* harmony export */ });
/* harmony import */ var _platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3430);
/* harmony import */ var _kernel_k8s_helm_bookkeeping_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8104);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _core_hooks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1667);
/* harmony import */ var _core_normalize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6495);
/* harmony import */ var _start_renders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9743);






/** The render that finishes first, and the other one if there are two. */
async function firstOf(one, two) {
    if (!two)
        return [await one, undefined];
    return Promise.race([
        one.then((r) => [r, two]),
        two.then((r) => [r, one]),
    ]);
}
/** Hooks that do not become part of the migrated tree (test hooks, hooks dropped by the mode). */
function isKept(resource, hookMode) {
    const hook = (0,_kernel_k8s_helm_bookkeeping_js__WEBPACK_IMPORTED_MODULE_5__/* .readHook */ .kg)(resource.object);
    if (!hook)
        return true;
    const action = (0,_core_hooks_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyHook */ .Gu)((0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .displayId */ .kX)(resource.id), hook, hookMode).action;
    return action !== 'dropped' && action !== 'test-dropped';
}
/**
 * Renders every environment with the real helm, as many at once as the
 * limiter allows, and parses each render as soon as it is there. An
 * environment is rendered a second time only when one of its kept resources
 * comes from a template that can render differently on each run with its
 * values (so test hooks that call randAlphaNum cost nothing, nor a checksum of
 * a Secret its values turn off); the fields that differ between
 * its two renders are volatile in that environment only. Where the chart's
 * templates make that likely, the second render starts with the first, at a
 * lower priority, and whichever of the two finishes first is read first (a
 * generated key can make either one slow); if it shows the other is not
 * needed, the other is stopped.
 */
async function renderEnvironments(helm, chart, envs, settings) {
    const random = chart.usesRandomness
        ? chart.randomTemplates(settings.valuesTexts)
        : undefined;
    const parse = (text, env, onlySources) => (0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifests */ .Ye)(text, `${settings.chartLabel} (environment ${env.name})`, {
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
        const request = (0,_start_renders_js__WEBPACK_IMPORTED_MODULE_4__/* .renderRequest */ .iP)(chart.dir, settings, env);
        const stop = new AbortController();
        const firstRender = settings.started?.first.get(env.name) ??
            settings.slots(() => (0,_platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChart */ .xt)(helm, request, undefined, { signal: stop.signal }));
        // Started at once when a second render is likely, so the two do not run one after the other.
        const secondRender = settings.started?.second.get(env.name) ??
            (random?.likelyNeedsSecondRender
                ? settings.slots(() => (0,_platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChart */ .xt)(helm, request, undefined, {
                    niceness: _start_renders_js__WEBPACK_IMPORTED_MODULE_4__/* .SECOND_RENDER_NICENESS */ .nN,
                    signal: stop.signal,
                }))
                : undefined);
        secondRender?.catch(() => undefined); // awaited below when it is used
        // The two are the same request: whichever finishes first is read first.
        const [first, other] = await firstOf(firstRender, secondRender);
        notify(first.notices);
        const render = parse(first.manifests, env);
        // Kept resources whose template can render differently on each run, with this environment's values.
        const isRandom = random?.inRender(first.manifests);
        const randomKeys = new Set([...render]
            .filter(([, r]) => isRandom?.(r.source) && isKept(r, settings.hookMode))
            .map(([key]) => key));
        const twice = randomKeys.size > 0;
        let ms = first.durationMs;
        if (isRandom && twice) {
            const second = await (other ?? settings.slots(() => (0,_platform_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChart */ .xt)(helm, request)));
            ms += second.durationMs;
            // Only their documents are read again: nothing else can differ.
            const again = parse(second.manifests, env, isRandom);
            const fields = (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_3__/* .findVolatileFields */ .JX)(render, again, randomKeys);
            if (fields.size)
                volatile.set(env.name, fields);
        }
        else if (other) {
            // Not needed after all: stopped, and awaited so that no helm outlives the run.
            settings.started?.stop(env.name);
            stop.abort();
            await other.catch(() => undefined);
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

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nN: () => (/* binding */ SECOND_RENDER_NICENESS),
  iP: () => (/* binding */ renderRequest),
  Bv: () => (/* binding */ startEarlyRenders),
  kv: () => (/* binding */ toolSlots)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: ./actions/platform/fs/link-guard.ts
var link_guard = __webpack_require__(6988);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/helm/random-templates.ts
var random_templates = __webpack_require__(2030);
;// CONCATENATED MODULE: ./actions/platform/helm/peek-chart.ts



/** A top-level `name:` line of Chart.yaml, plain or quoted, with an optional comment. */
const NAME_LINE = /^name:[ \t]*(["']?)([A-Za-z0-9][-A-Za-z0-9_.]*)\1[ \t]*(?:#.*)?$/gm;
const MAX_PEEKED_BYTES = 1024 * 1024;
/**
 * Looks at a chart folder without a YAML parser and without following a
 * single symbolic link: only plain files directly under it (Chart.yaml) and
 * under its templates/ folder are read, up to 1 MiB in all, so nothing
 * outside the folder is. Undefined unless Chart.yaml is a plain file with
 * exactly one top-level `name:` line. A guess: whatever uses it checks it
 * against the opened chart.
 */
async function peekChart(chartDir) {
    const name = await peekName((0,external_node_path_.join)(chartDir, 'Chart.yaml'));
    if (name === undefined)
        return undefined;
    const templatesDir = (0,external_node_path_.join)(chartDir, 'templates');
    const info = await (0,promises_.lstat)(templatesDir).catch(() => undefined);
    const entries = info?.isDirectory()
        ? await (0,promises_.readdir)(templatesDir, { withFileTypes: true, recursive: true }).catch(() => [])
        : [];
    const sources = [];
    let bytes = 0;
    for (const entry of entries) {
        if (!entry.isFile())
            continue; // links (and what they lead to) are left to the checks
        // parentPath from Node 20.12 on; `path` before.
        const file = (0,external_node_path_.join)(entry.parentPath ?? entry.path, entry.name);
        const size = (await (0,promises_.lstat)(file).catch(() => undefined))?.size ?? Infinity;
        if ((bytes += size) > MAX_PEEKED_BYTES)
            break;
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        const rel = file
            .slice(templatesDir.length + 1)
            .split('\\')
            .join('/');
        if (text !== undefined)
            sources.push({ name: `${name}/templates/${rel}`, chart: name, text });
    }
    const likelyNeedsSecondRender = new random_templates/* RandomTemplates */.lo((0,random_templates/* scanTemplates */.Vp)(sources), false).likelyNeedsSecondRender;
    return { name, likelyNeedsSecondRender };
}
async function peekName(file) {
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info?.isFile() || info.size > 64 * 1024)
        return undefined;
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    const names = [...(text ?? '').matchAll(NAME_LINE)].map((m) => m[2]);
    return names.length === 1 ? names[0] : undefined;
}

// EXTERNAL MODULE: ./actions/platform/helm/helm-render.ts
var helm_render = __webpack_require__(3430);
;// CONCATENATED MODULE: ./actions/helm-migrate/start-renders.ts





/**
 * How many helm and kustomize processes run at once: two per CPU. Each one
 * is mostly single-threaded and spends part of its short life starting up and
 * writing its output, so with a typical 3 to 5 environments this keeps every
 * core busy until the last one finishes, while a chart with many environments
 * never starts dozens of processes at once.
 */
function toolSlots() {
    return 2 * (0,external_node_os_.availableParallelism)();
}
/** The `helm template` request for one environment. */
function renderRequest(chartDir, target, env) {
    return {
        chartDir,
        chartLabel: target.chartLabel,
        release: target.release,
        namespace: target.namespace,
        valuesFiles: env.valuesFiles,
        ...(target.kubeVersion ? { kubeVersion: target.kubeVersion } : {}),
        apiVersions: target.apiVersions,
    };
}
/**
 * Second renders run below the first ones: while the cores are busy, the
 * first renders (which decide whether a second one is needed) finish first,
 * and a second render that turns out not to be needed is stopped before it
 * has used much.
 */
const SECOND_RENDER_NICENESS = 15;
/**
 * Starts the first renders of as many environments as there are tool slots
 * (and their second renders when the chart's plain templates call a random
 * function outside test hooks), when the chart is a folder (a packaged chart
 * is unpacked first) and its release name is known: given, or the one
 * `name:` line of a plain Chart.yaml (peekChart). Undefined when they cannot
 * start early; the caller renders as usual and reports any problem with the
 * chart in its own order. Aborting `signal` before open() stops them unread.
 * They wait outside the tool slots: a waiting helm uses no CPU, and once
 * they are let in they are the first work to do.
 */
async function startEarlyRenders(helm, chartDir, target, envs, signal) {
    if (!(await (0,file_info/* isDirectory */.wd)(chartDir)))
        return undefined;
    const inside = await (0,link_guard/* assertResolvesInside */.y)(chartDir, process.cwd(), 'the chart').then(() => true, () => false);
    if (!inside)
        return undefined;
    const peek = await peekChart(chartDir);
    const release = target.release ?? peek?.name;
    if (release === undefined || signal.aborted)
        return undefined;
    let open;
    const gate = new Promise((resolve, reject) => {
        open = resolve;
        signal.addEventListener('abort', () => reject(new Error('stopped before the chart was checked')), {
            once: true,
        });
    });
    gate.catch(() => undefined);
    const early = envs.slice(0, toolSlots());
    const render = (env, priority) => (0,helm_render/* renderChart */.xt)(helm, renderRequest(chartDir, { ...target, release }, env), gate, priority);
    const stops = new Map(early.map((env) => [env.name, new AbortController()]));
    const signalOf = (env) => stops.get(env.name).signal;
    const first = new Map(early.map((env) => [env.name, render(env, { signal: signalOf(env) })]));
    const second = new Map();
    if (peek?.likelyNeedsSecondRender) {
        for (const env of early)
            second.set(env.name, render(env, { niceness: SECOND_RENDER_NICENESS, signal: signalOf(env) }));
    }
    const all = [...first.values(), ...second.values()];
    for (const started of all)
        started.catch(() => undefined); // awaited where used
    return {
        chartDir,
        release,
        first,
        second,
        stop: (env) => stops.get(env)?.abort(),
        open: () => open(),
        settled: async () => void (await Promise.allSettled(all)),
    };
}


/***/ }),

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ validateMigration)
/* harmony export */ });
/* harmony import */ var _platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7615);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2323);
/* harmony import */ var _platform_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6366);
/* harmony import */ var _platform_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4032);
/* harmony import */ var _kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(8996);
/* harmony import */ var _platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8156);
/* harmony import */ var _platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6659);
/* harmony import */ var _platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3677);
/* harmony import */ var _kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6595);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7032);
/* harmony import */ var _core_normalize_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6495);
/* harmony import */ var _kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5189);
/* harmony import */ var _core_parity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2674);
/* harmony import */ var _core_environments_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1077);
/* harmony import */ var _render_environments_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2706);
/* harmony import */ var _start_renders_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9743);

















/**
 * Proves (or disproves) that a migrated Kustomize tree renders what the
 * original chart renders, per environment, by the parity rules of docs/PARITY.md;
 * the review sections carry the differences for every surface.
 */
async function validateMigration(options) {
    const envs = (0,_core_environments_js__WEBPACK_IMPORTED_MODULE_12__/* .parseEnvironmentSpecs */ .j)(options.environments);
    // Before anything is rendered: a tree that is not there is the user's mistake, not a kustomize failure.
    await (0,_platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFolder */ .OK)(options.migratedPath, 'the migrated tree', {
        code: 'E_PATH_NOT_FOUND',
        hint: 'pass --migrated-path <the folder holding overlays/<env>/, or one kustomization folder>',
    });
    const scopes = new _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .ScopeResolver */ .J6();
    const originals = new Map();
    let volatile = new Map();
    if ((await (0,_platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__/* .detectSource */ .P)(options.originalPath)) === 'helm-chart') {
        const valuesTexts = await (0,_platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_7__/* .checkValuesFiles */ .G0)(envs.flatMap((e) => e.valuesFiles));
        const chart = await (0,_platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_2__/* .openChart */ .x)(options.originalPath);
        try {
            const helm = await (0,_platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveHelm */ .Fr)(options.helm);
            const rendered = await (0,_render_environments_js__WEBPACK_IMPORTED_MODULE_13__/* .renderEnvironments */ .Z)(helm, chart, envs, {
                chartLabel: options.originalPath,
                release: options.release ?? chart.name,
                namespace: options.namespace,
                ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
                apiVersions: options.apiVersions ?? [],
                scopes,
                hookMode: options.hookMode,
                valuesTexts,
                slots: (0,_kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_15__/* .limiter */ .T)((0,_start_renders_js__WEBPACK_IMPORTED_MODULE_14__/* .toolSlots */ .kv)()),
                log: options.log,
            });
            volatile = rendered.volatile;
            for (const env of rendered.rendered)
                originals.set(env.name, env.render);
        }
        finally {
            await chart.cleanup();
        }
    }
    else {
        const loaded = await (0,_platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSource */ .s)(options.originalPath, { namespace: options.namespace });
        for (const env of envs)
            originals.set(env.name, loaded.resources);
    }
    const kustomize = await (0,_platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveKustomize */ .Sl)(options.kustomize);
    const sections = [];
    const notes = new Set();
    for (const env of envs) {
        const overlay = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.migratedPath, 'overlays', env.name);
        const dir = (await (0,_platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__/* .isDirectory */ .wd)(overlay)) ? overlay : options.migratedPath;
        const original = originals.get(env.name);
        const { result: built, placeholders, filled, } = await (0,_platform_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_4__/* .withSecretFiles */ .Y)(dir, secretFromRender(original), (d) => (0,_platform_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildKustomization */ .eQ)(kustomize, d, dir));
        if (filled)
            notes.add(`${env.name}: ${filled} Secret value(s) are git-ignored in the tree; the helm render's values were used to build it.`);
        if (placeholders)
            notes.add(`${env.name}: ${placeholders} Secret value(s) are not in the tree (git-ignored) nor in the render; a placeholder was used.`);
        const migrated = (0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .parseManifests */ .Ye)(built.manifests, dir, { defaultNamespace: options.namespace, scopes });
        const normal = { hookMode: options.hookMode, volatile: volatile.get(env.name) };
        const helmSide = (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeForParity */ .C1)(originals.get(env.name), normal);
        const kustomizeSide = (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeForParity */ .C1)(migrated, normal);
        const parity = (0,_core_parity_js__WEBPACK_IMPORTED_MODULE_11__/* .compareForParity */ .o)(helmSide, kustomizeSide);
        const diff = (0,_kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .diffManifests */ .e)({ label: `helm template (${env.name})`, resources: helmSide }, { label: `kustomize build ${dir}`, resources: kustomizeSide }, { ignoreHelmBookkeeping: false, ignoreChecksums: false, detectRenames: false });
        options.log.info(`  ${env.name}: ${parity.identical ? 'identical' : 'DIFFERS'}`);
        sections.push({ name: env.name, diff, parity: parity.identical });
    }
    return { subject: options.originalPath, mode: 'validate', sections, notes: [...notes] };
}
/** Missing git-ignored Secret files are filled from the helm render of the same environment. */
function secretFromRender(render) {
    return (name, key) => {
        for (const resource of render.values())
            if ((0,_kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_16__/* .isSecret */ .$f)(resource) && resource.id.name === name)
                return (0,_kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_16__/* .decodeSecretData */ .Zx)(resource.object).get(key);
        return undefined;
    };
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


/***/ })

};
