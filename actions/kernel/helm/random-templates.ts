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
 *
 * The checksum idiom is also read per render: a file included with the root
 * context (`.` outside any `with`/`range`, or `$`, in a template file's own
 * body) renders there exactly as on its own. When that render holds no
 * `# Source:` document of the file, the include adds only whitespace, so in
 * that environment it makes nothing random (a Secret the values turn off).
 */

/** Calls of functions whose result changes between two renders of the same input (not `.Values.now`). */
export const RANDOM_FUNCTIONS =
  /(?<![\w.$])(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|now|ago|shuffle)\b/;

/** One template file, named as Helm names it. */
export interface TemplateSource {
  /** e.g. `umbrella/templates/deployment.yaml` or `umbrella/charts/backend/templates/_helpers.tpl`. */
  name: string;
  /** The chart's own prefix, e.g. `umbrella` or `umbrella/charts/backend`. */
  chart: string;
  text: string;
}

interface Unit {
  random: boolean;
  /** A template file that declares a Helm test hook (`helm.sh/hook: test`). */
  testHook: boolean;
  tpl: boolean;
  dynamic: boolean;
  refs: Set<string>;
  /** Template files it includes with the root context: they render there as they do on their own. */
  rootFileRefs: Set<string>;
  /** The file reads `.Template.Name`, which differs when it is included. */
  readsTemplateName: boolean;
}

/** What a scan of a chart's templates found, before values are known. */
export interface TemplateScan {
  units: ReadonlyMap<string, Unit>;
  /** Packaged (.tgz) subcharts, whose templates were not read. */
  unscanned: boolean;
  usesTpl: boolean;
}

const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const LITERAL_INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
const DYNAMIC_INCLUDE = /\b(?:include|template)\s+(?!")(\S)/;
const BASE_PATH_INCLUDE =
  /\b(?:include|template)\s+\(\s*print\s+\$?\.Template\.BasePath\s+"([^"]+)"\s*\)(?:\s+(\$|\.)(?=[\s|)]|$))?/g;
const OPENERS = new Set(['if', 'range', 'with']);
/** Blocks inside which `.` is no longer the root context. */
const DOT_CHANGERS = new Set(['range', 'with']);
/** Document headers of a render: `# Source: <chart>/templates/<file>`. */
const SOURCE_HEADER = /^# Source: (.+?)\s*$/gm;
const TEST_HOOK = /["']?helm\.sh\/hook["']?\s*:\s*["']?[\w,\s-]*\btest(?:-success)?\b/;
/** Files Helm renders into no document of the output: partials (`_helpers.tpl`) and NOTES.txt. */
const RENDERS_NOTHING = /(?:^|\/)(?:_[^/]*|NOTES\.txt)$/;

const fileUnit = (name: string) => `file:${name}`;
const defineUnit = (name: string) => `define:${name}`;

/** Reads the actions of every template: what each file and each named template calls and includes. */
export function scanTemplates(sources: readonly TemplateSource[], unscanned = false): TemplateScan {
  const units = new Map<string, Unit>();
  const unit = (key: string): Unit => {
    let found = units.get(key);
    if (!found) {
      found = {
        random: false,
        testHook: false,
        tpl: false,
        dynamic: false,
        refs: new Set(),
        rootFileRefs: new Set(),
        readsTemplateName: false,
      };
      units.set(key, found);
    }
    return found;
  };
  let usesTpl = false;
  for (const source of sources) {
    // The stack of open blocks; a define's entry names the unit its actions belong to.
    const stack: { unit?: string; movesDot: boolean }[] = [];
    const current = () =>
      [...stack].reverse().find((s) => s.unit !== undefined)?.unit ?? fileUnit(source.name);
    const file = unit(fileUnit(source.name));
    file.testHook = TEST_HOOK.test(source.text);
    file.readsTemplateName = /\.Template\.Name\b/.test(source.text);
    for (const match of source.text.matchAll(ACTION)) {
      const action = (match[1] ?? '').trim();
      if (action.startsWith('/*')) continue;
      const word = /^[a-z]+/.exec(action)?.[0] ?? '';
      if (word === 'end') {
        stack.pop();
        continue;
      }
      if (word === 'define' || word === 'block') {
        const name = /^(?:define|block)\s+"([^"]+)"/.exec(action)?.[1];
        const key = name === undefined ? undefined : defineUnit(name);
        if (key && word === 'block') unit(current()).refs.add(key);
        stack.push({ unit: key ?? current(), movesDot: true });
        if (key) unit(key);
        continue;
      }
      const target = unit(current());
      // In a file's own body, `$` is the root context, and so is `.` until a range or with moves it.
      const inFileBody = current() === fileUnit(source.name);
      const dotIsRoot = inFileBody && !stack.some((s) => s.movesDot);
      if (OPENERS.has(word)) stack.push({ movesDot: DOT_CHANGERS.has(word) });
      const top = stack[stack.length - 1];
      if (word === 'else' && /^else\s+with\b/.test(action) && top) top.movesDot = true;
      if (RANDOM_FUNCTIONS.test(action)) target.random = true;
      if (/\btpl\b/.test(action)) {
        target.tpl = true;
        usesTpl = true;
      }
      for (const m of action.matchAll(LITERAL_INCLUDE)) target.refs.add(defineUnit(m[1] as string));
      let rest = action;
      for (const m of action.matchAll(BASE_PATH_INCLUDE)) {
        const included = fileUnit(`${source.chart}/templates${(m[1] as string).replace(/^\/?/, '/')}`);
        const root = (m[2] === '$' && inFileBody) || (m[2] === '.' && dotIsRoot);
        (root ? target.rootFileRefs : target.refs).add(included);
        rest = rest.replace(m[0], '');
      }
      if (DYNAMIC_INCLUDE.test(rest)) target.dynamic = true;
    }
  }
  return { units, unscanned, usesTpl };
}

