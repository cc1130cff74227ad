export const id = 301;
export const ids = [301];
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

/***/ 6301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScaffoldServiceCommand: () => (/* binding */ runScaffoldServiceCommand)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/platform/kustomize/kustomize-build.ts
var kustomize_build = __webpack_require__(6366);
// EXTERNAL MODULE: ./actions/platform/tools/resolve-tool.ts + 4 modules
var resolve_tool = __webpack_require__(6659);
// EXTERNAL MODULE: ./actions/platform/fs/staged-output.ts + 2 modules
var staged_output = __webpack_require__(8905);
// EXTERNAL MODULE: ./actions/kernel/yaml-codec.ts + 1 modules
var yaml_codec = __webpack_require__(9441);
// EXTERNAL MODULE: ./actions/kernel/k8s/names.ts
var names = __webpack_require__(6485);
// EXTERNAL MODULE: ./actions/kernel/k8s/image-ref.ts
var image_ref = __webpack_require__(8768);
;// CONCATENATED MODULE: ./actions/scaffold/core/pinned-image.ts


/**
 * The scaffold's image: a well-formed reference that pins a version. An
 * untagged image or `latest` is refused: the scaffold's base is shared with
 * prod, which must run a pinned version. `label` is how the front end names
 * the value (the CLI's `--image`).
 */
function requirePinnedImage(text, label = '--image') {
    const ref = (0,image_ref/* parseImageReference */.o)(text);
    if (!ref)
        throw new errors/* MmfError */.H0('E_USAGE', `${label} "${text}" is not an image reference`, {
            hint: `use registry/repository:tag, e.g. ${label} ghcr.io/acme/orders:1.0.0`,
        });
    if (!ref.tag && !ref.digest)
        throw new errors/* MmfError */.H0('E_USAGE', `${label} "${text}" has no tag or digest (that means :latest)`, {
            hint: `pin a version: ${label} ${ref.name}:1.0.0, or a digest ${ref.name}@sha256:…`,
        });
    if (ref.tag === 'latest' && !ref.digest)
        throw new errors/* MmfError */.H0('E_USAGE', `${label} "${text}" uses the tag latest`, {
            hint: 'the base is shared with prod, which must pin a version or a digest; CI can set it later with `kustomize edit set image`',
        });
    return ref;
}

// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/kernel/k8s/kustomization.ts
var kustomization = __webpack_require__(5716);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/scaffold/core/yaml-documents.ts
/**
 * YAML files as editable documents: parsed into the `yaml` library's node
 * tree, edited node by node, and printed back with their comments, quoting
 * and layout. Scaffold files are written in the style this prints
 * (block lists not indented under their key), so untouched parts come back
 * byte for byte.
 */



const yaml11 = yaml_codec/* KUBERNETES_YAML_OPTIONS */.W;
function isYamlFile(path) {
    return /\.ya?ml$/i.test(path);
}
function parseYamlFile(text, file) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, yaml11);
    const list = Array.isArray(docs) ? docs : [docs];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0];
            const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `invalid YAML${where}: ${error.message.split('\n')[0]}`, {
                file,
            });
        }
    }
    return list;
}
function printYamlFile(docs) {
    return docs
        .map((doc, i) => {
        const text = doc.toString({ lineWidth: 0, indentSeq: false });
        return i > 0 && !text.startsWith('---') ? `---\n${text}` : text;
    })
        .join('');
}
/** A document's plain value (aliases bounded), for reading kind, names and fields. */
function plainValue(doc, file) {
    try {
        return doc.toJS({ maxAliasCount: yaml_codec/* MAX_YAML_ALIASES */.ap });
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_YAML_ALIASES', `cannot read: ${err.message.split('\n')[0]}`, { file });
    }
}

;// CONCATENATED MODULE: ./actions/scaffold/core/scaffold-catalog.ts
/**
 * What a template tree offers: its overlays (folders under overlays/ with a
 * kustomization) and components (folders under components/ whose
 * kustomization is a `kind: Component`), and which folders each
 * kustomization pulls in. Discovered from the files, so a team's own
 * templates (--templates) work the same way.
 */





