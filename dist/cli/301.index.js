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

/***/ 9441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ KUBERNETES_YAML_OPTIONS),
  ap: () => (/* binding */ MAX_YAML_ALIASES),
  jl: () => (/* binding */ MAX_YAML_BYTES),
  v: () => (/* binding */ parseYamlDocuments),
  fE: () => (/* binding */ toYaml),
  pJ: () => (/* binding */ toYamlStream),
  FJ: () => (/* binding */ yamlLineCount)
});

// UNUSED EXPORTS: libraryYaml

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

/***/ 6366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cM: () => (/* binding */ runBuild),
/* harmony export */   eQ: () => (/* binding */ buildKustomization)
/* harmony export */ });
/* unused harmony export FORBIDDEN_BUILD_FLAGS */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3683);
/* harmony import */ var _tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6659);
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
        const { manifests, durationMs } = await (0,kustomize_build/* buildKustomization */.eQ)(kustomize, (0,external_node_path_.join)(root, overlay.dir), label);
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
