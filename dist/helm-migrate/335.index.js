export const id = 335;
export const ids = [335];
export const modules = {

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

/***/ 6366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cM: () => (/* binding */ runBuild),
/* harmony export */   eQ: () => (/* binding */ buildKustomization)
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
    return runBuild(tool, dir, label);
}
/** The build itself, for a folder already checked for remote content. */
async function runBuild(tool, dir, label, options = {}) {
    const { file, args } = (0,_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .kustomizeBuildArgs */ .Ve)(tool, dir);
    const forbidden = args.find((a) => FORBIDDEN_BUILD_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
    if (forbidden)
        throw new Error(`internal: kustomize build must never get ${forbidden}`);
    const result = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(file, args, options);
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
async function assertNoRemoteContent(dir, label = dir, passed = new Set(), 
/** Kustomization files not on disk yet (waiting-build.ts): their content by absolute path. */
pending = new Map()) {
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
        const doc = parseAll(pending.get(file) ?? (await (0,promises_.readFile)(file, 'utf8')), file)[0];
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


/***/ })

};
