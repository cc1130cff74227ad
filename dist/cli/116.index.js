export const id = 116;
export const ids = [116];
export const modules = {

/***/ 1116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  convertRendered: () => (/* binding */ convertRendered)
});

// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
;// CONCATENATED MODULE: ./actions/kernel/k8s/json-patch.ts

/** An RFC 6901 pointer, extended one step at a time as the walk goes down. */
function pointer(parent, step) {
    if (typeof step === 'number')
        return `${parent}/${step}`;
    return step.includes('~') || step.includes('/')
        ? `${parent}/${step.replace(/~/g, '~0').replace(/\//g, '~1')}`
        : `${parent}/${step}`;
}
/**
 * Derives RFC 6902 operations turning `base` into `target`. Lists are aligned
 * on a longest common subsequence of item identities (the `name` field when
 * every item has a unique one, otherwise the whole item), so a change inside
 * one container is a small replace rather than a rewrite of the list.
 */
function deriveJsonPatch(base, target) {
    const ops = [];
    diff(base, target, '', ops);
    return ops;
}
function diff(base, target, path, ops) {
    if (base === target)
        return;
    // Objects are walked key by key (equal ones yield nothing), so a deep comparison up front would only repeat that walk.
    if ((0,json/* isObject */.Gv)(base) && (0,json/* isObject */.Gv)(target)) {
        for (const key of Object.keys(base))
            if (!(key in target))
                ops.push({ op: 'remove', path: pointer(path, key) });
        for (const [key, value] of Object.entries(target)) {
            if (key in base)
                diff(base[key], value, pointer(path, key), ops);
            else
                ops.push({ op: 'add', path: pointer(path, key), value });
        }
        return;
    }
    if (Array.isArray(base) && Array.isArray(target)) {
        if (!(0,json/* deepEqual */.bD)(base, target))
            diffList(base, target, path, ops);
        return;
    }
    if (!(0,json/* deepEqual */.bD)(base, target))
        ops.push({ op: 'replace', path, value: target });
}
function identities(list) {
    const names = list.map((item) => ((0,json/* isObject */.Gv)(item) && typeof item.name === 'string' ? item.name : undefined));
    const unique = names.every((n) => n !== undefined) && new Set(names).size === names.length;
    return unique ? names.map((n) => `name:${n}`) : list.map((item) => (0,json/* jsonText */.s$)(item));
}
function lcsPairs(a, b) {
    const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            table[i][j] =
                a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    const pairs = [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
        if (a[i] === b[j])
            pairs.push([i++, j++]);
        else if (table[i + 1][j] >= table[i][j + 1])
            i++;
        else
            j++;
    }
    return pairs;
}
function diffList(base, target, path, ops) {
    const baseIds = identities(base);
    const targetIds = identities(target);
    // Identities of different kinds (names vs whole items) never match; fall back to whole items.
    const sameKind = baseIds[0]?.startsWith('name:') === targetIds[0]?.startsWith('name:');
    const pairs = sameKind ? lcsPairs(baseIds, targetIds) : [];
    if (pairs.length === 0 && base.length > 0) {
        ops.push({ op: 'replace', path, value: target });
        return;
    }
    const keptBase = new Set(pairs.map(([i]) => i));
    for (let i = base.length - 1; i >= 0; i--)
        if (!keptBase.has(i))
            ops.push({ op: 'remove', path: pointer(path, i) });
    const matchOf = new Map(pairs.map(([i, j]) => [j, i]));
    target.forEach((item, j) => {
        const i = matchOf.get(j);
        if (i === undefined)
            ops.push({ op: 'add', path: pointer(path, j), value: item });
        else
            diff(base[i], item, pointer(path, j), ops);
    });
}
function json_patch_unescape(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** Applies RFC 6902 operations (add/replace/remove) to a copy of `doc`. */
function applyJsonPatch(doc, ops) {
    const root = clone(doc);
    for (const op of ops) {
        const steps = op.path.split('/').slice(1).map(json_patch_unescape);
        const last = steps.pop();
        if (last === undefined)
            throw new Error('whole-document operations are not supported');
        let parent = root;
        for (const step of steps)
            parent = (Array.isArray(parent) ? parent[Number(step)] : parent[step]);
        if (Array.isArray(parent)) {
            const index = last === '-' ? parent.length : Number(last);
            if (op.op === 'add')
                parent.splice(index, 0, op.value);
            else if (op.op === 'replace')
                parent[index] = op.value;
            else
                parent.splice(index, 1);
        }
        else if (isObject(parent)) {
            if (op.op === 'remove')
                delete parent[last];
            else
                parent[last] = op.value;
        }
        else {
            throw new Error(`no container at ${op.path}`);
        }
    }
    return root;
}

// EXTERNAL MODULE: ./actions/kernel/k8s/merge-keys.ts
var merge_keys = __webpack_require__(342);
;// CONCATENATED MODULE: ./actions/kernel/k8s/strategic-merge.ts


/** Thrown inside derivation when a strategic-merge patch cannot say the change exactly. */
class Unexpressible extends Error {
}
const NO_CHANGE = Symbol('no change');
/**
 * Derives a strategic-merge patch that turns `base` into `target` when applied
 * by kustomize, or undefined when strategic merge cannot say it exactly (a value
 * set to null, a reordering it cannot express, a list type it does not model).
 * The patch keeps apiVersion, kind, metadata.name and metadata.namespace so
 * kustomize can find its target.
 */
function deriveStrategicMergePatch(kind, base, target) {
    let diff;
    try {
        diff = diffValue(kind, base, target, []);
    }
    catch (err) {
        if (err instanceof Unexpressible)
            return undefined;
        throw err;
    }
    if (diff === NO_CHANGE)
        return null;
    const patch = diff;
    const meta = (0,json/* isObject */.Gv)(target.metadata) ? target.metadata : {};
    const idMeta = { name: meta.name ?? null };
    if (typeof meta.namespace === 'string')
        idMeta.namespace = meta.namespace;
    const patchMeta = (0,json/* isObject */.Gv)(patch.metadata) ? patch.metadata : {};
    const { metadata: _m, ...rest } = patch;
    return {
        apiVersion: target.apiVersion ?? null,
        kind: target.kind ?? null,
        metadata: { ...idMeta, ...patchMeta },
        ...rest,
    };
}
function diffValue(kind, base, target, path) {
    if ((0,json/* isObject */.Gv)(base) && (0,json/* isObject */.Gv)(target))
        return diffObject(kind, base, target, path);
    if (Array.isArray(base) && Array.isArray(target))
        return strategic_merge_diffList(kind, base, target, path);
    if ((0,json/* deepEqual */.bD)(base, target))
        return NO_CHANGE;
    if (target === null)
        throw new Unexpressible('null value');
    assertPlain(target);
    if (Array.isArray(target) && (0,merge_keys/* patchListStrategy */.Ow)(kind, path).type !== 'replace')
        throw new Unexpressible('list type');
    return target;
}
function diffObject(kind, base, target, path) {
    const patch = {};
    for (const [key, value] of Object.entries(target)) {
        if (key.startsWith('$'))
            throw new Unexpressible('directive-like key');
        if (!(key in base)) {
            if (value === null)
                throw new Unexpressible('null value');
            assertPlain(value);
            if (Array.isArray(value) && (0,merge_keys/* patchListStrategy */.Ow)(kind, [...path, key]).type === 'unsupported')
                throw new Unexpressible('list');
            patch[key] = value;
            continue;
        }
        const d = diffValue(kind, base[key], value, [...path, key]);
        if (d !== NO_CHANGE)
            patch[key] = d;
    }
    for (const key of Object.keys(base))
        if (!(key in target))
            patch[key] = null;
    return Object.keys(patch).length ? patch : NO_CHANGE;
}
function keyedItems(list, key) {
    const map = new Map();
    for (const item of list) {
        if (!(0,json/* isObject */.Gv)(item))
            return undefined;
        const k = item[key];
        if (typeof k !== 'string' && typeof k !== 'number')
            return undefined;
        const id = (0,json/* jsonText */.s$)(k);
        if (map.has(id))
            return undefined;
        map.set(id, item);
    }
    return map;
}
function strategic_merge_diffList(kind, base, target, path) {
    if ((0,json/* deepEqual */.bD)(base, target))
        return NO_CHANGE;
    const strategy = (0,merge_keys/* patchListStrategy */.Ow)(kind, path);
    if (strategy.type === 'unsupported')
        throw new Unexpressible('list type');
    if (strategy.type === 'replace') {
        assertPlain(target);
        return target;
    }
    const key = strategy.key;
    const baseItems = keyedItems(base, key);
    const targetItems = keyedItems(target, key);
    if (!baseItems || !targetItems || target.length === 0)
        throw new Unexpressible('unkeyed list');
    // kustomize orders a merged list as: the patch's items in patch order, then
    // the base items the patch does not mention, in base order.
    const targetIds = [...targetItems.keys()];
    const entries = targetIds.map((id, index) => {
        const t = targetItems.get(id);
        const b = baseItems.get(id);
        if (!b) {
            assertPlain(t);
            return { id, diff: t };
        }
        const d = diffObject(kind, b, t, [...path, index]);
        return { id, diff: d === NO_CHANGE ? undefined : { [key]: t[key], ...d } };
    });
    const deleted = [...baseItems.keys()].filter((id) => !targetItems.has(id));
    const lastChanged = entries.reduce((last, e, i) => (e.diff ? i : last), -1);
    let prefix = lastChanged + 1;
    for (; prefix <= targetIds.length; prefix++) {
        const mentioned = new Set(targetIds.slice(0, prefix));
        const rest = [...baseItems.keys()].filter((id) => !mentioned.has(id) && targetItems.has(id));
        if ((0,json/* deepEqual */.bD)(rest, targetIds.slice(prefix)))
            break;
    }
    const items = entries
        .slice(0, prefix)
        .map((e) => e.diff ?? { [key]: JSON.parse(e.id) });
    for (const id of deleted)
        items.push({ [key]: JSON.parse(id), $patch: 'delete' });
    return items;
}
/** Values that contain strategic-merge directives or nulls cannot be written literally. */
function assertPlain(value) {
    if (value === null)
        throw new Unexpressible('null');
    if (Array.isArray(value))
        value.forEach(assertPlain);
    else if ((0,json/* isObject */.Gv)(value))
        for (const [k, v] of Object.entries(value)) {
            if (k.startsWith('$'))
                throw new Unexpressible('directive-like key');
            if (v !== null)
                assertPlain(v);
        }
}
/**
 * Applies a strategic-merge patch the way kustomize does for built-in kinds
 * (used to check derivations; the real output always comes from kustomize).
 */
function applyStrategicMergePatch(kind, base, patch) {
    return mergeObject(kind, base, patch, []);
}
function mergeObject(kind, base, patch, path) {
    const out = { ...base };
    for (const [key, value] of Object.entries(patch)) {
        if (value === null) {
            delete out[key];
            continue;
        }
        const current = out[key];
        if (isObject(value) && isObject(current))
            out[key] = mergeObject(kind, current, value, [...path, key]);
        else if (Array.isArray(value) && Array.isArray(current))
            out[key] = mergeList(kind, current, value, [...path, key]);
        else
            out[key] = value;
    }
    return out;
}
function mergeList(kind, base, patch, path) {
    const strategy = listStrategy(kind, path);
    if (strategy.type !== 'merge')
        return patch;
    const key = strategy.key;
    const idOf = (item) => (isObject(item) ? jsonText(item[key]) : undefined);
    const mentioned = new Set(patch.map(idOf));
    const result = [];
    for (const item of patch) {
        if (!isObject(item) || item.$patch === 'delete')
            continue;
        const b = base.find((x) => idOf(x) === idOf(item));
        result.push(isObject(b) ? mergeObject(kind, b, item, [...path, result.length]) : item);
    }
    for (const item of base)
        if (!mentioned.has(idOf(item)))
            result.push(item);
    return result;
}

// EXTERNAL MODULE: ./actions/kernel/yaml-codec.ts + 1 modules
var yaml_codec = __webpack_require__(9441);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/choose-patch.ts




/**
 * The smaller exact patch from base to target: a strategic-merge patch for
 * built-in kinds when it can say the change exactly, otherwise (or when it is
 * larger) RFC 6902 operations. Undefined when nothing changes. Only the
 * chosen patch is written out; the sizes are counted without writing.
 */
function choosePatch(id, base, target, options = {}) {
    const chosen = candidate(id, base, target, options);
    if (!chosen)
        return undefined;
    return chosen.type === 'json6902'
        ? { type: 'json6902', ops: chosen.ops, text: (0,yaml_codec/* toYaml */.fE)(chosen.ops) }
        : { type: 'strategic-merge', patch: chosen.patch, text: (0,yaml_codec/* toYaml */.fE)(chosen.patch) };
}
/** The lines of the patch choosePatch would write (0 when nothing changes), without writing it. */
function patchLines(id, base, target) {
    return candidate(id, base, target, {})?.lines ?? 0;
}
function candidate(id, base, target, options) {
    const ops = deriveJsonPatch(base, target);
    if (ops.length === 0)
        return undefined;
    const json = { type: 'json6902', ops, lines: (0,yaml_codec/* yamlLineCount */.FJ)(ops) };
    // A strategic-merge patch names its target by apiVersion, so it cannot change it.
    if (options.jsonPatchOnly || !(0,merge_keys/* supportsStrategicMerge */.hJ)(id.group) || base.apiVersion !== target.apiVersion)
        return json;
    const smp = deriveStrategicMergePatch(id.kind, base, target);
    if (!smp)
        return json;
    const lines = (0,yaml_codec/* yamlLineCount */.FJ)(smp);
    return lines <= json.lines ? { type: 'strategic-merge', patch: smp, lines } : json;
}
function lineCount(text) {
    if (!text)
        return 0;
    return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

// EXTERNAL MODULE: ./actions/kernel/k8s/manifest.ts
var manifest = __webpack_require__(7032);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/migration-report.ts


function buildMigrationReport(input) {
    const environments = input.environments.map((env) => {
        const overlay = input.plan.overlays.find((o) => o.environment === env.name);
        const { environment: _e, secrets: _s, ...rest } = overlay;
        return {
            name: env.name,
            valuesFiles: env.valuesFiles,
            renderedResources: env.render.size,
            renderedLines: env.renderedLines,
            overlay: rest,
            overlayRatio: env.renderedLines ? Math.round((overlay.lines / env.renderedLines) * 1000) / 1000 : 0,
            ...(env.parity ? { parity: env.parity } : {}),
        };
    });
    const volatile = input.environments.flatMap((env) => [...(input.volatile.get(env.name) ?? [])].map(([key, paths]) => {
        const resource = env.render.get(key);
        return {
            environment: env.name,
            resource: resource ? (0,manifest/* displayId */.kX)(resource.id) : key,
            paths: paths.map(json/* formatPath */.jV),
        };
    }));
    const checked = environments.filter((e) => e.parity);
    const report = {
        schemaVersion: 1,
        chart: input.chart,
        release: input.release,
        namespace: input.namespace,
        hookMode: input.hookMode,
        tools: input.tools,
        render: input.render,
        base: input.plan.base,
        ...(input.plan.namespaceField ? { namespaceField: input.plan.namespaceField } : {}),
        environments,
        hooks: input.hooks,
        volatile,
        secrets: input.plan.overlays.flatMap((o) => o.secrets.map((s) => ({ environment: o.environment, ...s }))),
        warnings: input.warnings,
    };
    if (checked.length) {
        const identical = checked.filter((e) => e.parity?.identical).length;
        report.parity = {
            identical: identical === checked.length,
            environments: checked.length,
            identicalEnvironments: identical,
        };
    }
    return report;
}

// EXTERNAL MODULE: ./actions/helm-migrate/core/normalize.ts + 1 modules
var normalize = __webpack_require__(6495);
// EXTERNAL MODULE: ./actions/kernel/k8s/kustomization.ts
var kustomization = __webpack_require__(5716);
// EXTERNAL MODULE: ./actions/kernel/k8s/file-names.ts
var file_names = __webpack_require__(8446);
// EXTERNAL MODULE: ./actions/kernel/k8s/image-ref.ts
var image_ref = __webpack_require__(8768);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/plan-images.ts


/** Every `image` of an item in a `containers` / `initContainers` list, anywhere: what kustomize's `images:` touches. */
function collectSites(resourceKey, value, trail, out) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => collectSites(resourceKey, item, `${trail}[${i}]`, out));
        return;
    }
    if (!(0,json/* isObject */.Gv)(value))
        return;
    for (const key in value) {
        const child = value[key];
        // Only collections can hold containers: no path is built for scalars.
        if (child === null || typeof child !== 'object')
            continue;
        if ((key === 'containers' || key === 'initContainers') && Array.isArray(child)) {
            for (const item of child) {
                if (!(0,json/* isObject */.Gv)(item))
                    continue;
                const site = `${trail}.${key}[${String(item.name)}]`;
                if (typeof item.image === 'string')
                    out.push({ resourceKey, site, holder: item, image: item.image });
                collectSites(resourceKey, item, site, out);
            }
        }
        else {
            collectSites(resourceKey, child, `${trail}.${key}`, out);
        }
    }
}
/**
 * Plans kustomize `images:` entries for one environment. `base` maps resource
 * keys to the base objects this environment inherits; `targets` holds every
 * object the environment must produce (mutated: each site the transformer
 * will rewrite gets its base image back, so the patches left to derive
 * exclude the tag change). An entry is used only when it is exact: every site
 * of that image name in the environment ends with the same tag and no digest.
 */