/**
 * Components that must not be combined in one overlay: two service meshes
 * would both inject proxies; two kinds of monitor would scrape the same pods
 * twice.
 */
const EXCLUSIVE_COMPONENTS = [
    { names: ['istio', 'linkerd'], reason: 'one service mesh per workload' },
    { names: ['servicemonitor', 'podmonitor'], reason: 'both monitors would scrape the same pods twice' },
];
function stringList(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function readCatalog(tree) {
    const files = new Map();
    for (const path of tree.keys()) {
        const dir = external_node_path_.posix.dirname(path);
        if ((0,kustomization/* isKustomizationFileName */.FJ)(external_node_path_.posix.basename(path)) && !files.has(dir))
            files.set(dir, path);
    }
    const kustomizations = new Map();
    for (const [dir, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const value = parseYamlFile(tree.get(file) ?? '', file)
            .map((doc) => plainValue(doc, file))
            .find(json/* isObject */.Gv);
        if (!value)
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is empty', { file });
        const inTree = (entries) => entries.map((e) => external_node_path_.posix.normalize(external_node_path_.posix.join(dir, e))).filter((d) => files.has(d));
        kustomizations.set(dir, {
            file,
            kind: value.kind === 'Component' ? 'Component' : 'Kustomization',
            resources: inTree(stringList(value.resources)),
            components: inTree(stringList(value.components)),
        });
    }
    if (!kustomizations.has('base')) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'the scaffold templates have no base/kustomization.yaml', {
            file: 'base',
        });
    }
    const overlays = new Map();
    const components = new Map();
    for (const [dir, info] of kustomizations) {
        if (dir.startsWith('overlays/') && info.kind === 'Kustomization')
            overlays.set(dir.slice(9), dir);
        if (dir.startsWith('components/') && info.kind === 'Component')
            components.set(dir.slice(11), dir);
    }
    return { overlays, components, kustomizations };
}
/** Checks the chosen overlays and components exist and can be combined; E_USAGE otherwise. */
function checkSelection(catalog, overlays, components) {
    const unknown = (what, flag, names, known) => {
        const missing = names.filter((n) => !known.has(n));
        if (!missing.length)
            return;
        throw new errors/* MmfError */.H0('E_USAGE', `unknown ${what}${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} in ${flag}`, { hint: `available ${what}s: ${[...known.keys()].sort().join(', ')}` });
    };
    unknown('overlay', '--env', [...overlays], catalog.overlays);
    unknown('component', '--components', [...components], catalog.components);
    if (!overlays.length) {
        throw new errors/* MmfError */.H0('E_USAGE', '--env names no overlay', {
            hint: `choose one or more of: ${[...catalog.overlays.keys()].sort().join(', ')}`,
        });
    }
    for (const overlay of overlays) {
        const own = overlayComponents(catalog, overlay);
        const all = new Set([...own, ...components]);
        for (const { names, reason } of EXCLUSIVE_COMPONENTS) {
            const clash = names.filter((c) => all.has(c));
            if (clash.length < 2)
                continue;
            const from = clash.map((c) => (own.includes(c) ? `${c} (part of the overlay)` : c));
            throw new errors/* MmfError */.H0('E_USAGE', `overlay ${overlay} would combine components ${from.join(' and ')}`, {
                hint: `choose one of ${names.join(', ')}: ${reason}`,
            });
        }
    }
}
/** The component names an overlay lists itself. */
function overlayComponents(catalog, overlay) {
    const dir = catalog.overlays.get(overlay);
    const info = dir ? catalog.kustomizations.get(dir) : undefined;
    return (info?.components ?? [])
        .filter((d) => d.startsWith('components/'))
        .map((d) => d.slice(11))
        .filter((n) => catalog.components.has(n));
}
/** Every folder `dirs` need, following resources and components, sorted. */
function closure(catalog, dirs) {
    const seen = new Set();
    const visit = (dir) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        const info = catalog.kustomizations.get(dir);
        for (const next of [...(info?.resources ?? []), ...(info?.components ?? [])])
            visit(next);
    };
    dirs.forEach(visit);
    return [...seen].sort();
}

