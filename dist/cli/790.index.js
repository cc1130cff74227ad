export const id = 790;
export const ids = [790,409];
export const modules = {

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


/***/ })

};