function planImageOverrides(base, targets) {
    const baseSites = new Map();
    for (const [key, object] of base) {
        const sites = [];
        collectSites(key, object, '', sites);
        for (const s of sites)
            baseSites.set(`${key}\0${s.site}`, s);
    }
    const targetSites = [];
    for (const [key, object] of targets)
        collectSites(key, object, '', targetSites);
    const byName = new Map();
    for (const site of targetSites) {
        const name = (0,image_ref/* parseImage */.z)(site.image).name;
        byName.set(name, [...(byName.get(name) ?? []), site]);
    }
    // Base sites whose image name would also be matched by the transformer.
    const overrides = [];
    // By code point: the same order on every machine, whatever its locale.
    for (const [name, sites] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const refs = sites.map((s) => (0,image_ref/* parseImage */.z)(s.image));
        const tag = refs[0]?.tag;
        if (!tag || refs.some((r) => r.digest || r.tag !== tag))
            continue;
        const pairs = sites.map((s) => ({ site: s, before: baseSites.get(`${s.resourceKey}\0${s.site}`) }));
        const changing = pairs.filter((p) => p.before && p.before.image !== p.site.image);
        const exact = changing.every((p) => {
            const b = (0,image_ref/* parseImage */.z)(p.before.image);
            return b.name === name && b.tag !== undefined && !b.digest;
        });
        if (changing.length === 0 || !exact)
            continue;
        // Sites of other names in the base that share this name are untouched; sites of this name all end at `tag`.
        for (const p of changing)
            p.site.holder.image = p.before.image;
        overrides.push({ name, newTag: tag });
    }
    return overrides;
}