;// CONCATENATED MODULE: ./actions/scaffold/core/service-edits.ts
/**
 * The structured edits that turn the templates into one service's files.
 * Each works on parsed YAML nodes, so keys, comments and the rest of the
 * document are never touched, and what it changes is known by its place in
 * the document, not found by searching text.
 */


/** The service name the templates are written with. */
const PLACEHOLDER = 'mmf-service';
/**
 * The placeholder as a whole name token: not inside a longer word, but
 * possibly the start of a compound (`mmf-service-env`), the last part of an
 * image repository (`registry.example.com/mmf-service`) or of a host name
 * (`mmf-service.shop.svc`).
 */
const TOKEN = new RegExp(`(?<![A-Za-z0-9_-])${PLACEHOLDER}(?![A-Za-z0-9_])`, 'g');
function containsPlaceholder(text) {
    return new RegExp(TOKEN.source).test(text);
}
/**
 * Renames the service in a document: every string value that names it (a
 * resource name or a reference to one, a label or selector value, a host,
 * an image name, a config value) gets `name` in place of the placeholder.
 * Mapping keys and comments are left alone. Returns how many values changed.
 */
function renameService(doc, name) {
    let changed = 0;
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (key === 'key' || typeof node.value !== 'string')
                return;
            const renamed = node.value.replace(TOKEN, name);
            if (renamed !== node.value) {
                node.value = renamed;
                changed++;
            }
        },
    });
    return changed;
}
const isPortList = (seq) => seq.items.filter((item) => (0,dist/* isMap */.jh)(item) && item.has('containerPort'));
/**
 * Sets the container port named `http` (in workloads and patches alike) and
 * the HTTP_PORT generator literal the app reads. Service ports, probes and
 * network policies refer to the port by name, so they follow.
 */
function setHttpPort(doc, port, file) {
    let changed = 0;
    (0,dist/* visit */.YR)(doc, {
        Seq(_, seq) {
            const ports = isPortList(seq);
            const http = ports.find((p) => p.get('name') === 'http');
            if (!http)
                return;
            const taken = ports.find((p) => p !== http && Number(p.get('containerPort')) === port);
            if (taken) {
                throw new errors/* MmfError */.H0('E_USAGE', `--port ${port} is already the ${String(taken.get('name'))} port`, {
                    file,
                    hint: 'choose another port for http',
                });
            }
            http.set('containerPort', port);
            changed++;
        },
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== 'literals' || !(0,dist/* isSeq */.oP)(pair.value))
                return;
            for (const item of pair.value.items) {
                if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string' && /^HTTP_PORT=/.test(item.value)) {
                    item.value = `HTTP_PORT=${port}`;
                    changed++;
                }
            }
        },
    });
    return changed;
}
/**
 * Points a kustomization's `images:` entry for `logicalName` at `image`;
 * false when it has none.
 */
function setImage(doc, logicalName, image) {
    const images = doc.get('images', true);
    const entry = (0,dist/* isSeq */.oP)(images)
        ? images.items.find((i) => (0,dist/* isMap */.jh)(i) && i.get('name') === logicalName)
        : undefined;
    if (!entry)
        return false;
    entry.set('newName', image.name);
    for (const [key, value] of [
        ['newTag', image.digest ? undefined : image.tag],
        ['digest', image.digest],
    ]) {
        if (value)
            entry.set(key, value);
        else
            entry.delete(key);
    }
    return true;
}
/** Appends component paths to a kustomization's `components:` (once each). */
function addComponents(doc, paths) {
    if (!paths.length)
        return;
    let list = doc.get('components', true);
    if (!(0,dist/* isSeq */.oP)(list)) {
        list = doc.createNode([]);
        doc.set('components', list);
    }
    const seq = list;
    const present = new Set(seq.items.map((i) => ((0,dist/* isScalar */.jn)(i) ? String(i.value) : '')));
    for (const path of paths)
        if (!present.has(path))
            seq.add(doc.createNode(path));
}

