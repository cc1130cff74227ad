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
            const built = await (0,kustomize_build/* buildKustomization */.eQ)(kustomize, staged.dir, dir);
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


/***/ })

};