;// CONCATENATED MODULE: ./actions/helm-migrate/core/plan-labels.ts

/**
 * Plans a kustomize `labels:` entry (metadata labels only: no selectors, no
 * templates) for one environment. A label is used when every object the
 * environment produces carries it with the same value (the transformer sets
 * it on all of them, generated Secrets included) and at least one inherited
 * base object lacks it or has another value. Inherited targets get their
 * base value back (mutated), so patches no longer carry the label.
 */
function planCommonLabels(inherited, targets, alsoLabelled) {
    const all = [...targets.values(), ...alsoLabelled];
    const first = all[0];
    if (!first)
        return {};
    const common = new Map(Object.entries(labelsOf(first)).filter((e) => typeof e[1] === 'string'));
    for (const object of all.slice(1)) {
        const labels = labelsOf(object);
        for (const [k, v] of common)
            if (labels[k] !== v)
                common.delete(k);
    }
    const pairs = {};
    for (const [k, v] of [...common].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const differs = [...inherited].some(([key, base]) => targets.has(key) && labelsOf(base)[k] !== v);
        if (!differs)
            continue;
        pairs[k] = v;
        for (const [key, base] of inherited) {
            const target = targets.get(key);
            const meta = target?.metadata;
            if (!(0,json/* isObject */.Gv)(meta) || !(0,json/* isObject */.Gv)(meta.labels))
                continue;
            const before = labelsOf(base)[k];
            if (before === undefined)
                delete meta.labels[k];
            else
                meta.labels[k] = before;
            if (Object.keys(meta.labels).length === 0)
                delete meta.labels;
        }
    }
    return pairs;
}
function labelsOf(object) {
    const meta = object.metadata;
    return (0,json/* isObject */.Gv)(meta) && (0,json/* isObject */.Gv)(meta.labels) ? meta.labels : {};
}

;// CONCATENATED MODULE: ./actions/helm-migrate/core/namespace-field.ts


/**
 * kustomize's `namespace:` field is used only where it is exact: every
 * namespaced resource is in one namespace, every cluster-scoped one is a kind
 * the transformer skips, and nothing it would also rewrite is present
 * (Namespace objects it renames, binding subjects named "default", webhook
 * and APIService service references, CRD conversion webhooks).
 */