;// CONCATENATED MODULE: ./actions/scaffold/core/plan-scaffold.ts
/**
 * Plans the files of a new service from the templates: pure, no I/O. The
 * output keeps the template layout (base/, components/<name>/,
 * overlays/<name>/), so every relative path in a kustomization stays valid
 * and each overlay builds with a plain `kustomize build`.
 */






/** Label values, Service and Job names. */
const MAX_LABEL_LENGTH = 63;
const DEFAULT_OVERLAYS = ['dev', 'prod'];
const MIN_PORT = 1024;
/** Throws E_USAGE unless `port` is a port an unprivileged container can listen on. */
function checkPort(port, flag = '--port') {
    if (Number.isInteger(port) && port >= MIN_PORT && port <= 65535)
        return;
    throw new errors/* MmfError */.H0('E_USAGE', `${flag} ${port} is not a port from ${MIN_PORT} to 65535`, {
        hint: port > 0 && port < MIN_PORT
            ? 'the container runs as non-root with all capabilities dropped, so it cannot bind ports below 1024; the Service still listens on 80'
            : 'e.g. --port 8080',
    });
}
function planScaffold(tree, request) {
    const catalog = readCatalog(tree);
    checkSelection(catalog, request.overlays, request.components);
    const overlays = [...new Set(request.overlays)].map((name) => ({
        name,
        dir: catalog.overlays.get(name),
        components: [...new Set([...overlayComponents(catalog, name), ...request.components])],
    }));
    const dirs = closure(catalog, [
        'base',
        ...overlays.map((o) => o.dir),
        ...request.components.map((c) => catalog.components.get(c)),
    ]);
    const files = new Map();
    const objects = [];
    let imageEntries = 0;
    for (const [path, text] of tree) {
        const owner = ownerDir(catalog, path);
        if (!owner || !dirs.includes(owner))
            continue;
        if (!isYamlFile(path)) {
            if (containsPlaceholder(text))
                throw leftover(path);
            files.set(path, text);
            continue;
        }
        const docs = parseYamlFile(text, path);
        for (const doc of docs)
            imageEntries += editDocument(doc, path, request, catalog, overlays);
        const out = printYamlFile(docs);
        if (containsPlaceholder(out))
            throw leftover(path);
        files.set(path, out);
        for (const doc of docs) {
            const value = plainValue(doc, path);
            if ((0,json/* isObject */.Gv)(value))
                objects.push({ file: path, value });
        }
    }
    if (request.image && !imageEntries) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `no kustomization maps the image ${PLACEHOLDER} (images:), so --image has nowhere to go`, {
            file: overlays[0]?.dir ?? 'overlays',
            hint: `give each overlay an entry images: [{name: ${PLACEHOLDER}, newName: …, newTag: …}]`,
        });
    }
    checkNameLengths(objects, request.name);
    files.set('README.md', renderReadme(request.name, overlays, dirs));
    const components = dirs.filter((d) => d.startsWith('components/')).map((d) => d.slice(11));
    return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), overlays, components };
}
/** The kustomization folder a file belongs to: its own folder or the nearest one above. */
function ownerDir(catalog, path) {
    for (let dir = external_node_path_.posix.dirname(path); dir !== '.'; dir = external_node_path_.posix.dirname(dir))
        if (catalog.kustomizations.has(dir))
            return dir;
    return undefined;
}
/**
 * Applies the edits to one document; returns how many `images:` entries
 * --image set (every written kustomization that maps the service's image).
 */