/** The templates that can render differently on each run, once it is known whether `tpl` can see random text. */
export class RandomTemplates {
  private readonly random: ReadonlySet<string>;
  private readonly files: ReadonlySet<string>;
  private readonly scan: TemplateScan;
  /** The units that are random on their own, before anything that includes them. */
  private readonly seeds: ReadonlySet<string>;
  /**
   * Random files that some template includes with the root context (and that
   * can render a document and read no `.Template.Name`): the only ones that
   * can leave an environment's render without making their includers random.
   */
  private readonly silenceable: readonly string[];
  /** Whether anything in the chart can be random (then an unknown source counts as random). */
  readonly any: boolean;
  /**
   * Whether a render is likely to hold a random document that is not a Helm
   * test: some random template that renders output declares no test hook. A
   * guess made before rendering, so the second render can start at once; what
   * the first render holds still decides whether the second one is used.
   */
  readonly likelyNeedsSecondRender: boolean;

  constructor(scan: TemplateScan, tplSeesRandomText: boolean) {
    this.scan = scan;
    this.files = new Set([...scan.units.keys()].filter((k) => k.startsWith('file:')));
    const direct = (u: Unit) => u.random || (u.tpl && tplSeesRandomText);
    this.any = [...scan.units.values()].some(direct) || scan.unscanned;
    const seeds = new Set<string>();
    for (const [key, u] of scan.units) if (direct(u) || (u.dynamic && this.any)) seeds.add(key);
    this.seeds = seeds;
    this.random = this.propagate(seeds, new Set());
    const rootIncluded = new Set([...scan.units.values()].flatMap((u) => [...u.rootFileRefs]));
    this.silenceable = [...rootIncluded].filter(
      (key) =>
        this.random.has(key) &&
        this.files.has(key) &&
        !RENDERS_NOTHING.test(key) &&
        !scan.units.get(key)?.readsTemplateName,
    );
    this.likelyNeedsSecondRender =
      scan.unscanned ||
      [...scan.units].some(
        ([key, u]) =>
          key.startsWith('file:') && this.random.has(key) && !u.testHook && !RENDERS_NOTHING.test(key),
      );
  }

  /** Whatever includes a random template is random: grows `seeds` until nothing changes. */
  private propagate(seeds: ReadonlySet<string>, silent: ReadonlySet<string>): Set<string> {
    const random = new Set(seeds);
    const pulls = (u: Unit) =>
      [...u.refs].some((r) => random.has(r)) ||
      [...u.rootFileRefs].some((r) => random.has(r) && !silent.has(r));
    for (let changed = true; changed;) {
      changed = false;
      for (const [key, u] of this.scan.units) {
        if (random.has(key) || !pulls(u)) continue;
        random.add(key);
        changed = true;
      }
    }
    return random;
  }

  /** Whether the template named in a document's `# Source:` comment can render differently on each run. */
  isRandom(source: string | undefined): boolean {
    return this.lookup(this.random, source);
  }

  /**
   * The same question for the documents of one render (`helm template`'s
   * output): a random file that rendered no document there, included with
   * the root context and reading no `.Template.Name`, adds nothing random to
   * the files that include it.
   */
  inRender(manifests: string): (source: string | undefined) => boolean {
    if (this.silenceable.length === 0) return (source) => this.isRandom(source);
    const present = new Set([...manifests.matchAll(SOURCE_HEADER)].map((m) => fileUnit(m[1] as string)));
    const silent = new Set(this.silenceable.filter((key) => !present.has(key)));
    if (silent.size === 0) return (source) => this.isRandom(source);
    const random = this.propagate(this.seeds, silent);
    return (source) => this.lookup(random, source);
  }

  private lookup(random: ReadonlySet<string>, source: string | undefined): boolean {
    if (source === undefined || !this.files.has(fileUnit(source))) return this.any;
    return random.has(fileUnit(source));
  }
}

/** Whether text that `tpl` may evaluate (a values file, a file of the chart) calls a random function. */
export function textCallsRandom(text: string): boolean {
  for (const match of text.matchAll(ACTION)) if (RANDOM_FUNCTIONS.test(match[1] ?? '')) return true;
  return false;
}