function chooseNamespaceField(envs) {
    let namespace;
    for (const env of envs)
        for (const { id, object } of env.resources.values()) {
            if (['RoleBinding', 'ClusterRoleBinding'].includes(id.kind) &&
                Array.isArray(object.subjects) &&
                object.subjects.some((s) => (0,json/* isObject */.Gv)(s) && s.name === 'default'))
                return undefined;
            if (/WebhookConfiguration$|^APIService$|^CustomResourceDefinition$|^Namespace$/.test(id.kind))
                return undefined;
            if (!id.namespace && !manifest/* KUSTOMIZE_KNOWN_CLUSTER_SCOPED */.CD.has(`${id.group}/${id.kind}`))
                return undefined;
            if (!id.namespace)
                continue;
            if (namespace !== undefined && namespace !== id.namespace)
                return undefined;
            namespace = id.namespace;
        }
    return namespace;
}
/** The object as written to a file: under a `namespace:` field, namespaced objects leave their namespace to it. */
function forFile(id, object, namespaceField) {
    if (!namespaceField || !id.namespace || !(0,json/* isObject */.Gv)(object.metadata) || !('namespace' in object.metadata))
        return object;
    const copy = (0,json/* clone */.o8)(object);
    delete copy.metadata.namespace;
    return copy;
}

;// CONCATENATED MODULE: ./actions/helm-migrate/core/plan-replicas.ts

const REPLICA_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/**
 * kustomize `replicas:` entries, used where exact: the base and target both
 * set spec.replicas, and no other workload of the environment shares the name
 * (the transformer matches workloads by name alone). Targets get the base
 * count back.
 */