function editDocument(doc, path, request, catalog, overlays) {
    renameService(doc, request.name);
    if (request.port !== undefined)
        setHttpPort(doc, request.port, path);
    const dir = external_node_path_.posix.dirname(path);
    if (path !== catalog.kustomizations.get(dir)?.file)
        return 0;
    const overlay = overlays.find((o) => o.dir === dir);
    if (overlay && request.components.length) {
        addComponents(doc, request.components.map((c) => external_node_path_.posix.relative(dir, catalog.components.get(c))));
    }
    return request.image && setImage(doc, request.name, request.image) ? 1 : 0;
}
function leftover(file) {
    return new errors/* MmfError */.H0('E_INPUT_INVALID', `still holds the placeholder name ${PLACEHOLDER} where mmf cannot rename it (a mapping key, a comment, a word inside another name, or a non-YAML file)`, {
        file,
        hint: `in templates, use ${PLACEHOLDER} only as a whole name in YAML values`,
    });
}
/** Kind-specific name limits beyond the DNS subdomain's 253. */
const NAME_LIMITS = {
    Service: MAX_LABEL_LENGTH,
    Job: MAX_LABEL_LENGTH,
    // The CronJob controller appends 11 characters to name each Job.
    CronJob: 52,
};
/** Names and label values built from the service name must still fit their limits. */
function checkNameLengths(objects, name) {
    let worst;
    const consider = (what, value, limit) => {
        if (typeof value !== 'string' || value.length <= limit || !value.includes(name))
            return;
        if (!worst || value.length - limit > worst.length - worst.limit)
            worst = { what, length: value.length, limit };
    };
    const labels = (what, map) => {
        if ((0,json/* isObject */.Gv)(map))
            for (const [k, v] of Object.entries(map))
                consider(`${what} ${k}`, v, MAX_LABEL_LENGTH);
    };
    const walk = (what, node) => {
        if (Array.isArray(node))
            node.forEach((n) => walk(what, n));
        else if ((0,json/* isObject */.Gv)(node))
            for (const [k, v] of Object.entries(node)) {
                if (k === 'labels' || k === 'matchLabels')
                    labels(`${what}: label`, v);
                else
                    walk(what, v);
            }
    };
    for (const { file, value } of objects) {
        const kind = typeof value.kind === 'string' ? value.kind : '';
        const meta = (0,json/* isObject */.Gv)(value.metadata) ? value.metadata : {};
        const what = `${kind} ${String(meta.name)} (${file})`;
        if (kind)
            consider(`${kind} name`, meta.name, NAME_LIMITS[kind] ?? 253);
        walk(what, value);
    }
    if (worst) {
        const max = name.length - (worst.length - worst.limit);
        throw new errors/* MmfError */.H0('E_NAME_INVALID', `--service-name "${name}" is too long: the ${worst.what} would be ${worst.length} characters (at most ${worst.limit})`, { hint: `use at most ${Math.max(max, 1)} characters for --service-name` });
    }
}
function renderReadme(name, overlays, dirs) {
    const lines = [
        `# ${name}: Kubernetes manifests`,
        '',
        'Written by `mmf scaffold service`. `base/` holds what every environment runs; each',
        'overlay adds its environment, and `components/` holds optional features an overlay',
        'lists under `components:` (add or remove them there).',
        '',
        '| Overlay | Components | Build |',
        '| --- | --- | --- |',
        ...overlays.map((o) => `| ${o.name} | ${o.components.length ? o.components.join(', ') : '-'} | \`kustomize build ${o.dir}\` |`),
        '',
        'Apply with `kubectl apply -k <overlay folder> -n <namespace>`.',
        ...(dirs.includes('components/postgres')
            ? [
                '',
                `The postgres component reads credentials from the Secret ${name}-database-credentials`,
                '(keys `username`, `password`), which these files never hold: create it from your',
                'secret store (External Secrets, Sealed Secrets, your cloud provider).',
            ]
            : []),
        '',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: ./actions/platform/fs/find-upward.ts
var find_upward = __webpack_require__(3687);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/platform/fs/read-text-tree.ts



/**
 * Reads the regular files under `roots` (folders of `dir`; a missing one is
 * empty) into a map keyed by POSIX path relative to `dir`, in sorted order.
 * Symbolic links and dot-files are skipped, so nothing outside `dir` is read.
 * A file or a tree over a limit is E_INPUT_TOO_LARGE naming the file, before
 * that file is read.
 */
async function readTextTree(dir, roots, limits) {
    const tree = new Map();
    let total = 0;
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, rel), { withFileTypes: true }).catch(() => []);
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (entry.name.startsWith('.'))
                continue;
            const child = rel ? `${rel}/${entry.name}` : entry.name;
            const info = await (0,promises_.lstat)((0,external_node_path_.join)(dir, child));
            if (info.isSymbolicLink())
                continue;
            if (info.isDirectory()) {
                await walk(child);
                continue;
            }
            if (!info.isFile())
                continue;
            if (info.size > limits.maxFileBytes ||
                total + info.size > limits.maxTreeBytes ||
                tree.size >= limits.maxFiles) {
                throw new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `${limits.what} are too large`, {
                    file: (0,external_node_path_.join)(dir, child),
                    ...(limits.hint ? { hint: limits.hint } : {}),
                });
            }
            total += info.size;
            tree.set(child, await (0,promises_.readFile)((0,external_node_path_.join)(dir, child), 'utf8'));
        }
    };
    for (const root of roots)
        await walk(root);
    return tree;
}

