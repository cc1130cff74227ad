export const id = 692;
export const ids = [692];
export const modules = {

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a5: () => (/* binding */ redactReport)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH */
const REDACTED = '***';
/** Secrets shorter than this are not searched for: they would shred ordinary words. */
const MIN_SECRET_LENGTH = 4;
function base64(text) {
    let binary = '';
    for (const byte of new TextEncoder().encode(text))
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
function redactor(secrets) {
    const needles = [
        ...new Set(secrets
            .filter((s) => s.length >= MIN_SECRET_LENGTH)
            .flatMap((s) => [s, base64(s), base64(s).replace(/=+$/, ''), encodeURIComponent(s)])),
    ]
        .filter((n) => n.length >= MIN_SECRET_LENGTH)
        // Longest first, so a secret that contains another is replaced whole.
        .sort((a, b) => b.length - a.length);
    return (text) => needles.reduce((out, n) => (out.includes(n) ? out.split(n).join(REDACTED) : out), text);
}
function walk(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => walk(v, redact));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), walk(v, redact)]));
    return value;
}
/**
 * A copy of the report in which every string (headline, blocks, annotations,
 * outputs, notes and the machine-readable result) has each secret, and its
 * base64 and URL encodings, replaced by `***`. Runs before any renderer.
 */
function redactReport(report, secrets) {
    if (!secrets.some((s) => s.length >= MIN_SECRET_LENGTH))
        return report;
    return walk(report, redactor(secrets));
}


/***/ }),

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Writes `text` to `path` under a temporary name beside it, then renames it:
 * a reader (a CI system collecting artifacts, a later step) never sees half a file.
 */
async function writeFileAtomic(path, text) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.mmf-${process.pid}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(staging, text);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(staging, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { force: true });
        throw err;
    }
}
/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
async function writeReportFiles(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await writeFileAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), text);
}


/***/ })

};