function planReplicas(inherited, targets, all) {
    const names = new Map();
    for (const { id } of all.values())
        if (REPLICA_KINDS.has(id.kind))
            names.set(id.name, (names.get(id.name) ?? 0) + 1);
    const out = [];
    for (const [key, target] of targets) {
        const base = inherited.get(key);
        const id = all.get(key)?.id;
        if (!base || !id || !REPLICA_KINDS.has(id.kind) || names.get(id.name) !== 1)
            continue;
        const from = (0,json/* isObject */.Gv)(base.spec) ? base.spec.replicas : undefined;
        const spec = target.spec;
        const to = (0,json/* isObject */.Gv)(spec) ? spec.replicas : undefined;
        if (typeof from !== 'number' || typeof to !== 'number' || from === to || !(0,json/* isObject */.Gv)(spec))
            continue;
        spec.replicas = from;
        out.push({ name: id.name, count: to });
    }
    // By code point: the same order on every machine, whatever its locale.
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// EXTERNAL MODULE: ./actions/kernel/k8s/secret-generators.ts
var secret_generators = __webpack_require__(8996);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/plan-migration.ts











/**
 * Plans the Kustomize tree: a base and, per environment, an overlay with only
 * what differs from it. The base holds each resource that more than half of
 * the environments render, in the variant that needs the fewest patch lines
 * to reach the others; or, with `baseEnvironment`, exactly what that
 * environment renders. Secrets (always generated per overlay) and resources
 * whose integers beyond 2^53 differ are never in the base. Pure: the caller
 * writes `files` and `secretFiles`.
 */
function planMigration(input) {
    const envs = input.environments;
    const namespaceField = chooseNamespaceField(envs);
    const files = new Map();
    const secretFiles = new Map();
    const keys = orderedKeys(envs);
    const baseEnv = envs.find((e) => e.name === input.baseEnvironment);
    const baseObjects = new Map();
    for (const key of keys) {
        const present = envs.filter((e) => e.resources.has(key));
        const first = present[0]?.resources.get(key);
        const versions = present.map((e) => e.resources.get(key));
        if ((0,secret_generators/* isSecret */.$f)(first) || needsWholeCopies(versions))
            continue;
        if (baseEnv) {
            const own = baseEnv.resources.get(key);
            if (own)
                baseObjects.set(key, own);
        }
        else if (present.length * 2 > envs.length)
            baseObjects.set(key, chooseBaseVersion(versions));
    }
    const baseNamer = new file_names/* FileNamer */.e();
    const baseResourceFiles = [];
    for (const resource of baseObjects.values()) {
        const file = baseNamer.nameFor(resource.id);
        baseResourceFiles.push(file);
        files.set(`base/${file}`, (0,yaml_codec/* toYaml */.fE)(forFile(resource.id, resource.object, namespaceField)));
    }
    files.set(`base/kustomization.yaml`, (0,yaml_codec/* toYaml */.fE)(plan_migration_kustomization(namespaceField, baseResourceFiles, {})));
    const strategicMergeTargets = new Set();
    const overlays = envs.map((env) => planOverlay(env, baseObjects, namespaceField, {
        jsonPatchOnly: input.jsonPatchOnly,
        strategicMergeTargets,
        files,
        secretFiles,
    }));
    const baseFiles = [...files].filter(([p]) => p.startsWith('base/'));
    return {
        files,
        secretFiles,
        ...(namespaceField ? { namespaceField } : {}),
        strategicMergeTargets,
        base: {
            resources: baseObjects.size,
            files: baseFiles.length,
            lines: baseFiles.reduce((n, [, t]) => n + lineCount(t), 0),
            ...(baseEnv ? { environment: baseEnv.name } : {}),
        },
        overlays,
    };
}
function orderedKeys(envs) {
    const seen = new Set();
    for (const env of envs)
        for (const key of env.resources.keys())
            seen.add(key);
    return [...seen];
}
/**
 * kustomize applies patches through JSON numbers, which cannot hold integers
 * beyond 2^53: a resource carrying one that differs between environments is
 * written whole into each overlay instead of being patched.
 */
function needsWholeCopies(versions) {
    const first = versions[0];
    return (versions.some((v) => (0,json/* containsBigInt */.Tm)(v.object)) &&
        !versions.every((v) => (0,json/* deepEqual */.bD)(v.object, first.object)));
}
/** The version of a resource that needs the smallest patches to reach all the others. */
function chooseBaseVersion(versions) {
    let best = versions[0];
    if (versions.every((v) => (0,json/* deepEqual */.bD)(v.object, best.object)))
        return best;
    let bestCost = Infinity;
    for (const candidate of versions) {
        let cost = 0;
        for (const other of versions) {
            if (other === candidate)
                continue;
            cost += patchLines(candidate.id, candidate.object, other.object);
            if (cost >= bestCost)
                break;
        }
        if (cost < bestCost) {
            best = candidate;
            bestCost = cost;
        }
    }
    return best;
}
function plan_migration_kustomization(namespace, resources, rest) {
    return { ...(0,kustomization/* kustomizationHeader */.Pw)(), ...(namespace ? { namespace } : {}), resources, ...rest };
}
function patchTarget(id) {
    const target = { group: id.group, version: id.version, kind: id.kind, name: id.name };
    if (id.namespace)
        target.namespace = id.namespace;
    return target;
}
function planOverlay(env, baseObjects, namespaceField, { jsonPatchOnly, strategicMergeTargets, files, secretFiles }) {
    const dir = `overlays/${env.name}`;
    const resourceNamer = new file_names/* FileNamer */.e();
    const patchNamer = new file_names/* FileNamer */.e();
    const secretNamer = new file_names/* FileNamer */.e('');
    const summary = {
        environment: env.name,
        resources: env.resources.size,
        addedResources: [],
        removedResources: [],
        strategicMergePatches: 0,
        jsonPatches: 0,
        images: [],
        replicas: [],
        labels: {},
        secrets: [],
        files: 0,
        lines: 0,
    };
    const resources = ['../../base'];
    const patches = [];
    const generators = [];
    const writePatch = (id, patch) => {
        const file = `patches/${patchNamer.nameFor(id)}`;
        files.set(`${dir}/${file}`, patch.text);
        if (patch.type === 'strategic-merge') {
            strategicMergeTargets.add(`${env.name}\0${(0,manifest/* resourceKey */.ik)(id)}`);
            summary.strategicMergePatches++;
            patches.push({ path: file });
        }
        else {
            summary.jsonPatches++;
            patches.push({ path: file, target: patchTarget(id) });
        }
    };
    // Targets the transformers and patches must reach, for resources built from the base or added here.
    const inherited = new Map();
    const targets = new Map();
    for (const [key, resource] of env.resources) {
        if ((0,secret_generators/* isSecret */.$f)(resource))
            continue;
        targets.set(key, (0,json/* clone */.o8)(resource.object));
        const base = baseObjects.get(key);
        if (base)
            inherited.set(key, base.object);
    }
    summary.images = planImageOverrides(inherited, targets);
    summary.replicas = planReplicas(inherited, targets, env.resources);
    const secrets = [...env.resources.values()].filter(secret_generators/* isSecret */.$f).map((r) => r.object);
    summary.labels = planCommonLabels(inherited, targets, secrets);
    for (const [key, target] of targets) {
        const resource = env.resources.get(key);
        const base = baseObjects.get(key);
        if (!base) {
            const file = resourceNamer.nameFor(resource.id);
            files.set(`${dir}/${file}`, (0,yaml_codec/* toYaml */.fE)(forFile(resource.id, target, namespaceField)));
            resources.push(file);
            summary.addedResources.push((0,manifest/* displayId */.kX)(resource.id));
            continue;
        }
        const patch = choosePatch(resource.id, base.object, target, {
            jsonPatchOnly: jsonPatchOnly?.has(`${env.name}\0${key}`),
        });
        // The patch must find the base's object, whose apiVersion may differ from this environment's.
        if (patch)
            writePatch(base.id, patch);
    }
    for (const [key, base] of baseObjects) {
        if (env.resources.has(key))
            continue;
        const file = `patches/${patchNamer.nameFor(base.id, 'delete-')}`;
        const meta = {
            name: base.id.name,
            ...(base.id.namespace ? { namespace: base.id.namespace } : {}),
        };
        files.set(`${dir}/${file}`, (0,yaml_codec/* toYaml */.fE)({
            $patch: 'delete',
            apiVersion: base.object.apiVersion ?? null,
            kind: base.id.kind,
            metadata: meta,
        }));
        patches.push({ path: file });
        summary.removedResources.push((0,manifest/* displayId */.kX)(base.id));
    }
    for (const resource of env.resources.values()) {
        if (!(0,secret_generators/* isSecret */.$f)(resource))
            continue;
        const stem = secretNamer.nameFor({ ...resource.id, kind: 'secret' }).replace(/^secret-/, '');
        const plan = (0,secret_generators/* planSecretGenerator */.HA)(resource, (0,file_names/* safeStem */.J)(stem));
        generators.push(plan.entry);
        for (const f of plan.files)
            secretFiles.set(`${dir}/${f.path}`, f.content);
        files.set(`${dir}/${secret_generators/* SECRET_KEYS_DIR */.St}/${(0,file_names/* safeStem */.J)(stem)}.env`, (0,secret_generators/* secretKeysFile */.$y)(resource.id.name, plan.keys));
        if (plan.removeType)
            writePatch(resource.id, {
                type: 'json6902',
                ops: [{ op: 'remove', path: '/type' }],
                text: (0,yaml_codec/* toYaml */.fE)([{ op: 'remove', path: '/type' }]),
            });
        summary.secrets.push({
            name: resource.id.name,
            namespace: resource.id.namespace,
            keys: plan.keys,
            files: plan.files.map((f) => `${dir}/${f.path}`),
        });
    }
    const rest = {};
    if (summary.images.length)
        rest.images = summary.images;
    if (summary.replicas.length)
        rest.replicas = summary.replicas;
    if (Object.keys(summary.labels).length)
        rest.labels = [{ pairs: summary.labels }];
    if (patches.length)
        rest.patches = patches;
    if (generators.length)
        rest.secretGenerator = generators;
    files.set(`${dir}/kustomization.yaml`, (0,yaml_codec/* toYaml */.fE)(plan_migration_kustomization(namespaceField, resources, rest)));
    const overlayFiles = [...files].filter(([p]) => p.startsWith(`${dir}/`));
    summary.files = overlayFiles.length;
    summary.lines = overlayFiles.reduce((n, [, t]) => n + lineCount(t), 0);
    return summary;
}

;// CONCATENATED MODULE: ./actions/helm-migrate/core/render-migration-report.ts
/** Where the parity rules are written down for users (the report lives in their repository, not ours). */
const PARITY_RULES_URL = 'https://github.com/mmf/actions/blob/v1/docs/PARITY.md';
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
function parityCell(parity) {
    if (!parity)
        return 'not checked';
    if (parity.identical)
        return 'identical';
    return `**differs** (${parity.missing.length + parity.unexpected.length + parity.changed.length} resources)`;
}
/** MIGRATION_REPORT.md: what was converted, what was lost, and what to do next. */
function renderMigrationReport(report) {
    const out = [];
    const push = (...lines) => out.push(...lines);
    push(`# Migration report: ${report.chart.name} ${report.chart.version}`, '');
    push(`Helm chart \`${report.chart.source}\` (release \`${report.release}\`, namespace \`${report.namespace}\`) converted to Kustomize: \`base/\` plus one overlay per environment under \`overlays/\`.`, '');
    if (report.parity) {
        push(report.parity.identical
            ? `**Parity: ${report.parity.identicalEnvironments}/${report.parity.environments} environments identical** to \`helm template\` ([parity rules](${PARITY_RULES_URL})).`
            : `**Parity: only ${report.parity.identicalEnvironments}/${report.parity.environments} environments identical.** See "Parity" below.`, '');
    }
    else {
        push('Parity was not checked: run again with `--validate` to prove the overlays render what Helm renders.', '');
    }
    push('## Tools', '', '| tool | version | found via |', '|---|---|---|');
    push(`| helm | ${report.tools.helm.version} | ${report.tools.helm.source} |`);
    if (report.tools.kustomize)
        push(`| kustomize | ${report.tools.kustomize.version} | ${report.tools.kustomize.source} |`);
    push('', '## Environments', '');
    push('| environment | values | rendered resources | overlay files | overlay lines / rendered lines | patches (strategic / RFC 6902) | parity |');
    push('|---|---|---|---|---|---|---|');
    for (const env of report.environments) {
        push(`| ${cell(env.name)} | ${cell(env.valuesFiles.join(', ') || '(chart defaults)')} | ${env.renderedResources} | ${env.overlay.files} | ${env.overlay.lines} / ${env.renderedLines} (${env.overlayRatio}) | ${env.overlay.strategicMergePatches} / ${env.overlay.jsonPatches} | ${parityCell(env.parity)} |`);
    }
    push('', `Base: ${report.base.resources} resources in ${report.base.files} files (${report.base.lines} lines)${report.base.environment ? `, written from environment \`${report.base.environment}\` (\`--base-env\`)` : ''}.`);
    if (report.namespaceField)
        push(`Namespace set with Kustomize's \`namespace: ${report.namespaceField}\` field.`);
    push('');
    for (const env of report.environments) {
        const lines = [];
        if (env.overlay.addedResources.length)
            lines.push(`- only here: ${env.overlay.addedResources.join(', ')}`);
        if (env.overlay.removedResources.length)
            lines.push(`- removed here: ${env.overlay.removedResources.join(', ')}`);
        for (const image of env.overlay.images)
            lines.push(`- image \`${image.name}\` tag \`${image.newTag}\``);
        for (const r of env.overlay.replicas)
            lines.push(`- replicas of \`${r.name}\`: ${r.count}`);
        for (const [k, v] of Object.entries(env.overlay.labels))
            lines.push(`- label \`${k}: ${v}\` on every resource`);
        if (lines.length)
            push(`### ${env.name}`, '', ...lines, '');
    }
    push('## Helm hooks', '');
    if (!report.hooks.length)
        push('The chart has no hooks.', '');
    else {
        push(`Mode: \`${report.hookMode}\`.`, '', '| resource | Helm events | weight | result | what changes |', '|---|---|---|---|---|');
        const seen = new Set();
        for (const h of report.hooks) {
            const row = `| ${cell(h.resource)} | ${cell(h.events.join(', '))} | ${h.weight} | ${h.action} | ${cell(h.lostOrdering)} |`;
            if (!seen.has(row))
                push(row);
            seen.add(row);
        }
        push('');
    }
    push('## Volatile fields', '');
    if (!report.render.twice)
        push('No migrated resource comes from a template that calls a random function, so each environment was rendered once.', '');
    else if (!report.volatile.length)
        push(`Two renders of ${report.render.renderedTwice.join(', ')} were identical: nothing random.`, '');
    else {
        push("These fields differ between two renders of the same environment (random values, generated certificates). They are volatile in that environment only: an environment that sets a fixed value keeps Helm's exact value there, and parity compares it exactly. Secret values keep the environment's own sample in the git-ignored files; every other volatile string holds a fixed stand-in, so tracked files do not change between runs. Parity compares volatile fields as present. Generate such values at deploy time instead (for example with External Secrets or cert-manager).", '');
        for (const v of report.volatile)
            push(`- ${v.environment}: ${v.resource}: ${v.paths.map((p) => `\`${p}\``).join(', ')}`);
        push('');
    }
    push('## Secrets', '');
    if (!report.secrets.length)
        push('The chart renders no Secrets.', '');
    else {
        push('Every rendered Secret became a `secretGenerator` (same name, no hash suffix) reading files under `overlays/<env>/secrets/`, which the generated `.gitignore` keeps out of git. `kustomize build` reproduces the Secrets locally; in the cluster, provide them from your secret store instead (External Secrets Operator, Sealed Secrets or SOPS) and remove the generator. Values are never shown here.', '', '| environment | secret | keys (bytes) |', '|---|---|---|');
        for (const s of report.secrets)
            push(`| ${cell(s.environment)} | ${cell(s.name)} | ${cell(s.keys.map((k) => `${k.name} (${k.bytes})`).join(', ') || '(no data)')} |`);
        push('');
    }
    push('## Warnings', '');
    push(...(report.warnings.length ? report.warnings.map((w) => `- ${w}`) : ['None.']), '');
    const failed = report.environments.filter((e) => e.parity && !e.parity.identical);
    if (failed.length) {
        push('## Parity', '');
        for (const env of failed) {
            const p = env.parity;
            push(`### ${env.name}`, '');
            for (const r of p.missing)
                push(`- missing from the Kustomize build: ${r}`);
            for (const r of p.unexpected)
                push(`- only in the Kustomize build: ${r}`);
            for (const c of p.changed)
                push(`- ${c.resource}: ${c.fields.map((f) => `\`${f.path}\` ${f.change}`).join(', ')}`);
            push('');
        }
    }
    return out.join('\n').replace(/\n+$/, '\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/platform/kustomize/kustomize-build.ts
var kustomize_build = __webpack_require__(6366);
// EXTERNAL MODULE: ./actions/platform/kustomize/remote-scan.ts + 1 modules
var remote_scan = __webpack_require__(392);
// EXTERNAL MODULE: ./actions/helm-migrate/core/parity.ts
var parity = __webpack_require__(2674);
;// CONCATENATED MODULE: ./actions/helm-migrate/prove-parity.ts







/** Builds every overlay with the real kustomize and compares it with the helm render (docs/PARITY.md). */
async function checkParity(rendered, settings) {
    const label = (env) => (0,external_node_path_.join)(settings.staged.output, 'overlays', env.name);
    const folder = (env) => (0,external_node_path_.join)(settings.staged.dir, 'overlays', env.name);
    const waiting = settings.waiting ?? new Map();
    // The kustomizations the waiting builds will read, checked here before they are given to them.
    const pending = new Map([...waiting.values()].map(({ build, content }) => [build.file, content]));
    // Checked one after another before any build, so the base they share is read once.
    const scanned = new Set();
    if (!settings.kustomize.allowRemote)
        for (const env of rendered)
            await (0,remote_scan/* assertNoRemoteContent */.h)(folder(env), label(env), scanned, pending);
    // Every build is started first; the helm side of each is made ready while kustomize runs.
    const builds = rendered.map((env) => {
        const started = waiting.get(env.name);
        if (started)
            return started.build.run(started.content);
        return settings.slots(() => (0,kustomize_build/* buildKustomization */.eQ)(settings.kustomize, folder(env), label(env), scanned));
    });
    for (const build of builds)
        build.catch(() => undefined); // reported where awaited
    const results = await Promise.all(rendered.map(async (env, i) => {
        // Compared as present only where this environment's own two renders differed.
        const normal = { hookMode: settings.hookMode, volatile: settings.volatile.get(env.name) };
        const expected = (0,normalize/* normalizeForParity */.C1)(env.render, normal);
        const built = await builds[i];
        const actual = (0,manifest/* parseManifests */.Ye)(built.manifests, `kustomize build ${label(env)}`, {
            defaultNamespace: settings.namespace,
            scopes: settings.scopes,
        });
        const result = (0,parity/* compareForParity */.o)(expected, (0,normalize/* normalizeForParity */.C1)(actual, normal));
        settings.log.info(`  ${env.name}: ${result.identical ? 'identical' : 'DIFFERS'} (kustomize build ${Math.round(built.durationMs)} ms)`);
        return [env.name, result];
    }));
    return new Map(results);
}
function differing(parity) {
    const out = new Set();
    for (const [env, result] of parity)
        for (const c of result.changed)
            out.add(`${env}\0${c.key}`);
    return out;
}
/**
 * Proves parity; where a strategic-merge patch did not reproduce a resource
 * exactly (a merge behaviour our model of kustomize missed), plans those
 * resources again with RFC 6902 patches, which are exact by construction, and
 * keeps the new plan only if it fixed them.
 */
async function proveParity(plan, targets, rendered, write, settings) {
    const parity = await checkParity(rendered, settings);
    // The waiting builds are used up: a second round builds the rewritten tree as usual.
    settings = { ...settings, waiting: new Map() };
    const retry = new Set([...differing(parity)].filter((k) => plan.strategicMergeTargets.has(k)));
    if (!retry.size)
        return { plan, parity, warnings: [] };
    const rewrite = (p) => settings.staged.replace(write(p));
    const second = planMigration({
        environments: targets,
        jsonPatchOnly: retry,
        ...(plan.base.environment !== undefined ? { baseEnvironment: plan.base.environment } : {}),
    });
    await rewrite(second);
    const secondParity = await checkParity(rendered, settings);
    const stillDiffering = differing(secondParity);
    const fixed = [...retry].filter((k) => !stillDiffering.has(k));
    if (!fixed.length) {
        await rewrite(plan);
        return { plan, parity, warnings: [] };
    }
    settings.log.warn(`strategic-merge patches did not reproduce ${fixed.length} resource(s) exactly; RFC 6902 patches used instead`);
    return {
        plan: second,
        parity: secondParity,
        warnings: fixed.map((k) => {
            const [env, key] = k.split('\0');
            const resource = targets.find((t) => t.name === env)?.resources.get(key);
            return `${env}: strategic-merge patch of ${resource ? (0,manifest/* displayId */.kX)(resource.id) : key} replaced by an RFC 6902 patch`;
        }),
    };
}

// EXTERNAL MODULE: ./actions/helm-migrate/render-environments.ts
var render_environments = __webpack_require__(2706);
// EXTERNAL MODULE: ./actions/helm-migrate/start-renders.ts + 1 modules
var start_renders = __webpack_require__(9743);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __webpack_require__(2490);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
;// CONCATENATED MODULE: ./actions/platform/kustomize/waiting-build.ts







/** The file name kustomize looks for first, the one mmf writes. */
const KUSTOMIZATION = 'kustomization.yaml';
/**
 * Starts one waiting build per overlay folder, each created (one level, in a
 * parent that exists) with a FIFO kustomization.yaml made by `mkfifo`. None
 * on Windows or without `mkfifo`: then the builds start when the tree is
 * written, as usual. mmf exiting, or stop(), kills a build that still waits.
 */
async function startWaitingBuilds(tool, dirs, label) {
    if (process.platform === 'win32' || dirs.length === 0)
        return undefined;
    const pipes = dirs.map((dir) => (0,external_node_path_.join)(dir, KUSTOMIZATION));
    try {
        for (const parent of new Set(dirs.map(external_node_path_.dirname)))
            await (0,promises_.mkdir)(parent).catch(existing);
        for (const dir of dirs)
            await (0,promises_.mkdir)(dir).catch(existing);
        const made = await (0,run_command/* runCommand */.d)('mkfifo', ['-m', '600', ...pipes]);
        if (made.exitCode !== 0)
            throw new Error(made.stderr);
    }
    catch {
        await Promise.all(pipes.map((pipe) => (0,promises_.rm)(pipe, { force: true })));
        return undefined;
    }
    return dirs.map((dir, i) => waitingBuild(tool, dir, pipes[i], label(dir)));
}
function existing(err) {
    if (err.code !== 'EEXIST')
        throw err;
}
function waitingBuild(tool, dir, pipe, label) {
    let release;
    let kill;
    // kustomize does not read its stdin: holding it back only ties the process to this one.
    const held = new Promise((resolve, reject) => {
        release = resolve;
        kill = reject;
    });
    // Below the renders still running (nice 10 while they wait): the plan needs those first.
    const build = (0,kustomize_build/* runBuild */.cM)(tool, dir, label, { input: held, niceness: 19 });
    build.catch(() => undefined); // awaited by run()
    let started = false;
    return {
        dir,
        file: pipe,
        async run(content) {
            started = true;
            const exited = build.then(() => undefined, () => undefined);
            // Opening the pipe to write waits for kustomize to open it to read; if kustomize is gone,
            // a reader of our own lets that open finish so the failure is reported, not waited on.
            let fed = false;
            // A thread still waiting to open the pipe would keep mmf from exiting (say on Ctrl-C).
            const forget = (0,exit_cleanup/* onExit */.cf)(() => unblockWriterSync(pipe));
            const given = give(pipe, content).finally(() => {
                fed = true;
                forget();
            });
            void exited.then(async () => {
                while (!fed)
                    await unblockWriter(pipe);
            });
            await given.catch(() => undefined);
            release('');
            return build;
        },
        async stop() {
            if (started)
                return;
            kill(new Error('not needed'));
            await build.catch(() => undefined);
            await (0,promises_.rm)(pipe, { force: true });
        },
    };
}
/**
 * Writes `content` into the pipe and, before closing it, puts a plain file
 * with the same content in its place (0666 less the umask, like every file of
 * the tree): kustomize reads on from the pipe it opened, and anything that
 * opens the path later finds the file, never a pipe without a writer.
 */
async function give(pipe, content) {
    const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(pipe), `.${(0,external_node_path_.basename)(pipe)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    await (0,promises_.writeFile)(file, content, { mode: 0o666, flag: 'wx' });
    try {
        const writer = await (0,promises_.open)(pipe, 'w');
        try {
            await writer.writeFile(content);
        }
        finally {
            await (0,promises_.rename)(file, pipe);
            await writer.close();
        }
    }
    finally {
        await (0,promises_.rm)(file, { force: true }); // already gone once renamed
    }
}
/**
 * Opens the pipe to read and closes it: a writer waiting to open it goes on,
 * and one waiting to write into it gets EPIPE, as no one reads any more.
 */
function unblockWriterSync(pipe) {
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(pipe, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK));
    }
    catch {
        // gone already, or no pipe any more: no writer waits on it
    }
}
/** Holds the pipe open to read for a moment, so that a writer waiting to open it can. */
async function unblockWriter(pipe) {
    const reader = await (0,promises_.open)(pipe, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await reader?.close();
}

;// CONCATENATED MODULE: ./actions/helm-migrate/convert-stages.ts











const GITIGNORE = '# Rendered Secret values: never commit them (see MIGRATION_REPORT.md, "Secrets").\noverlays/*/secrets/\n';
/** Renders every environment, plans the tree, writes it, proves parity and commits the output. */
async function convertRendered(inputs) {
    const { envs, staged, kustomize } = inputs;
    // kustomize starts up while helm renders, then waits for its overlay (waiting-build.ts).
    const waitingStarted = kustomize
        ? startWaitingBuilds(kustomize, envs.slice(0, (0,start_renders/* toolSlots */.kv)()).map((env) => (0,external_node_path_.join)(staged.dir, 'overlays', env.name)), (dir) => (0,external_node_path_.join)(staged.output, 'overlays', (0,external_node_path_.basename)(dir)))
        : Promise.resolve(undefined);
    let waiting;
    try {
        return await stages(inputs, waitingStarted.then((started) => (waiting = started)));
    }
    finally {
        await waitingStarted;
        for (const build of waiting ?? [])
            await build.stop(); // only those never let in
    }
}
async function stages(inputs, waitingStarted) {
    const { options, envs, chart, valuesTexts, staged, helm, kustomize, release, slots, started, startedAt } = inputs;
    const { log } = options;
    const renderStart = performance.now();
    const scopes = new manifest/* ScopeResolver */.J6();
    const { rendered, volatile } = await (0,render_environments/* renderEnvironments */.Z)(helm, chart, envs, {
        chartLabel: options.chart,
        release,
        namespace: options.namespace,
        ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
        apiVersions: options.apiVersions ?? [],
        scopes,
        hookMode: options.hookMode,
        valuesTexts,
        slots,
        ...(started ? { started } : {}),
        log,
    });
    const renderMs = performance.now() - renderStart;
    const planStart = performance.now();
    const hooks = [];
    const targets = rendered.map((env, i) => {
        const prepared = (0,normalize/* prepareTargets */.g4)(env.render, options.hookMode);
        if (i === 0)
            hooks.push(...prepared.hooks);
        return { name: env.name, resources: prepared.resources };
    });
    (0,normalize/* alignVolatileValues */.iS)(targets, volatile);
    let plan = planMigration({
        environments: targets,
        ...(options.baseEnvironment !== undefined ? { baseEnvironment: options.baseEnvironment } : {}),
    });
    const planMs = performance.now() - planStart;
    const writeStart = performance.now();
    const files = treeFiles(plan);
    log.info(`  writing ${files.size} files (staged beside ${options.output} until the end)`);
    // Each waiting build's kustomization is given to it after the remote-content check, not written.
    const waiting = new Map();
    const given = new Set();
    for (const build of (await waitingStarted) ?? []) {
        const path = (0,external_node_path_.relative)(staged.dir, build.file);
        const file = files.get(path);
        if (typeof file?.content !== 'string') {
            await build.stop();
            continue;
        }
        waiting.set((0,external_node_path_.basename)(build.dir), { build, content: file.content });
        given.add(path);
    }
    await staged.write(new Map([...files].filter(([path]) => !given.has(path))));
    let writeMs = performance.now() - writeStart;
    const warnings = [...chartWarnings(chart, volatile, options), ...scopeWarnings(rendered, scopes)];
    let parity;
    const validateStart = performance.now();
    if (kustomize) {
        log.info(`  validating: building ${rendered.length} overlay(s) with kustomize`);
        const proof = await proveParity(plan, targets, rendered, treeFiles, {
            kustomize,
            staged,
            namespace: options.namespace,
            hookMode: options.hookMode,
            scopes,
            volatile,
            slots,
            waiting,
            log,
        });
        ({ plan, parity } = proof);
        warnings.push(...proof.warnings);
    }
    const validateMs = kustomize ? performance.now() - validateStart : 0;
    const report = buildMigrationReport({
        chart: {
            name: chart.name,
            version: chart.version,
            ...(chart.appVersion ? { appVersion: chart.appVersion } : {}),
            source: options.chart,
        },
        release,
        namespace: options.namespace,
        hookMode: options.hookMode,
        render: {
            twice: rendered.some((e) => e.renderedTwice),
            renderedTwice: rendered.filter((e) => e.renderedTwice).map((e) => e.name),
            ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
            apiVersions: [...(options.apiVersions ?? [])],
        },
        tools: {
            helm: { version: helm.version, path: helm.path, source: helm.source },
            ...(kustomize
                ? { kustomize: { version: kustomize.version, path: kustomize.path, source: kustomize.source } }
                : {}),
        },
        plan,
        environments: rendered.map((env) => ({
            name: env.name,
            valuesFiles: env.valuesFiles,
            render: env.render,
            renderedLines: lineCount(env.text),
            ...(parity?.get(env.name) ? { parity: parity.get(env.name) } : {}),
        })),
        hooks,
        volatile,
        warnings,
    });
    const reportStart = performance.now();
    await staged.write(new Map([
        ['MIGRATION_REPORT.md', { content: renderMigrationReport(report) }],
        ['migration-report.json', { content: JSON.stringify(report, null, 2) + '\n' }],
    ]));
    await staged.commit();
    writeMs += performance.now() - reportStart;
    return {
        report,
        output: options.output,
        exitCode: report.parity && !report.parity.identical ? 3 : 0,
        timings: { totalMs: performance.now() - startedAt, renderMs, planMs, writeMs, validateMs },
    };
}
function treeFiles(plan) {
    const files = new Map();
    for (const [path, content] of plan.files)
        files.set(path, { content });
    for (const [path, content] of plan.secretFiles)
        files.set(path, { content, mode: 0o600 });
    files.set('.gitignore', { content: GITIGNORE });
    return files;
}
function chartWarnings(chart, volatile, options) {
    const warnings = [];
    if (chart.usesLookup)
        warnings.push('templates call lookup(): helm template renders it empty, so output that depends on live cluster objects was rendered without them.');
    if (chart.usesCapabilities) {
        const given = [
            options.kubeVersion ? `Kubernetes ${options.kubeVersion}` : "helm's default Kubernetes version",
            options.apiVersions?.length
                ? `extra API versions ${options.apiVersions.join(', ')}`
                : "helm's built-in API versions",
        ];
        warnings.push(`templates read .Capabilities: the output was rendered for ${given.join(' and ')}; pass --kube-version and --api-versions to match your cluster.`);
    }
    const resources = new Set([...volatile.values()].flatMap((fields) => [...fields.keys()]));
    if (resources.size)
        warnings.push(`${resources.size} resource(s) hold values that change on every render (in ${[...volatile.keys()].join(', ')}); see "Volatile fields".`);
    return warnings;
}
/** Custom kinds whose scope is a guess: they were treated as namespaced. */
function scopeWarnings(rendered, scopes) {
    const kinds = new Set();
    for (const env of rendered)
        for (const { id } of env.render.values())
            if (scopes.isUnknownKind(id.group, id.kind))
                kinds.add(`${id.group}/${id.kind}`);
    return [...kinds]
        .sort()
        .map((k) => `${k}: its CustomResourceDefinition is not in the chart, so it was treated as namespaced; if it is cluster-scoped, remove metadata.namespace from its files.`);
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

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ safeStem),
/* harmony export */   e: () => (/* binding */ FileNamer)
/* harmony export */ });
/** A safe file-name stem: lower-case, [a-z0-9._-] only, never "." or "..". */
function safeStem(text) {
    const stem = text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '');
    return (stem || 'unnamed').slice(0, 120);
}
/**
 * Hands out `<kind>-<name>.yaml` names that are unique within one folder,
 * adding the namespace, then the group, then a counter when names collide.
 * Deterministic for the same sequence of requests.
 */
class FileNamer {
    suffix;
    used = new Set();
    constructor(suffix = '.yaml') {
        this.suffix = suffix;
    }
    nameFor(id, prefix = '') {
        const kind = safeStem(id.kind);
        const candidates = [
            `${prefix}${kind}-${safeStem(id.name)}`,
            `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}`,
            `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}-${safeStem(id.group || 'core')}`,
        ];
        for (const stem of candidates)
            if (this.claim(stem))
                return stem + this.suffix;
        for (let n = 2;; n++)
            if (this.claim(`${candidates[2]}-${n}`))
                return `${candidates[2]}-${n}${this.suffix}`;
    }
    claim(stem) {
        if (this.used.has(stem))
            return false;
        this.used.add(stem);
        return true;
    }
}


/***/ }),

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


/***/ })

};