;// CONCATENATED MODULE: ./actions/scaffold/core/template-tree.ts
/** The folders a template tree holds; nothing else is read. */
const TEMPLATE_ROOTS = ['base', 'components', 'overlays'];

;// CONCATENATED MODULE: ./actions/scaffold/template-source.ts
/**
 * Where the scaffold templates come from: an explicit folder (--templates),
 * else the `scaffold/k8s` folder of this installation (found above the
 * running script, as the dev tools are). Reading is bounded and skips
 * symlinks and dot-files.
 */







const TEMPLATES_IN_REPO = (0,external_node_path_.join)('scaffold', 'k8s');
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_TREE_BYTES = 16 * 1024 * 1024;
const MAX_FILES = 2000;
/** The first `scaffold/k8s` (with a base/) in `from` or one of its ancestors. */
async function findTemplates(from) {
    return (0,find_upward/* findUpward */.F)(from, async (dir) => {
        const candidate = (0,external_node_path_.join)(dir, TEMPLATES_IN_REPO);
        return (await (0,file_info/* isDirectory */.wd)((0,external_node_path_.join)(candidate, 'base'))) ? candidate : undefined;
    });
}
/** The templates folder to use: `explicit` if given (it must hold base/), else this installation's. */
async function locateTemplates(explicit, searchFrom = (0,find_upward/* runningScriptDir */.e)()) {
    if (explicit) {
        if (!(await (0,file_info/* isDirectory */.wd)((0,external_node_path_.join)(explicit, 'base')))) {
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is not a scaffold templates folder (it has no base/ folder)', {
                file: explicit,
                hint: 'point --templates at a folder laid out like scaffold/k8s: base/, components/, overlays/',
            });
        }
        return explicit;
    }
    const found = searchFrom ? await findTemplates(searchFrom) : undefined;
    if (found)
        return found;
    throw new errors/* MmfError */.H0('E_USAGE', `the scaffold templates (${TEMPLATES_IN_REPO}) were not found next to mmf`, {
        hint: 'pass --templates <dir> pointing at a copy of scaffold/k8s from the mmf/actions repository',
    });
}
/** Reads base/, components/ and overlays/ under `dir` into a tree. */
async function readTemplates(dir) {
    return readTextTree(dir, TEMPLATE_ROOTS, {
        maxFileBytes: MAX_FILE_BYTES,
        maxTreeBytes: MAX_TREE_BYTES,
        maxFiles: MAX_FILES,
        what: 'the scaffold templates',
        hint: `templates hold at most ${MAX_FILES} files of ${MAX_FILE_BYTES} bytes each`,
    });
}

;// CONCATENATED MODULE: ./actions/scaffold/scaffold-service.ts
/**
 * `mmf scaffold service`: checks the request, plans the files from the
 * templates, writes them atomically (nothing is left behind on failure) and,
 * with `validate`, builds every overlay with the real kustomize first.
 */









