export const id = 955;
export const ids = [955];
export const modules = {

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
/* harmony export */   TM: () => (/* binding */ checkValuesFile),
/* harmony export */   ZY: () => (/* binding */ readValuesFile)
/* harmony export */ });
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


/***/ })

};
