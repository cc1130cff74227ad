export const id = 429;
export const ids = [429];
export const modules = {

/***/ 9429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ convertChart)
});

// UNUSED EXPORTS: GITIGNORE

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/platform/helm/chart-source.ts + 1 modules
var chart_source = __webpack_require__(2182);
// EXTERNAL MODULE: ./actions/platform/tools/resolve-tool.ts + 5 modules
var resolve_tool = __webpack_require__(8771);
// EXTERNAL MODULE: ./actions/platform/helm/values-files.ts
var values_files = __webpack_require__(3677);
// EXTERNAL MODULE: ./actions/kernel/concurrency.ts
var concurrency = __webpack_require__(5189);
// EXTERNAL MODULE: ./actions/platform/fs/staged-output.ts + 2 modules
var staged_output = __webpack_require__(8905);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
;// CONCATENATED MODULE: ./actions/kernel/k8s/json-patch.ts

/**
 * Derives RFC 6902 operations turning `base` into `target`. Lists are aligned
 * on a longest common subsequence of item identities (the `name` field when
 * every item has a unique one, otherwise the whole item), so a change inside
 * one container is a small replace rather than a rewrite of the list.
 */
function deriveJsonPatch(base, target) {
    const ops = [];
    diff(base, target, [], ops);
    return ops;
}
function diff(base, target, path, ops) {
    if (base === target)
        return;
    // Objects are walked key by key (equal ones yield nothing), so a deep comparison up front would only repeat that walk.
    if ((0,json/* isObject */.Gv)(base) && (0,json/* isObject */.Gv)(target)) {
        for (const key of Object.keys(base))
            if (!(key in target))
                ops.push({ op: 'remove', path: (0,json/* toJsonPointer */.Hk)([...path, key]) });
        for (const [key, value] of Object.entries(target)) {
            if (key in base)
                diff(base[key], value, [...path, key], ops);
            else
                ops.push({ op: 'add', path: (0,json/* toJsonPointer */.Hk)([...path, key]), value });
        }
        return;
    }
    if (Array.isArray(base) && Array.isArray(target)) {
        if (!(0,json/* deepEqual */.bD)(base, target))
            diffList(base, target, path, ops);
        return;
    }
    if (!(0,json/* deepEqual */.bD)(base, target))
        ops.push({ op: 'replace', path: (0,json/* toJsonPointer */.Hk)(path), value: target });
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
        ops.push({ op: 'replace', path: (0,json/* toJsonPointer */.Hk)(path), value: target });
        return;
    }
    const keptBase = new Set(pairs.map(([i]) => i));
    for (let i = base.length - 1; i >= 0; i--)
        if (!keptBase.has(i))
            ops.push({ op: 'remove', path: (0,json/* toJsonPointer */.Hk)([...path, i]) });
    const matchOf = new Map(pairs.map(([i, j]) => [j, i]));
    target.forEach((item, j) => {
        const i = matchOf.get(j);
        if (i === undefined)
            ops.push({ op: 'add', path: (0,json/* toJsonPointer */.Hk)([...path, j]), value: item });
        else
            diff(base[i], item, [...path, j], ops);
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
;// CONCATENATED MODULE: ./actions/kernel/k8s/image-ref.ts
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
        const name = parseImage(site.image).name;
        byName.set(name, [...(byName.get(name) ?? []), site]);
    }
    // Base sites whose image name would also be matched by the transformer.
    const overrides = [];
    // By code point: the same order on every machine, whatever its locale.
    for (const [name, sites] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const refs = sites.map((s) => parseImage(s.image));
        const tag = refs[0]?.tag;
        if (!tag || refs.some((r) => r.digest || r.tag !== tag))
            continue;
        const pairs = sites.map((s) => ({ site: s, before: baseSites.get(`${s.resourceKey}\0${s.site}`) }));
        const changing = pairs.filter((p) => p.before && p.before.image !== p.site.image);
        const exact = changing.every((p) => {
            const b = parseImage(p.before.image);
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

// EXTERNAL MODULE: ./actions/helm-migrate/core/environments.ts + 1 modules
var environments = __webpack_require__(8397);
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
    // Checked one after another before any build, so the base they share is read once.
    const scanned = new Set();
    if (!settings.kustomize.allowRemote)
        for (const env of rendered)
            await (0,remote_scan/* assertNoRemoteContent */.h)((0,external_node_path_.join)(settings.staged.dir, 'overlays', env.name), label(env), scanned);
    // Every build is started first; the helm side of each is made ready while kustomize runs.
    const builds = rendered.map((env) => settings.slots(() => (0,kustomize_build/* buildKustomization */.e)(settings.kustomize, (0,external_node_path_.join)(settings.staged.dir, 'overlays', env.name), label(env), scanned)));
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
;// CONCATENATED MODULE: ./actions/helm-migrate/convert-chart.ts















const GITIGNORE = '# Rendered Secret values: never commit them (see MIGRATION_REPORT.md, "Secrets").\noverlays/*/secrets/\n';
/** helm-to-kustomize end to end: render, plan, write atomically, and prove parity. */
async function convertChart(options) {
    const started = performance.now();
    const { log } = options;
    const envs = (0,environments/* parseEnvironmentSpecs */.j)(options.environments);
    if (options.baseEnvironment !== undefined && !envs.some((e) => e.name === options.baseEnvironment))
        throw new errors/* MmfError */.H0('E_USAGE', `--base-env "${options.baseEnvironment}" is not one of the environments: ${envs.map((e) => e.name).join(', ')}`, {
            hint: `name an environment given with --env, e.g. --base-env ${envs[envs.length - 1]?.name ?? 'prod'}`,
        });
    // Values files, the chart and both tools are checked at once; failures are reported in this order.
    const values = (0,values_files/* checkValuesFiles */.G0)(envs.flatMap((e) => e.valuesFiles));
    const opened = (0,chart_source/* openChart */.x)(options.chart);
    const toolLog = heldLog();
    const tools = resolveTools(options, toolLog);
    for (const p of [values, opened, tools])
        p.catch(() => undefined);
    let valuesTexts;
    try {
        valuesTexts = await values;
    }
    catch (err) {
        await opened.then((c) => c.cleanup(), () => undefined);
        throw err;
    }
    const chart = await opened;
    let staged;
    try {
        staged = await staged_output/* StagedOutput */.WZ.open(options.output, options.force, [options.chart, ...envs.flatMap((e) => e.valuesFiles)], { warn: log.warn });
        toolLog.release();
        const { helm, kustomize } = await tools;
        log.info(`Chart ${chart.name} ${chart.version}: ${envs.length} environment(s), helm ${helm.version}${kustomize ? `, kustomize ${kustomize.version}` : ''}`);
        const slots = (0,concurrency/* limiter */.T)((0,render_environments/* toolSlots */.k)());
        const renderStart = performance.now();
        const scopes = new manifest/* ScopeResolver */.J6();
        const release = options.release ?? chart.name;
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
        await staged.write(files);
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
        staged = undefined;
        writeMs += performance.now() - reportStart;
        return {
            report,
            output: options.output,
            exitCode: report.parity && !report.parity.identical ? 3 : 0,
            timings: { totalMs: performance.now() - started, renderMs, planMs, writeMs, validateMs },
        };
    }
    finally {
        await staged?.discard();
        await chart.cleanup();
    }
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
/**
 * Lines held back until `release()`, then passed on as they come: tool
 * resolution runs alongside the input checks, and an input error must not be
 * followed (or preceded) by what it logged.
 */
function heldLog() {
    let held = [];
    return {
        to: (target) => (line) => void (held ? held.push(() => target(line)) : target(line)),
        release() {
            for (const show of held ?? [])
                show();
            held = undefined;
        },
    };
}
/** helm and (with --validate) kustomize, resolved at the same time. */
async function resolveTools(options, held) {
    const toolSource = options.toolSource ? { toolSource: options.toolSource } : {};
    const helmOptions = options.tools?.helm ?? {
        path: options.helmPath,
        helmVersion: options.helmVersion,
        ...(options.allowDownload ? { allowDownload: true } : {}),
        ...toolSource,
    };
    const kustomizeOptions = options.tools?.kustomize ?? {
        path: options.kustomizePath,
        ...(options.kustomizeVersion ? { kustomizeVersion: options.kustomizeVersion } : {}),
        ...(options.allowDownload ? { allowDownload: true } : {}),
        ...toolSource,
    };
    const [helm, kustomize] = await Promise.all([
        (0,resolve_tool/* resolveHelm */.Fr)({ ...helmOptions, log: held.to(helmOptions.log ?? options.log.info) }),
        options.validate
            ? (0,resolve_tool/* resolveKustomize */.Sl)({ ...kustomizeOptions, log: held.to(kustomizeOptions.log ?? options.log.info) })
            : undefined,
    ]);
    return { helm, kustomize };
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

/***/ 8905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WZ: () => (/* binding */ StagedOutput),
  IU: () => (/* binding */ textTree),
  C3: () => (/* binding */ withStagedOutput)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __webpack_require__(2490);
;// CONCATENATED MODULE: ./actions/platform/fs/fill-in-place.ts



/**
 * Errors of a rename that cannot work on this folder (it is a mount point, or
 * on another filesystem than its parent), as opposed to a missing permission.
 */
function isUnrenamable(err) {
    const code = err.code;
    return code === 'EBUSY' || code === 'EXDEV' || code === 'EPERM';
}
/**
 * Moves the staged tree into an output folder that cannot itself be renamed
 * (a mount point): entry by entry, by rename where the filesystem allows and
 * by copy (modes kept) where it does not. Without `replace` the folder must
 * be empty, and an entry that appears meanwhile is never overwritten; with
 * `replace` the old entries are removed first. If a move fails, what was
 * moved so far is taken out again, so the output is not left half-written.
 */
async function fillInPlace(staged, target, options) {
    const present = await (0,promises_.readdir)(target);
    if (present.length && !options.replace) {
        throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `files appeared in the output while the run was working (${present.sort().slice(0, 5).join(', ')}); they were left as they are and nothing was written`, { file: options.output, hint: 'run again into an empty or new directory, or pass --force' });
    }
    try {
        for (const name of present)
            await (0,promises_.rm)((0,external_node_path_.join)(target, name), { recursive: true, force: true });
    }
    catch (err) {
        throw cannotFill(options.output, err);
    }
    const moved = [];
    try {
        for (const name of (await (0,promises_.readdir)(staged)).sort()) {
            const to = (0,external_node_path_.join)(target, name);
            if (await (0,promises_.lstat)(to).catch(() => undefined)) {
                throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `${name} appeared in the output while the run was working; it was left as it is and nothing was written`, { file: options.output, hint: 'run again into an empty or new directory, or pass --force' });
            }
            moved.push(to);
            await (0,promises_.rename)((0,external_node_path_.join)(staged, name), to).catch(async (err) => {
                if (err.code !== 'EXDEV')
                    throw err;
                await (0,promises_.cp)((0,external_node_path_.join)(staged, name), to, {
                    recursive: true,
                    preserveTimestamps: true,
                    errorOnExist: true,
                    force: false,
                });
            });
        }
    }
    catch (err) {
        for (const path of moved)
            await (0,promises_.rm)(path, { recursive: true, force: true });
        throw err instanceof errors/* MmfError */.H0 ? err : cannotFill(options.output, err);
    }
}
function cannotFill(output, err) {
    return new errors/* MmfError */.H0('E_OUTPUT_IN_USE', `the output folder cannot be replaced (it is a mount point or in use), and filling it in place failed (${err.code ?? 'error'})`, { file: output, hint: 'make the folder writable, or write to a folder that is not a mount point' });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./actions/platform/fs/output-lock.ts





/** The lock of an output folder: `.<name>.mmf-lock` beside it (the same folder as the staging folder). */
function lockPathFor(target) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.mmf-lock`);
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.pid === 'number' && typeof value.host === 'string')
            return { pid: value.pid, host: value.host, since: String(value.since ?? '?') };
    }
    catch {
        // not a lock of ours
    }
    return undefined;
}
/** Whether a process of this machine still runs (EPERM: it runs, as another user). */
function running(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Takes the lock of an output folder, so a second conversion into the same
 * output fails at once (E_OUTPUT_LOCKED) instead of racing the first. The
 * lock file appears complete or not at all (written aside, then hard-linked
 * into place). A lock left by a process of this machine that no longer runs
 * is taken over, and `warn` says so.
 */
async function acquireOutputLock(target, output, warn) {
    const path = lockPathFor(target);
    const mine = JSON.stringify({ pid: process.pid, host: (0,external_node_os_.hostname)(), since: new Date().toISOString() });
    const draft = `${path}.${process.pid}.draft`;
    await (0,promises_.writeFile)(draft, `${mine}\n`, { mode: 0o644 });
    try {
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                await createLock(draft, path, `${mine}\n`);
                return ownLock(path, `${mine}\n`);
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
            }
            const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
            if (text === undefined)
                continue; // released meanwhile: try again
            const holder = parseHolder(text);
            if (!holder || holder.host !== (0,external_node_os_.hostname)() || running(holder.pid))
                throw locked(output, path, holder);
            // Stale: move it aside; if what moved is not what was read, another run took it over first.
            const aside = `${path}.${process.pid}.stale`;
            await (0,promises_.rename)(path, aside).catch(() => undefined);
            const moved = await (0,promises_.readFile)(aside, 'utf8').catch(() => undefined);
            await (0,promises_.rm)(aside, { force: true });
            if (moved !== undefined && moved !== text)
                throw locked(output, path, parseHolder(moved));
            warn(`took over the lock ${path} of process ${holder.pid} (since ${holder.since}), which no longer runs`);
        }
        throw locked(output, path, undefined);
    }
    finally {
        await (0,promises_.rm)(draft, { force: true });
    }
}
/** Hard-links the complete draft into place; where hard links are not supported, creates the file exclusively. */
async function createLock(draft, path, content) {
    try {
        await (0,promises_.link)(draft, path);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            throw err;
        await (0,promises_.writeFile)(path, content, { flag: 'wx', mode: 0o644 });
    }
}
function locked(output, path, holder) {
    const who = holder
        ? `process ${holder.pid}${holder.host === (0,external_node_os_.hostname)() ? '' : ` on ${holder.host}`}, since ${holder.since}`
        : 'a lock file mmf cannot read';
    return new errors/* MmfError */.H0('E_OUTPUT_LOCKED', `another run is writing this output (${who}); nothing was changed`, {
        file: output,
        hint: `wait for that run to finish; if no such run exists, remove ${path}`,
    });
}
function ownLock(path, content) {
    const ours = (text) => text === content;
    return {
        path,
        async release() {
            if (ours(await (0,promises_.readFile)(path, 'utf8').catch(() => undefined)))
                await (0,promises_.rm)(path, { force: true });
        },
        releaseSync() {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch {
                return;
            }
            if (ours(text))
                (0,external_node_fs_.rmSync)(path, { force: true });
        },
    };
}

// EXTERNAL MODULE: ./actions/platform/fs/path-inside.ts
var path_inside = __webpack_require__(2972);
// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __webpack_require__(149);
;// CONCATENATED MODULE: ./actions/platform/fs/staged-output.ts









const NOT_WRITABLE_HINT = 'choose an output folder in a writable location (a new or empty folder)';
/** The process umask (reading it this way also works in worker threads). */
const umask = () => process.umask();
/**
 * An output tree written atomically: everything goes to a staging folder next
 * to the output (same filesystem), which replaces the output in one rename on
 * commit. Until then the output is untouched; discard removes the staging
 * folder and any parent folders that opening had to create. A lock beside the
 * output keeps a second run out; SIGINT/SIGTERM remove the staging folder (it
 * holds Secret values) and the lock. An output that cannot be renamed over (a
 * mount point) is filled in place instead.
 */
class StagedOutput {
    output;
    dir;
    force;
    createdParents;
    lock;
    aside;
    done = false;
    forget;
    constructor(output, dir, force, createdParents, lock) {
        this.output = output;
        this.dir = dir;
        this.force = force;
        this.createdParents = createdParents;
        this.lock = lock;
        this.forget = (0,exit_cleanup/* onExit */.cf)(() => this.cleanupSync());
    }
    /**
     * Checks the output can receive a tree and creates the staging folder,
     * before any expensive work. An output inside one of the `keep` folders (the
     * chart, a base) is refused with or without `force`; with `force`, an output
     * that holds the current directory or any of `keep` is refused too.
     */
    static async open(output, force, keep = [], options = {}) {
        const target = (0,external_node_path_.resolve)(output);
        await refuseInsideInputs(output, target, keep);
        if (force) {
            for (const path of [process.cwd(), ...keep]) {
                if ((0,path_inside/* isInside */.F)((0,external_node_path_.resolve)(path), target)) {
                    throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `refusing to replace a folder that holds ${path === process.cwd() ? 'the current directory' : path}`, {
                        file: output,
                        hint: 'write the output to a folder of its own, e.g. --output k8s',
                    });
                }
            }
        }
        const info = await (0,promises_.stat)(target).catch(() => undefined);
        if (info && !info.isDirectory()) {
            throw new errors/* MmfError */.H0('E_OUTPUT_NOT_WRITABLE', 'exists and is not a directory', {
                file: output,
                hint: NOT_WRITABLE_HINT,
            });
        }
        const created = await createParents((0,external_node_path_.dirname)(target), output);
        let lock;
        try {
            lock = await acquireOutputLock(target, output, options.warn ?? ((l) => process.stderr.write(`warning: ${l}\n`)));
        }
        catch (err) {
            await removeEmpty(created);
            if (err instanceof errors/* MmfError */.H0)
                throw err;
            throw notWritable(output, `cannot write in ${(0,external_node_path_.dirname)(target)}`, err);
        }
        try {
            if (info && !force && (await (0,promises_.readdir)(target)).length > 0) {
                throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', 'output directory is not empty', {
                    file: output,
                    hint: 'choose an empty or new directory, or pass --force to replace its contents',
                });
            }
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.mmf-tmp-`)).catch((err) => {
                throw notWritable(output, `cannot write in ${(0,external_node_path_.dirname)(target)}`, err);
            });
            return new StagedOutput(output, dir, force, created, lock);
        }
        catch (err) {
            await lock.release();
            await removeEmpty(created);
            throw err;
        }
    }
    async write(files) {
        const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
        // Folders first, then all files at once rather than one write after another.
        const made = new Set();
        for (const [relative] of sorted)
            await this.makeParents((0,external_node_path_.dirname)(relative), made);
        await Promise.all(sorted.map(([relative, file]) => 
        // 0666 less the umask, like any new file (644 under 022); Secret files ask for 0600.
        (0,promises_.writeFile)((0,external_node_path_.join)(this.dir, relative), file.content, { mode: file.mode ?? 0o666 })));
    }
    /**
     * Creates the folders of `relative` one level at a time, never the staging
     * folder itself: a signal handler that removed it while a write was in
     * flight must not see it come back (`mkdir -p` would recreate it).
     */
    async makeParents(relative, made) {
        if (relative === '.' || made.has(relative))
            return;
        await this.makeParents((0,external_node_path_.dirname)(relative), made);
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, relative)).catch((err) => {
            if (err.code !== 'EEXIST')
                throw err;
        });
        made.add(relative);
    }
    /** Empties the staging folder and writes `files` instead. */
    async replace(files) {
        for (const entry of await (0,promises_.readdir)(this.dir))
            await (0,promises_.rm)((0,external_node_path_.join)(this.dir, entry), { recursive: true, force: true });
        await this.write(files);
    }
    /**
     * Puts the staged tree in place. With `force` the old tree is renamed aside
     * and removed; without, the output must still be empty: a file that
     * appeared there during the run is left alone and the run fails
     * (E_OUTPUT_NOT_EMPTY). A mount point is filled in place.
     */
    async commit() {
        const target = (0,external_node_path_.resolve)(this.output);
        // mkdtemp made the staging folder private (0700); the tree gets the umask's mode like any new folder.
        await (0,promises_.chmod)(this.dir, 0o777 & ~umask());
        try {
            if (this.force)
                await this.replaceTarget(target);
            else
                await this.moveIntoEmpty(target);
        }
        finally {
            await this.finish();
        }
    }
    async discard() {
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        await this.finish();
    }
    async finish() {
        if (this.done)
            return;
        this.done = true;
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        await this.lock.release();
        await removeEmpty(this.createdParents);
        this.forget();
    }
    async replaceTarget(target) {
        const existing = await (0,promises_.stat)(target).catch(() => undefined);
        if (!existing)
            return this.renameIn(target);
        this.aside = `${this.dir}.old`;
        try {
            await (0,promises_.rename)(target, this.aside);
        }
        catch (err) {
            this.aside = undefined;
            if (!isUnrenamable(err))
                throw notWritable(this.output, 'cannot move the old tree aside', err);
            return fillInPlace(this.dir, target, { replace: true, output: this.output });
        }
        try {
            await (0,promises_.rename)(this.dir, target);
        }
        catch (err) {
            await (0,promises_.rename)(this.aside, target);
            this.aside = undefined;
            throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
        await (0,promises_.rm)(this.aside, { recursive: true, force: true });
        this.aside = undefined;
    }
    async moveIntoEmpty(target) {
        try {
            await (0,promises_.rmdir)(target); // fails if anything appeared there: it is never deleted
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                throw await appeared(this.output, target);
            if (isUnrenamable(err))
                return fillInPlace(this.dir, target, { replace: false, output: this.output });
            if (code !== 'ENOENT')
                throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
        await this.renameIn(target);
    }
    async renameIn(target) {
        try {
            await (0,promises_.rename)(this.dir, target);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                throw await appeared(this.output, target);
            if (isUnrenamable(err))
                return fillInPlace(this.dir, target, { replace: this.force, output: this.output });
            throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
    }
    /** On SIGINT/SIGTERM: put an old tree that was moved aside back, drop the staging folder and the lock. */
    cleanupSync() {
        const target = (0,external_node_path_.resolve)(this.output);
        if (this.aside) {
            const targetExists = (() => {
                try {
                    (0,external_node_fs_.statSync)(target);
                    return true;
                }
                catch {
                    return false;
                }
            })();
            if (!targetExists)
                (0,external_node_fs_.renameSync)(this.aside, target);
            else
                (0,external_node_fs_.rmSync)(this.aside, { recursive: true, force: true });
        }
        (0,remove_tree_sync/* removeTreeSync */.O)(this.dir);
        this.lock.releaseSync();
        for (const folder of this.createdParents) {
            try {
                (0,external_node_fs_.rmdirSync)(folder);
            }
            catch {
                break;
            }
        }
    }
}
async function appeared(output, target) {
    const names = (await (0,promises_.readdir)(target).catch(() => [])).sort();
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');
    return new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `files appeared in the output while the run was working (${shown}); they were left as they are and nothing was written`, {
        file: output,
        hint: 'run again into an empty or new directory, or pass --force to replace its contents',
    });
}
function notWritable(output, what, err) {
    return new errors/* MmfError */.H0('E_OUTPUT_NOT_WRITABLE', `${what} (${err.code ?? 'error'})`, {
        file: output,
        hint: NOT_WRITABLE_HINT,
    });
}
/**
 * An output inside an input folder would become part of that input: inside a
 * chart, `helm package` would ship the rendered Secret files. Compared both
 * as written and through symbolic links.
 */
async function refuseInsideInputs(output, target, keep) {
    const realTarget = await (0,path_inside/* realPathOrAncestor */.a)(target);
    for (const input of keep) {
        const info = await (0,promises_.stat)(input).catch(() => undefined);
        if (!info?.isDirectory())
            continue;
        const realInput = await (0,path_inside/* realPathOrAncestor */.a)(input);
        if ((0,path_inside/* isInside */.F)(target, (0,external_node_path_.resolve)(input)) || (0,path_inside/* isInside */.F)(realTarget, realInput)) {
            throw new errors/* MmfError */.H0('E_OUTPUT_INSIDE_INPUT', `is inside the input folder ${input}: what is written there would become part of it (a chart folder is packaged by helm package, Secret files included); nothing was written`, { file: output, hint: `write the output outside ${input}, e.g. next to it` });
        }
    }
}
/**
 * The one open/commit/discard sequence: opens a staged output (see
 * StagedOutput.open), lets `work` write and check it, commits when `work`
 * returns and discards when it throws, so a failure leaves nothing behind.
 */
async function withStagedOutput(output, options, work) {
    const staged = await StagedOutput.open(output, options.force, options.keep ?? []);
    let committed = false;
    try {
        const result = await work(staged);
        await staged.commit();
        committed = true;
        return result;
    }
    finally {
        if (!committed)
            await staged.discard();
    }
}
/** Text files (path → content) as the tree StagedOutput writes. */
function textTree(files) {
    return new Map([...files].map(([path, content]) => [path, { content }]));
}
/**
 * Creates the missing folders above the output one level at a time (a
 * recursive mkdir can spin forever on special filesystems such as /proc) and
 * returns them deepest first.
 */
async function createParents(dir, output) {
    const missing = [];
    let cur = dir;
    for (;;) {
        const info = await (0,promises_.stat)(cur).catch(() => undefined);
        if (info) {
            if (!info.isDirectory()) {
                throw new errors/* MmfError */.H0('E_OUTPUT_NOT_WRITABLE', `${cur} is a file, not a folder`, {
                    file: output,
                    hint: NOT_WRITABLE_HINT,
                });
            }
            break;
        }
        missing.unshift(cur);
        if ((0,external_node_path_.dirname)(cur) === cur)
            break;
        cur = (0,external_node_path_.dirname)(cur);
    }
    const created = [];
    for (const folder of missing) {
        try {
            await (0,promises_.mkdir)(folder);
            created.unshift(folder);
        }
        catch (err) {
            await removeEmpty(created);
            throw notWritable(output, `cannot create ${folder}`, err);
        }
    }
    return created;
}
async function removeEmpty(foldersDeepestFirst) {
    for (const folder of foldersDeepestFirst)
        await (0,promises_.rmdir)(folder).catch(() => undefined);
}


/***/ })

};