async function scaffoldService(options) {
    const { log } = options;
    // It becomes a Service name: a DNS-1123 label that starts with a letter.
    (0,names/* assertDnsLabel */.SG)(options.name, '--service-name', 'service');
    const image = options.image !== undefined ? requirePinnedImage(options.image) : undefined;
    if (options.port !== undefined)
        checkPort(options.port);
    const templates = await locateTemplates(options.templates);
    const tree = await readTemplates(templates);
    const plan = planScaffold(tree, {
        name: options.name,
        ...(image ? { image } : {}),
        ...(options.port !== undefined ? { port: options.port } : {}),
        overlays: options.overlays ?? DEFAULT_OVERLAYS,
        components: options.components ?? [],
    });
    log.info(`Scaffolding ${options.name} from ${templates}: overlays ${plan.overlays.map((o) => o.name).join(', ')}` +
        (plan.components.length ? `; components ${plan.components.join(', ')}` : ''));
    const validation = await (0,staged_output/* withStagedOutput */.C3)(options.output, { force: options.force, keep: [templates] }, async (staged) => {
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
            validation = {
                kustomize: { version: kustomize.version, path: kustomize.path },
                overlays: await buildOverlays(kustomize, staged.dir, options.output, plan, log),
            };
        }
        return validation;
    });
    log.info(`Wrote ${plan.files.size} files to ${options.output}`);
    return {
        output: options.output,
        name: options.name,
        templates,
        plan,
        ...(validation ? { validation } : {}),
    };
}
async function buildOverlays(kustomize, root, output, plan, log) {
    const built = [];
    for (const overlay of plan.overlays) {
        const label = (0,external_node_path_.join)(output, overlay.dir);
        const { manifests, durationMs } = await (0,kustomize_build/* buildKustomization */.e)(kustomize, (0,external_node_path_.join)(root, overlay.dir), label);
        const resources = (0,yaml_codec/* parseYamlDocuments */.v)(manifests, label).length;
        log.info(`kustomize build ${label}: ${resources} resources in ${Math.round(durationMs)} ms`);
        built.push({ name: overlay.name, resources });
    }
    return built;
}

;// CONCATENATED MODULE: ./actions/scaffold/run-scaffold-command.ts





/** `a,b` given once or repeated -> [a, b]. */
function run_scaffold_command_names(values) {
    return values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
}
function parsePort(text) {
    if (!/^\d{1,5}$/.test(text.trim())) {
        throw new errors/* MmfError */.H0('E_USAGE', `--port "${text}" is not a number`, { hint: 'e.g. --port 8080' });
    }
    return Number(text.trim());
}
function summary(result) {
    return {
        name: result.name,
        output: result.output,
        templates: result.templates,
        overlays: result.plan.overlays,
        components: result.plan.components,
        files: [...result.plan.files.keys()],
        ...(result.validation ? { validation: result.validation } : {}),
    };
}
function formatSummary(result) {
    const built = new Map(result.validation?.overlays.map((o) => [o.name, o.resources]));
    const lines = [
        `Scaffolded ${result.name} in ${result.output} (${result.plan.files.size} files).`,
        ...result.plan.overlays.map((o) => {
            const parts = [`  ${o.dir}`];
            if (o.components.length)
                parts.push(`components: ${o.components.join(', ')}`);
            if (built.has(o.name))
                parts.push(`builds to ${built.get(o.name)} resources`);
            return parts.join('  ');
        }),
        result.validation
            ? `Validated with kustomize ${result.validation.kustomize.version}.`
            : `Check: kustomize build ${result.output}/${result.plan.overlays[0]?.dir ?? 'overlays/dev'} (or rerun with --validate).`,
    ];
    return lines.join('\n') + '\n';
}
/** What `mmf scaffold service` does once its flags are parsed (cli.ts loads this only when it runs). */
async function runScaffoldServiceCommand(flags, cmd, io, state) {
    const overlays = run_scaffold_command_names(flags.env);
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const result = await scaffoldService({
        name: flags.serviceName,
        output: flags.output,
        ...(flags.image !== undefined ? { image: flags.image } : {}),
        ...(flags.port !== undefined ? { port: parsePort(flags.port) } : {}),
        ...(overlays.length ? { overlays } : {}),
        components: run_scaffold_command_names(flags.components),
        force: Boolean(flags.force),
        ...(flags.templates ? { templates: flags.templates } : {}),
        validate: Boolean(flags.validate),
        tools: { kustomize: (0,tool_flags/* toolOptions */.Py)(flags, log).kustomize },
        log,
    });
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), { result: summary(result), exitCode: 0, text: () => formatSummary(result) }, flags);
}


/***/ })

};
