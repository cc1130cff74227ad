export const id = 905;
export const ids = [905];
export const modules = {

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
