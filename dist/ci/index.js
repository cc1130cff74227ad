import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(6950);
const ed2 = __nccwpck_require__(4488);
const NSed3 = __nccwpck_require__(5699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 5699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 1496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseCommandLines)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5067);

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * `commands:` lines (the action input, one per line) and `--command` values:
 * `name: command`, e.g. `lint: uv run ruff check`. Blank lines and lines
 * starting with # are skipped; names are unique.
 */
function parseCommandLines(lines, shell, label = 'commands') {
    const commands = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const command = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (!NAME.test(name) || !command)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${label}: "${line}" is not "name: command"`, {
                hint: 'e.g. "lint: uv run ruff check" (names: letters, digits, . _ -)',
            });
        if (commands.some((c) => c.name === name))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${label}: the name "${name}" is used twice`, {
                hint: 'each command needs its own name: it names the log and the gate',
            });
        commands.push({ name, command, shell });
    }
    return commands;
}


/***/ }),

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseGateNumber),
/* harmony export */   u: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5067);

const pct = (n) => `${n.toFixed(2)}%`;
/** A gate value from a flag or input: a number in range, else E_USAGE naming the setting. */
function parseGateNumber(setting, value, kind) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value.trim().replace(/%$/, ''));
    const ok = kind === 'percent' ? Number.isFinite(n) && n >= 0 && n <= 100 : Number.isInteger(n) && n >= 0;
    if (!ok)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${setting} must be ${kind === 'percent' ? 'a percentage from 0 to 100' : 'a whole number, 0 or more'}, not "${value}"`);
    return n;
}
/**
 * Evaluates the gates that are set, in a fixed order, plus one gate per named
 * command (a command that exits non-zero fails the run). Coverage gates with
 * nothing measured: overall coverage fails (no data is not 100 %), changed
 * lines pass (a change with no instrumented lines, such as docs, has nothing
 * to cover).
 */
function evaluateGates(settings, inputs) {
    const gates = [];
    for (const command of inputs.commands) {
        const ok = command.exitCode === 0;
        gates.push({
            name: `command:${command.name}`,
            ok,
            actual: command.exitCode,
            threshold: 0,
            summary: ok
                ? `${command.name} exited 0`
                : command.timedOut
                    ? `${command.name} was stopped: it ran longer than its time limit`
                    : `${command.name} exited ${command.exitCode}`,
        });
    }
    if (settings.minCoverage !== undefined) {
        const actual = inputs.coverage?.percent ?? null;
        const ok = actual !== null && actual >= settings.minCoverage;
        gates.push({
            name: 'min-coverage',
            ok,
            actual,
            threshold: settings.minCoverage,
            summary: actual === null
                ? 'no instrumented lines were measured'
                : `line coverage ${pct(actual)} ${ok ? '≥' : '<'} ${pct(settings.minCoverage)}`,
        });
    }
    if (settings.minChangedLinesCoverage !== undefined) {
        const actual = inputs.changedLines?.percent ?? null;
        const ok = actual === null || actual >= settings.minChangedLinesCoverage;
        gates.push({
            name: 'min-changed-lines-coverage',
            ok,
            actual,
            threshold: settings.minChangedLinesCoverage,
            summary: actual === null
                ? 'no instrumented line was added or changed'
                : `changed-lines coverage ${pct(actual)} ${ok ? '≥' : '<'} ${pct(settings.minChangedLinesCoverage)}`,
        });
    }
    if (settings.maxFailures !== undefined) {
        const actual = inputs.tests?.failed ?? 0;
        const ok = actual <= settings.maxFailures;
        gates.push({
            name: 'max-failures',
            ok,
            actual,
            threshold: settings.maxFailures,
            summary: `${actual} failed test${actual === 1 ? '' : 's'} ${ok ? '≤' : '>'} ${settings.maxFailures} allowed`,
        });
    }
    if (settings.failOnFlaky) {
        const actual = inputs.tests?.flaky ?? 0;
        gates.push({
            name: 'fail-on-flaky',
            ok: actual === 0,
            actual,
            threshold: 0,
            summary: actual === 0 ? 'no flaky test' : `${actual} test${actual === 1 ? '' : 's'} passed only on a rerun`,
        });
    }
    return gates;
}


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q$: () => (/* binding */ runCiAction)
});

// UNUSED EXPORTS: loadCiInputs, registerCiCli, runCi, runCiReport

// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(8909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": esm_InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": esm_Option,
  /* Help */ "_V": esm_Help,
} = commander;

;// CONCATENATED MODULE: ./actions/runtime/cli/format-flags.ts

const ENVELOPE = 'stdout holds only {command, ok, exitCode, result, error}; logs go to stderr';
/**
 * Adds the format flags; any two of them together are a usage error (exit 1),
 * so a script never gets a format it did not ask for.
 */
function format_flags_addFormatFlags(command, choices) {
    const names = ['json', ...(choices.markdown ? ['markdown'] : []), ...(choices.unified ? ['unified'] : [])];
    const others = (name) => names.filter((n) => n !== name);
    command.addOption(new Option('--json', `${choices.json} (${ENVELOPE})`).conflicts(others('json')));
    if (choices.markdown)
        command.addOption(new Option('--markdown', choices.markdown).conflicts(others('markdown')));
    if (choices.unified)
        command.addOption(new Option('--unified', choices.unified).conflicts(others('unified')));
    return command;
}

;// CONCATENATED MODULE: ./actions/runtime/cli/help.ts

/** What every `mmf` command can exit with; a command that registers none (a group, `mmf`) lists these. */
const GENERAL_EXIT_CODES = {
    0: 'success',
    1: 'usage or input error (also when no command is given)',
    2: 'an external tool (helm, kustomize, git) failed or was not found',
    3: 'a check failed: parity mismatch, a difference with --fail-on-diff, a ci gate',
};
const exitCodes = new WeakMap();
const examples = new WeakMap();
const requiredOptions = new WeakSet();
/** Sets the exit codes a command's help lists. */
function help_setExitCodes(command, codes) {
    exitCodes.set(command, codes);
    return command;
}
function exitCodesOf(command) {
    return exitCodes.get(command);
}
/** Adds a command line shown under "Example:" in the help (and as the hint of a missing required option). */
function help_addExample(command, line) {
    examples.set(command, [...(examples.get(command) ?? []), line]);
    return command;
}
function examplesOf(command) {
    return examples.get(command) ?? [];
}
/** Marks an option required: its help says "(required)" and the action does not run without it. */
function help_markRequired(option) {
    requiredOptions.add(option);
    return option;
}
function isRequired(option) {
    return requiredOptions.has(option);
}
/** The command's path below `from` (default: below the root), e.g. `migrate helm-to-kustomize`. */
function commandPath(command, from) {
    const names = [];
    for (let c = command; c && c !== from && c.parent; c = c.parent)
        names.unshift(c.name());
    return names.join(' ');
}
function leaves(command) {
    const visible = command.commands.filter((c) => !c._hidden);
    return visible.flatMap((c) => (c.commands.length ? leaves(c) : [c]));
}
/**
 * Help for every `mmf` command: descriptions wrapped at word boundaries at
 * the terminal width, "(required)" after required options, the root listing
 * every runnable command with its one-line summary, and each command's exit
 * codes and examples at the end.
 */
function helpConfiguration() {
    const base = new Help();
    let listingFrom;
    return {
        minWidthToWrap: 20,
        visibleCommands(cmd) {
            const visible = base.visibleCommands.call(this, cmd);
            if (cmd.parent)
                return visible;
            // `mmf --help` lists runnable commands (`migrate helm-to-kustomize`), not only the groups.
            const help = visible.filter((c) => !cmd.commands.includes(c));
            return [...leaves(cmd), ...help];
        },
        subcommandTerm(sub) {
            const term = base.subcommandTerm.call(this, sub);
            if (!listingFrom || sub.parent === listingFrom || !sub.parent)
                return term;
            return `${commandPath(sub.parent, listingFrom)} ${term}`;
        },
        formatItem(term, termWidth, description, helper) {
            const width = helper.helpWidth ?? 80;
            // Too narrow for two columns: the description goes under the term, wrapped at the full width.
            if (!description || width - termWidth - 4 >= NARROW)
                return base.formatItem.call(this, term, termWidth, description, helper);
            const wrapped = helper.boxWrap(description, width - 6).replace(/\n/g, '\n      ');
            return `  ${term}\n      ${wrapped}`;
        },
        optionDescription(option) {
            // A repeatable option's empty list is no default worth showing.
            const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
            const shown = empty
                ? Object.assign(Object.create(option), { defaultValue: undefined })
                : option;
            const text = base.optionDescription.call(this, shown);
            return isRequired(option) ? `${text} (required)` : text;
        },
        formatHelp(cmd, helper) {
            listingFrom = cmd;
            try {
                const text = base.formatHelp.call(helper, cmd, helper);
                const codes = exitCodesOf(cmd) ?? GENERAL_EXIT_CODES;
                const lines = [text.replace(/\n+$/, ''), '', 'Exit codes:'];
                for (const [code, meaning] of Object.entries(codes))
                    lines.push(helper.formatItem(code, 1, meaning, helper));
                const shown = examplesOf(cmd);
                if (shown.length)
                    lines.push('', shown.length > 1 ? 'Examples:' : 'Example:');
                for (const example of shown)
                    lines.push(wrapCommand(example, helper.helpWidth ?? 80));
                if (!cmd.parent)
                    lines.push('', helper.boxWrap(ROOT_FOOTER, helper.helpWidth ?? 80));
                return lines.join('\n') + '\n';
            }
            finally {
                listingFrom = undefined;
            }
        },
    };
}
/** A command line for the help, indented and broken with `\` (so it still pastes into a shell) before options. */
function wrapCommand(line, width) {
    // An option and its value stay on one line where they fit on one.
    const groups = [];
    for (const word of line.split(' '))
        if (word.startsWith('--') || !groups.length)
            groups.push(word);
        else
            groups[groups.length - 1] += ` ${word}`;
    const lines = [];
    let current = '';
    const indent = () => (lines.length ? '      ' : '  ');
    const add = (piece) => {
        if (current && indent().length + current.length + 1 + piece.length + 2 > width) {
            lines.push(`${indent()}${current} \\`);
            current = piece;
        }
        else
            current = current ? `${current} ${piece}` : piece;
    };
    // A group too long for a line of its own is broken between its words too.
    for (const group of groups)
        if (6 + group.length + 2 > width)
            group.split(' ').forEach(add);
        else
            add(group);
    lines.push(`${indent()}${current}`);
    return lines.join('\n');
}
/** Below this many columns for descriptions, each description goes under its term instead. */
const NARROW = 30;
const ROOT_FOOTER = (/* unused pure expression or super */ null && ("Run `mmf <command> --help` for a command's options. With --json, every command prints one JSON " +
    'document on stdout: {command, ok, exitCode, result, error}.'));

;// CONCATENATED MODULE: ./actions/kernel/report/render-text.ts
const CONCLUSION_MARK = { success: 'ok', failure: 'FAILED', neutral: 'note', skipped: 'skipped' };
function metric(m) {
    return `${m.label}: ${m.value}${m.unit ?? ''}`;
}
const cellText = (c) => (typeof c === 'object' ? c.code : String(c));
function table(columns, rows) {
    const cells = [columns, ...rows.map((r) => r.map(cellText))];
    const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
    return cells.map((r) => r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd());
}
function blockLines(block) {
    switch (block.kind) {
        case 'paragraph':
            return [block.text];
        case 'list':
            return block.items.map((i) => `- ${i}`);
        case 'table':
            return table(block.columns, block.rows);
        case 'code':
            return block.text.replace(/\n$/, '').split('\n');
        case 'details':
            return [`${block.summary}:`, ...block.blocks.flatMap(blockLines).map((l) => `  ${l}`)];
    }
}
/** The report for a terminal: headline, numbers, then each section indented. */
function render_text_renderReportText(report) {
    const lines = [`${report.title}: ${CONCLUSION_MARK[report.conclusion]}`, report.headline];
    if (report.summary.length)
        lines.push(report.summary.map(metric).join(', '));
    for (const section of report.sections) {
        const mark = section.conclusion ? ` [${CONCLUSION_MARK[section.conclusion]}]` : '';
        const body = section.blocks.flatMap(blockLines);
        if (section.title)
            lines.push('', `${section.title}${mark}`, ...body.map((l) => `  ${l}`));
        else
            lines.push('', ...body);
    }
    for (const note of report.notes)
        lines.push('', `note: ${note}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/runtime/cli/report-output.ts

function envelopeError(error) {
    return {
        code: error.code,
        message: error.file ? `${error.file}: ${error.message}` : error.message,
        hint: error.hint ?? null,
    };
}
/** A command's result; `failure` is the check that failed (e.g. E_PARITY, exit 3), if any. */
function resultEnvelope(command, exitCode, result, failure) {
    return {
        command,
        ok: exitCode === 0,
        exitCode,
        result,
        error: failure ? envelopeError(failure) : null,
    };
}
function errorEnvelope(command, error) {
    return { command, ok: false, exitCode: error.exitCode, result: null, error: envelopeError(error) };
}
/** A failure that is not an MmfError (a bug): exit 1, code E_UNEXPECTED. */
function unexpectedEnvelope(command, message) {
    return {
        command,
        ok: false,
        exitCode: 1,
        result: null,
        error: {
            code: 'E_UNEXPECTED',
            message: `unexpected failure: ${message}`,
            hint: 'run again with --debug for a stack trace, and report it',
        },
    };
}
function printEnvelope(io, envelope) {
    io.stdout(JSON.stringify(envelope, null, 2) + '\n');
}
/**
 * Prints a command's output in the chosen format (the `--json` envelope, Markdown, or text),
 * the failed check's paragraph on stderr, and sets the exit code.
 */
function printOutput(io, state, command, output, format) {
    if (format.json)
        printEnvelope(io, resultEnvelope(command, output.exitCode, output.result, output.failure));
    else if (format.markdown && output.markdown)
        io.stdout(output.markdown());
    else
        io.stdout(output.text());
    if (output.failure)
        io.stderr(output.failure.format() + '\n');
    state.exitCode = output.exitCode;
}
/**
 * Prints a capability's report: the `--json` envelope with the report's
 * `result`, or the text rendering. Sets the command's exit code.
 */
function report_output_printReport(io, state, command, report, exitCode, format, failure) {
    printOutput(io, state, command, {
        result: report.result,
        exitCode,
        text: () => renderReportText(report),
        ...(failure ? { failure } : {}),
    }, format);
}

// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __nccwpck_require__(7615);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./actions/platform/fs/find-upward.ts


/** The folder of the running script (links resolved): where a bundled mmf looks for what ships beside it. */
function find_upward_runningScriptDir() {
    const script = process.argv[1];
    if (!script)
        return undefined;
    try {
        return dirname(realpathSync(script));
    }
    catch {
        return dirname(resolve(script));
    }
}
/** The first answer `probe` gives for `from` or one of its ancestors, nearest first. */
async function find_upward_findUpward(from, probe) {
    let dir = resolve(from);
    for (;;) {
        const found = await probe(dir);
        if (found !== undefined)
            return found;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __nccwpck_require__(5067);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts + 1 modules
var run_command = __nccwpck_require__(4136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./actions/platform/tools/tool-registry.ts
/**
 * The tools mmf downloads, as data: per tool, where its releases live (one
 * mirror base URL per tool), the archive's path template, the binary's path in
 * the archive, how to ask the binary for its version, and per pinned release
 * the SHA-256 of the archive for each platform. The installer downloads
 * nothing whose digest is not listed here; a platform without a digest is
 * left out (installing there fails with a clear message) rather than guessed.
 *
 * Templates: `{version}` (with its leading `v`), `{os}` (linux, darwin,
 * windows), `{arch}` (amd64, arm64), `{ext}` (the archive type of that
 * platform) and `{exe}` (`.exe` on Windows, else empty).
 *
 * Where each digest comes from (the publishers' own `.sha256sum` /
 * `checksums.txt` values; every one was found in at least two independent
 * public sources and they agreed):
 * - helm v3.22.0 and v4.3.0: the helm/helm release notes of each tag (they list
 *   the get.helm.sh digest of every archive), cross-checked against pinned
 *   values in public Dockerfiles, install scripts and Bazel rules.
 * - kustomize v5.8.1: pinned values in several public install scripts and
 *   Bazel/Chocolatey packages, all copied from the release's checksums.txt.
 *   v5.8.2 is newer, but only its two linux digests could be found, so the
 *   registry keeps v5.8.1, for which all five platforms are known.
 *
 * To add a release: take the digests from the release's own checksum files
 * (and a second source), never from a local download.
 */
const tool_registry_PLATFORMS = [
    'linux-amd64',
    'linux-arm64',
    'darwin-amd64',
    'darwin-arm64',
    'windows-amd64',
];
const tool_registry_TOOL_REGISTRY = {
    helm: {
        name: 'helm',
        baseUrl: 'https://get.helm.sh',
        mirrorEnv: 'MMF_HELM_MIRROR',
        urlTemplate: 'helm-{version}-{os}-{arch}.{ext}',
        binaryPath: '{os}-{arch}/helm{exe}',
        archive: { default: 'tar.gz', windows: 'zip' },
        // `--template {{.Version}}` prints just `v3.22.0` / `v4.3.0`; `--short` adds `+g<commit>`.
        versionProbe: { args: ['version', '--template', '{{.Version}}'], fallbackArgs: ['version', '--short'] },
        releases: [
            {
                version: 'v4.3.0',
                sha256: {
                    'linux-amd64': '86584a54def73570558f66f5111cc53dfed56689637ae32c1201205d494f54fb',
                    'linux-arm64': '31c5794dd55c66a51e6b7d2e2ac7a114ae8b1de41ff1d9ba51748ac973b06a08',
                    'darwin-amd64': '347a784877e0e20eac865e8d1c36a80f6bb0861d6f29abd34defb6570ef95d92',
                    'darwin-arm64': 'd3870437e1e95b67f8edbde964156c84a26503f560821d40c542441658934fba',
                    'windows-amd64': '304ea163cce4d9ad14e189c01846c6a34de9cfdfe48536ae54b2e8ba7884e67c',
                },
            },
            {
                version: 'v3.22.0',
                sha256: {
                    'linux-amd64': '1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb',
                    'linux-arm64': 'f14e804dfee240f55525b667488fe9adca349e63e00c9af634c0beb1421ac310',
                    'darwin-amd64': 'bd1d09f316558dda23698527859600936fed1371021ce0f2272d66b2fdcfa69c',
                    'darwin-arm64': '4c9982a6cdeb458b60258df66b55398ca5b19293f6877faffe2909ad6f23dfe0',
                    'windows-amd64': '899615865726d39f9b245e71e848c5bf4adc7ed33a8c43ede660facb48151b43',
                },
            },
        ],
    },
    kustomize: {
        name: 'kustomize',
        baseUrl: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
        mirrorEnv: 'MMF_KUSTOMIZE_MIRROR',
        // The release tag is `kustomize/v5.8.1`: its slash is encoded in the URL.
        urlTemplate: 'kustomize%2F{version}/kustomize_{version}_{os}_{arch}.{ext}',
        binaryPath: 'kustomize{exe}',
        archive: { default: 'tar.gz', windows: 'zip' },
        // `v5.8.1` (v5), or `{Version:kustomize/v4.5.7 GitCommit:...}` (v4).
        versionProbe: { args: ['version'] },
        releases: [
            {
                version: 'v5.8.1',
                sha256: {
                    'linux-amd64': '029a7f0f4e1932c52a0476cf02a0fd855c0bb85694b82c338fc648dcb53a819d',
                    'linux-arm64': '0953ea3e476f66d6ddfcd911d750f5167b9365aa9491b2326398e289fef2c142',
                    'darwin-amd64': 'ee7cf0c1e3592aa7bb66ba82b359933a95e7f2e0b36e5f53ed0a4535b017f2f8',
                    'darwin-arm64': '8886f8a78474e608cc81234f729fda188a9767da23e28925802f00ece2bab288',
                    'windows-amd64': '8ec7f5e815e526d4622c06df0a7793d8cfb6eb1c74f816b46166097fef8b26c6',
                },
            },
        ],
    },
};
/**
 * Environment variable that replaces the download base URL of every tool
 * that has no mirror variable of its own set (kept for existing setups).
 */
const tool_registry_SHARED_MIRROR_ENV = 'MMF_TOOL_DOWNLOAD_BASE_URL';

;// CONCATENATED MODULE: ./actions/platform/tools/tool-versions.ts
/**
 * The pinned versions and release archives, read from the tool registry
 * (tool-registry.ts), which holds the data and where it comes from.
 */


function newest(tool, major) {
    const release = tool_registry_TOOL_REGISTRY[tool].releases.find((r) => r.version.startsWith(`v${major}.`));
    if (!release)
        throw new Error(`the tool registry pins no ${tool} ${major}.x`);
    return release.version;
}
const HELM3_VERSION = newest('helm', '3');
const HELM4_VERSION = newest('helm', '4');
/** The helm used when no version is asked for (Helm 4 first, as in `.tools/`). */
const tool_versions_DEFAULT_HELM_VERSION = (/* unused pure expression or super */ null && (HELM4_VERSION));
const tool_versions_KUSTOMIZE_VERSION = newest('kustomize', '5');
/** The pinned helm per major version. */
const tool_versions_HELM_VERSION_BY_MAJOR = {
    '3': HELM3_VERSION,
    '4': HELM4_VERSION,
};
/** Every pinned version of a tool. */
function pinnedVersions(tool) {
    return TOOL_REGISTRY[tool].releases.map((r) => r.version);
}
/** SHA-256 (hex) of each pinned archive, keyed by the archive's file name. */
const PINNED_SHA256 = Object.fromEntries(Object.keys(tool_registry_TOOL_REGISTRY).flatMap((tool) => tool_registry_TOOL_REGISTRY[tool].releases.flatMap((release) => tool_registry_PLATFORMS.filter((p) => release.sha256[p]).map((p) => [
    tool_versions_toolArtifact(tool, release.version, p).fileName,
    release.sha256[p],
]))));
const DEFAULT_BASE_URL = {
    helm: tool_registry_TOOL_REGISTRY.helm.baseUrl,
    kustomize: tool_registry_TOOL_REGISTRY.kustomize.baseUrl,
};
/** `3.18.0` and `v3.18.0` both become `v3.18.0`. */
function tool_versions_normalizeVersion(version) {
    const trimmed = version.trim();
    return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => vars[key] ?? whole);
}
function tool_versions_toolArtifact(tool, version, platform) {
    const spec = tool_registry_TOOL_REGISTRY[tool];
    const v = tool_versions_normalizeVersion(version);
    const [os, arch] = platform.split('-');
    const archive = spec.archive[os] ?? spec.archive.default;
    const vars = { version: v, os, arch, ext: archive, exe: os === 'windows' ? '.exe' : '' };
    const urlPath = fill(spec.urlTemplate, vars);
    const sha256 = spec.releases.find((r) => r.version === v)?.sha256[platform];
    return {
        tool,
        version: v,
        platform,
        fileName: decodeURIComponent(urlPath.slice(urlPath.lastIndexOf('/') + 1)),
        urlPath,
        binaryPath: fill(spec.binaryPath, vars),
        archive,
        ...(sha256 ? { sha256 } : {}),
    };
}
/**
 * The download base URL of a tool: its own mirror variable, then the shared
 * MMF_TOOL_DOWNLOAD_BASE_URL, then the publisher's.
 */
function tool_versions_downloadBaseUrl(tool, env) {
    const spec = TOOL_REGISTRY[tool];
    return (env[spec.mirrorEnv] || env[SHARED_MIRROR_ENV] || spec.baseUrl).replace(/\/+$/, '');
}
/** The release platform of this machine, or undefined where none is published/pinned. */
function tool_versions_currentPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'linux' || platform === 'darwin' ? platform : platform === 'win32' ? 'windows' : undefined;
    const cpu = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
    const candidate = os && cpu ? `${os}-${cpu}` : undefined;
    return PLATFORMS.find((p) => p === candidate);
}

;// CONCATENATED MODULE: ./actions/platform/tools/install-tool.ts
/**
 * Installs a pinned helm or kustomize with @actions/tool-cache, in the
 * Azure/setup-helm shape plus verification: find in the tool cache ->
 * download -> verify SHA-256 -> extract -> cache -> binary path.
 *
 * Nothing is cached unless its archive matched the pinned digest, so a tool
 * cache hit is trusted. Tools are cached as `mmf-helm` / `mmf-kustomize`, so
 * a cache entry of another action (setup-helm caches `helm` with a different
 * layout) is never mistaken for ours or overwritten.
 */










/** The default log of tool resolution and install: one line each on stdout. */
const install_tool_logToStdout = (line) => void process.stdout.write(`${line}\n`);
/** Environment variable that replaces the download base URL of every tool (a mirror, or a local test server). */
const DOWNLOAD_BASE_URL_ENV = (/* unused pure expression or super */ null && (SHARED_MIRROR_ENV));
/** tool-cache keys by Node's arch names. */
function cacheArch(platform) {
    return platform.endsWith('arm64') ? 'arm64' : 'x64';
}
function cacheName(tool) {
    return `mmf-${tool}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
async function sha256File(file) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env. Off a
 * runner (CLI with downloads allowed) they are set once to a per-user cache
 * and a temp folder, so later runs find what earlier runs installed.
 */
async function ensureToolCacheEnv(log) {
    if (!process.env['RUNNER_TOOL_CACHE']) {
        const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
        process.env['RUNNER_TOOL_CACHE'] = join(base, 'mmf', 'tool-cache');
        log(`tool cache: ${process.env['RUNNER_TOOL_CACHE']} (RUNNER_TOOL_CACHE was not set)`);
    }
    if (!process.env['RUNNER_TEMP']) {
        process.env['RUNNER_TEMP'] = join(tmpdir(), 'mmf-tool-temp');
    }
    await mkdir(process.env['RUNNER_TOOL_CACHE'], { recursive: true });
    await mkdir(process.env['RUNNER_TEMP'], { recursive: true });
}
/**
 * @actions/tool-cache (and the HTTP client it brings) is loaded only when a
 * tool is installed: most runs never download, and loading it costs start-up time.
 */
function loadToolCache() {
    return Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9805));
}
function describeDownloadError(tc, err) {
    if (err instanceof tc.HTTPError)
        return `HTTP ${err.httpStatusCode ?? 'error'}`;
    return err instanceof Error ? err.message : String(err);
}
/**
 * Unpacks a verified archive into a fresh folder under RUNNER_TEMP: tar with
 * the minimal child environment for .tar.gz; zip (the Windows releases) with
 * tool-cache's extractor.
 */
async function extract(archive, artifact) {
    if (artifact.archive === 'zip')
        return (await loadToolCache()).extractZip(archive);
    const dest = await mkdtemp(join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'mmf-extract-'));
    const result = await runCommand('tar', ['-xzf', archive, '-C', dest]);
    if (result.exitCode !== 0) {
        await rm(dest, { recursive: true, force: true });
        throw new MmfError('E_TOOL_DOWNLOAD', `cannot unpack ${artifact.fileName}: ${result.stderr.trim().split('\n')[0] ?? ''}`, { hint: 'the archive is not a gzip tar; check the download base URL' });
    }
    return dest;
}
async function install_tool_installTool(options) {
    const log = options.log ?? install_tool_logToStdout;
    const env = options.env ?? process.env;
    const started = performance.now();
    const platform = options.platform ?? currentPlatform();
    if (!platform) {
        throw new MmfError('E_TOOL_NOT_FOUND', `no pinned ${options.tool} release for this platform (${process.platform}-${process.arch})`, { hint: `install ${options.tool} yourself and pass its path, or put it on the PATH` });
    }
    const artifact = toolArtifact(options.tool, options.version, platform);
    const { tool, version } = artifact;
    const arch = cacheArch(platform);
    const binaryName = basename(artifact.binaryPath);
    await ensureToolCacheEnv(log);
    const tc = await loadToolCache();
    // 1. Tool cache.
    const cached = tc.find(cacheName(tool), version, arch);
    if (cached) {
        const binary = join(cached, binaryName);
        if (await isExecutableFile(binary)) {
            log(`${tool} ${version} (${platform}): tool cache hit at ${binary} (${seconds(performance.now() - started)})`);
            return { tool, version, path: binary, cacheHit: true };
        }
        log(`${tool} ${version} (${platform}): tool cache entry ${cached} has no ${binaryName}; reinstalling`);
    }
    // 2. Download (only what has a pinned digest).
    const expected = (options.checksums ? options.checksums[artifact.fileName] : artifact.sha256)?.toLowerCase();
    if (!expected) {
        const pinned = TOOL_REGISTRY[tool].releases
            .filter((r) => r.sha256[platform])
            .map((r) => r.version)
            .join(', ');
        throw new MmfError('E_TOOL_NOT_FOUND', `no pinned SHA-256 for ${artifact.fileName}, so ${tool} ${version} is not downloaded for ${platform}`, {
            hint: `install ${tool} yourself and pass its path, put it on the PATH, or use a pinned version (${pinned || `none pinned for ${platform}`})`,
        });
    }
    const baseUrl = (options.baseUrl ?? downloadBaseUrl(tool, env)).replace(/\/+$/, '');
    const url = `${baseUrl}/${artifact.urlPath}`;
    log(`${tool} ${version} (${platform}): not in the tool cache; downloading ${url}`);
    let archive;
    try {
        archive = await tc.downloadTool(url);
    }
    catch (err) {
        throw new MmfError('E_TOOL_DOWNLOAD', `could not download ${tool} ${version} from ${url}: ${describeDownloadError(tc, err)}`, {
            hint: `check the network or set ${TOOL_REGISTRY[tool].mirrorEnv} (or ${DOWNLOAD_BASE_URL_ENV}) to a mirror; or provide ${tool} yourself`,
            cause: err,
        });
    }
    let extracted;
    try {
        // 3. Verify before anything is unpacked or cached.
        const actual = await sha256File(archive);
        if (actual !== expected) {
            throw new MmfError('E_TOOL_CHECKSUM', `SHA-256 mismatch for ${url}: expected ${expected}, got ${actual}; the download was deleted`, {
                hint: 'the file was altered or truncated in transit, or the mirror serves another build; retry or check the mirror',
            });
        }
        log(`${tool} ${version}: SHA-256 verified (${actual})`);
        // 4. Extract and cache.
        extracted = await extract(archive, artifact);
        const binary = join(extracted, artifact.binaryPath);
        if (!(await isExecutableFile(binary))) {
            await chmod(binary, 0o755).catch(() => undefined);
            if (!(await isExecutableFile(binary))) {
                throw new MmfError('E_TOOL_DOWNLOAD', `${url} does not contain ${artifact.binaryPath}`, {
                    hint: 'the archive does not have the layout of an official release; check the download base URL',
                });
            }
        }
        const cachedDir = await tc.cacheDir(dirname(binary), cacheName(tool), version, arch);
        const installed = join(cachedDir, binaryName);
        log(`${tool} ${version}: installed at ${installed} in ${seconds(performance.now() - started)}`);
        return { tool, version, path: installed, cacheHit: false, url };
    }
    finally {
        await rm(archive, { force: true });
        if (extracted)
            await rm(extracted, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __nccwpck_require__(7394);
;// CONCATENATED MODULE: ./actions/platform/tools/version-cache.ts
/**
 * Tool versions remembered across runs, so that `helm version` and
 * `kubectl version` (about 40 ms each) are not asked again by every process.
 *
 * An entry is keyed by the binary's path and file identity (device, inode,
 * size, modification and change times): replacing or touching the binary
 * makes it miss. The file lives in the user's cache folder
 * (`$XDG_CACHE_HOME/mmf/tool-versions.json`, else `~/.cache/mmf/…`;
 * `MMF_TOOL_VERSION_CACHE` names another file, or `off`). It is read only
 * when it is a small regular file of this user, every value must look like a
 * version, and it is replaced atomically (temporary file + rename, mode 600).
 * Any problem with it means a cache miss, never an error.
 */




const VERSION_CACHE_ENV = 'MMF_TOOL_VERSION_CACHE';
const MAX_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
const MAX_ENTRIES = 64;
const VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Where the cache is kept for this environment, or undefined when it is off. */
function version_cache_versionCacheFile(env) {
    const explicit = env[VERSION_CACHE_ENV];
    if (explicit === 'off')
        return undefined;
    if (explicit)
        return explicit;
    let base = env['XDG_CACHE_HOME'];
    if (!base) {
        try {
            base = join(homedir(), '.cache');
        }
        catch {
            return undefined;
        }
    }
    return join(base, 'mmf', 'tool-versions.json');
}
async function readEntries(file) {
    const entries = new Map();
    try {
        const info = await lstat(file);
        const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
        if (!info.isFile() || !mine || info.size > MAX_BYTES)
            return entries;
        const parsed = JSON.parse(await readFile(file, 'utf8'));
        const stored = parsed?.entries;
        if (!stored || typeof stored !== 'object' || Array.isArray(stored))
            return entries;
        for (const [key, value] of Object.entries(stored))
            if (typeof value === 'string' && VERSION.test(value))
                entries.set(key, value);
    }
    catch {
        // missing or unreadable: nothing cached
    }
    return entries;
}
async function version_cache_cachedVersion(file, key) {
    return file ? (await readEntries(file)).get(key) : undefined;
}
async function version_cache_rememberVersion(file, key, version) {
    if (!file || !VERSION.test(version))
        return;
    try {
        await mkdir(dirname(file), { recursive: true, mode: 0o700 });
        const entries = await readEntries(file);
        entries.delete(key);
        entries.set(key, version);
        const kept = [...entries].slice(-MAX_ENTRIES);
        await writeFileAtomic(file, JSON.stringify({ entries: Object.fromEntries(kept) }) + '\n', {
            mode: 0o600,
        });
    }
    catch {
        // not remembered: the next run asks the tool again
    }
}

;// CONCATENATED MODULE: ./actions/platform/tools/resolve-tool.ts
/**
 * Finds helm and kustomize (or `kubectl kustomize`), one way for every front
 * end, in this order:
 *   1. an explicit path (a CLI flag or an action input);
 *   2. MMF_HELM, or MMF_KUSTOMIZE then MMF_KUBECTL;
 *   3. the PATH (helm; kustomize, then kubectl);
 *   4. the repository's dev tools, `.tools/helm4/` then `.tools/helm3/`, in the
 *      first ancestor of `searchFrom` that has a `.tools` folder;
 *   5. a pinned, SHA-256-verified download into the tool cache, only on an
 *      Actions runner (RUNNER_TOOL_CACHE set) or when allowDownload is true.
 * With `toolSource: 'pinned'` (the action's default) steps 3 and 4 are
 * skipped and step 5 is always allowed, so a tool that happens to be on the
 * runner image never changes the result.
 * Every result carries the tool's real version, asked from the binary itself.
 */










const resolve_tool_TOOL_SOURCE_POLICIES = (/* unused pure expression or super */ null && (['pinned', 'path']));
const HELM_ENV = 'MMF_HELM';
const KUSTOMIZE_ENV = 'MMF_KUSTOMIZE';
const KUBECTL_ENV = 'MMF_KUBECTL';
const TOOLS_DIR = '.tools';
/** The argv that renders a kustomization directory with this tool. */
function kustomizeBuildArgs(tool, dir) {
    return { file: tool.path, args: tool.kind === 'kubectl' ? ['kustomize', dir] : ['build', dir] };
}
// ---------------------------------------------------------------------------
// Files and the PATH
/** The first executable `name` on the PATH of `env`. */
async function findOnPath(name, env) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(delimiter).filter(Boolean);
    const exts = process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';')] : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = resolve(dir, name + ext);
            if (await isExecutableFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The first `.tools` folder in `from` or one of its ancestors. */
async function findDevToolsDir(from) {
    return findUpward(from, async (dir) => {
        const candidate = join(dir, TOOLS_DIR);
        return (await isDirectory(candidate)) ? candidate : undefined;
    });
}
function defaultSearchFrom() {
    return runningScriptDir() ?? process.cwd();
}
/** An explicit path or env var must name an executable; a bare name is looked up on the PATH. */
async function explicitTool(value, label, env) {
    const bare = !value.includes('/') && !value.includes(sep);
    const found = bare ? await findOnPath(value, env) : resolve(value);
    if (found && (await isExecutableFile(found)))
        return found;
    throw new MmfError('E_TOOL_NOT_FOUND', bare
        ? `${label} names "${value}", which is not an executable on the PATH`
        : `${label} points to ${found}, which does not exist or is not an executable file`, {
        hint: label.startsWith('--')
            ? `point ${label} at an executable, or leave it out to let mmf look on the PATH`
            : `fix ${label} or unset it to let mmf look on the PATH`,
    });
}
const versionCache = new Map();
/** Forgets detected versions (tests replace binaries in place). */
function clearToolVersionCache() {
    versionCache.clear();
}
const SEMVER = /v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/;
function parseSemver(text) {
    const match = SEMVER.exec(text);
    return match?.[1] ? `v${match[1]}` : undefined;
}
async function runForVersion(file, args, what) {
    let result;
    try {
        result = await runCommand(file, args, { maxOutputBytes: 1024 * 1024 });
    }
    catch (err) {
        throw new MmfError('E_TOOL_FAILED', `${what} could not be run: ${err.message}`, {
            file,
            hint: 'check that the file is the right binary for this machine',
            cause: err,
        });
    }
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(0, 3).join(' ') || `exit code ${result.exitCode}`;
        throw new MmfError('E_TOOL_FAILED', `\`${basename(file)} ${args.join(' ')}\` failed: ${detail}`, {
            file,
            hint: `check that this is a working ${what}`,
        });
    }
    return result.stdout;
}
async function detect(kind, file) {
    const unreadable = (output) => new MmfError('E_TOOL_FAILED', `could not read a version from its output: ${output.trim().slice(0, 200)}`, {
        file,
        hint: `check that this is a working ${kind}`,
    });
    if (kind === 'helm') {
        // A helm without --template falls back to `--short` (`v3.18.0+gcc58e3f`).
        const probe = TOOL_REGISTRY.helm.versionProbe;
        const out = await runForVersion(file, [...probe.args], 'helm').catch(() => '');
        const version = parseSemver(out) ??
            parseSemver(await runForVersion(file, [...(probe.fallbackArgs ?? probe.args)], 'helm'));
        if (!version)
            throw unreadable(out);
        return version;
    }
    if (kind === 'kustomize') {
        const out = await runForVersion(file, [...TOOL_REGISTRY.kustomize.versionProbe.args], 'kustomize');
        const version = parseSemver(out);
        if (!version)
            throw unreadable(out);
        return version;
    }
    const out = await runForVersion(file, ['version', '--client', '-o', 'json'], 'kubectl');
    let parsed;
    try {
        parsed = JSON.parse(out);
    }
    catch {
        throw unreadable(out);
    }
    const embedded = parsed.kustomizeVersion;
    if (typeof embedded !== 'string' || !parseSemver(embedded)) {
        throw new MmfError('E_TOOL_FAILED', 'this kubectl reports no built-in kustomize version', {
            file,
            hint: 'use kubectl 1.24 or newer, or a standalone kustomize (MMF_KUSTOMIZE)',
        });
    }
    return parseSemver(embedded);
}
/**
 * The version `file` reports, asked once per path and file identity: per
 * process in memory, and across processes in the user's cache (version-cache.ts).
 */
async function detectToolVersion(kind, file, env = process.env) {
    const info = await stat(file);
    const key = [kind, file, info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join('\0');
    let pending = versionCache.get(key);
    if (!pending) {
        const cacheFile = versionCacheFile(env);
        pending = cachedVersion(cacheFile, key).then(async (cached) => {
            if (cached)
                return cached;
            const version = await detect(kind, file);
            await rememberVersion(cacheFile, key, version);
            return version;
        });
        versionCache.set(key, pending);
        pending.catch(() => versionCache.delete(key));
    }
    return pending;
}
// ---------------------------------------------------------------------------
// Helm version requests
/** `4`, `v3.18`, `3.18.0` -> numeric parts; rejects anything else. */
function parseHelmSpec(spec) {
    if (spec === undefined || spec.trim() === '')
        return undefined;
    const bare = spec.trim().replace(/^v/, '');
    if (!/^\d+(\.\d+){0,2}$/.test(bare)) {
        throw new MmfError('E_USAGE', `helm version "${spec}" is not understood`, {
            hint: 'use 3, 4, or an exact version such as v3.18.0',
        });
    }
    return bare.split('.').map(Number);
}
function satisfies(version, spec) {
    if (!spec)
        return true;
    const parts = version.replace(/^v/, '').split(/[.+-]/).map(Number);
    return spec.every((n, i) => parts[i] === n);
}
/** The pinned helm to download for a request, if any. */
function helmDownloadVersion(spec) {
    if (!spec)
        return DEFAULT_HELM_VERSION;
    if (spec.length === 3) {
        const exact = normalizeVersion(spec.join('.'));
        return Object.values(HELM_VERSION_BY_MAJOR).includes(exact) ? exact : undefined;
    }
    const pinned = HELM_VERSION_BY_MAJOR[String(spec[0])];
    return pinned && satisfies(pinned, spec) ? pinned : undefined;
}
function helmDevFolders(spec) {
    if (!spec)
        return ['helm4', 'helm3'];
    return spec[0] === 3 || spec[0] === 4 ? [`helm${spec[0]}`] : [];
}
function context(opts) {
    const env = opts.env ?? process.env;
    const pinnedOnly = opts.toolSource === 'pinned';
    return {
        env,
        log: opts.log ?? logToStdout,
        downloadAllowed: pinnedOnly || (opts.allowDownload ?? Boolean(env['RUNNER_TOOL_CACHE'])),
        pinnedOnly,
        searchFrom: opts.searchFrom ?? defaultSearchFrom(),
    };
}
const SOURCE_TEXT = {
    option: 'the explicit path',
    env: 'the environment',
    path: 'the PATH',
    'dev-tools': 'the repository dev tools',
    'tool-cache': 'the tool cache',
    download: 'a verified download',
};
function found(ctx, tool, via) {
    const shown = tool.kind === 'kubectl'
        ? `kubectl kustomize (kustomize ${tool.version})`
        : `${tool.name} ${tool.version}`;
    ctx.log(`Using ${shown} from ${via ?? SOURCE_TEXT[tool.source]}: ${tool.path}`);
    return tool;
}
function notFound(name, tried, ways) {
    const skipped = tried.length ? ` (skipped: ${tried.join('; ')})` : '';
    return new MmfError('E_TOOL_NOT_FOUND', `${name} was not found${skipped}`, {
        hint: `provide it in one of these ways: ${ways.join('; ')}`,
    });
}
async function resolveHelm(opts = {}) {
    const ctx = context(opts);
    const spec = parseHelmSpec(opts.helmVersion);
    const tool = async (path, source) => ({
        name: 'helm',
        kind: 'helm',
        path,
        version: await detectToolVersion('helm', path, ctx.env),
        source,
    });
    // A helm given explicitly is used whatever its version; a mismatch is only reported.
    const given = async (value, label, source) => {
        const helm = await tool(await explicitTool(value, label, ctx.env), source);
        if (!satisfies(helm.version, spec)) {
            ctx.log(`Note: ${label} gives helm ${helm.version}, not the requested ${opts.helmVersion}; using it as given`);
        }
        return found(ctx, helm, label);
    };
    const label = opts.pathLabel ?? 'the helm path option';
    if (opts.path)
        return given(opts.path, label, 'option');
    const fromEnv = ctx.env[HELM_ENV];
    if (fromEnv)
        return given(fromEnv, HELM_ENV, 'env');
    const skipped = [];
    const wanted = opts.helmVersion ? ` (helm ${opts.helmVersion} wanted)` : '';
    const onPath = ctx.pinnedOnly ? undefined : await findOnPath('helm', ctx.env);
    if (onPath) {
        const candidate = await tool(onPath, 'path');
        if (satisfies(candidate.version, spec))
            return found(ctx, candidate);
        skipped.push(`${onPath} is ${candidate.version}${wanted}`);
    }
    const toolsDir = ctx.pinnedOnly ? undefined : await findDevToolsDir(ctx.searchFrom);
    if (toolsDir) {
        for (const folder of helmDevFolders(spec)) {
            const path = join(toolsDir, folder, 'helm');
            if (!(await isExecutableFile(path)))
                continue;
            const candidate = await tool(path, 'dev-tools');
            if (satisfies(candidate.version, spec))
                return found(ctx, candidate);
            skipped.push(`${path} is ${candidate.version}${wanted}`);
        }
    }
    const pinned = helmDownloadVersion(spec);
    if (ctx.downloadAllowed && pinned) {
        const installed = await installTool({
            tool: 'helm',
            version: pinned,
            env: ctx.env,
            log: ctx.log,
            ...opts.download,
        });
        return found(ctx, await tool(installed.path, installed.cacheHit ? 'tool-cache' : 'download'));
    }
    if (ctx.pinnedOnly) {
        throw new MmfError('E_TOOL_NOT_FOUND', `no helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''} is pinned for download (tool source: pinned)`, {
            hint: `ask for one of the pinned releases (${Object.values(HELM_VERSION_BY_MAJOR).join(', ')}: helm-version 3 or 4), name a helm with ${opts.pathLabel ?? 'the helm path'} or ${HELM_ENV}, or use the tool source \`path\``,
        });
    }
    throw notFound(`helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''}`, skipped, [
        `pass its path with ${opts.pathLabel ?? 'the helm path flag or input'}`,
        `set ${HELM_ENV}=/path/to/helm`,
        'put helm on the PATH',
        `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
        pinned
            ? `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned helm ${pinned}`
            : `no helm matching "${opts.helmVersion}" is pinned for download; pinned: ${Object.values(HELM_VERSION_BY_MAJOR).join(', ')} (ask for 3 or 4)`,
    ]);
}
function kindOf(path, fallback) {
    return /^kubectl(\.exe)?$/i.test(basename(path)) ? 'kubectl' : fallback;
}
/**
 * Finds kustomize (or kubectl kustomize) as resolveAnyKustomize does; with a
 * wanted version, a tool of another version is replaced by the pinned download
 * of that version where allowed, or refused with what was found.
 */
async function resolveKustomize(opts = {}) {
    const policy = opts.allowRemote ? { allowRemote: true } : {};
    const found = await resolveAnyKustomize(opts).catch((err) => {
        if (opts.kustomizeVersion && context(opts).downloadAllowed)
            return undefined;
        throw err;
    });
    const wanted = opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : undefined;
    if (found && (!wanted || found.version === wanted))
        return { ...found, ...policy };
    const ctx = context(opts);
    if (wanted && ctx.downloadAllowed) {
        const installed = await installTool({
            tool: 'kustomize',
            version: wanted,
            env: ctx.env,
            log: ctx.log,
            ...opts.download,
        });
        return {
            name: 'kustomize',
            kind: 'kustomize',
            path: installed.path,
            version: await detectToolVersion('kustomize', installed.path, ctx.env),
            source: installed.cacheHit ? 'tool-cache' : 'download',
            ...policy,
        };
    }
    throw new MmfError('E_TOOL_NOT_FOUND', `kustomize ${wanted} is wanted, but ${found?.path ?? 'the kustomize found'} is ${found?.version ?? 'another version'}`, {
        hint: `point ${opts.pathLabel ?? 'the kustomize path'} at kustomize ${wanted}, or run on a GitHub Actions runner (or pass --download-tools) to download it`,
    });
}
async function resolveAnyKustomize(opts) {
    const ctx = context(opts);
    const tool = async (path, kind, source) => ({
        name: 'kustomize',
        kind,
        path,
        version: await detectToolVersion(kind, path, ctx.env),
        source,
    });
    const label = opts.pathLabel ?? 'the kustomize path option';
    if (opts.path) {
        const path = await explicitTool(opts.path, label, ctx.env);
        return found(ctx, await tool(path, kindOf(path, 'kustomize'), 'option'), label);
    }
    for (const [name, kind] of [
        [KUSTOMIZE_ENV, 'kustomize'],
        [KUBECTL_ENV, 'kubectl'],
    ]) {
        const value = ctx.env[name];
        if (!value)
            continue;
        const path = await explicitTool(value, name, ctx.env);
        return found(ctx, await tool(path, kindOf(path, kind), 'env'), name);
    }
    if (ctx.pinnedOnly)
        return installPinnedKustomize(ctx, opts);
    for (const kind of ['kustomize', 'kubectl']) {
        const path = await findOnPath(kind, ctx.env);
        if (path)
            return found(ctx, await tool(path, kind, 'path'));
    }
    const toolsDir = await findDevToolsDir(ctx.searchFrom);
    if (toolsDir) {
        for (const folder of ['helm4', 'helm3']) {
            for (const kind of ['kustomize', 'kubectl']) {
                const path = join(toolsDir, folder, kind);
                if (await isExecutableFile(path))
                    return found(ctx, await tool(path, kind, 'dev-tools'));
            }
        }
    }
    if (ctx.downloadAllowed)
        return installPinnedKustomize(ctx, opts);
    throw notFound('kustomize (or kubectl)', [], [
        `pass its path with ${opts.pathLabel ?? 'the kustomize path flag or input'}`,
        `set ${KUSTOMIZE_ENV}=/path/to/kustomize or ${KUBECTL_ENV}=/path/to/kubectl`,
        'put kustomize or kubectl on the PATH',
        `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
        `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned kustomize ${KUSTOMIZE_VERSION}`,
    ]);
}
async function installPinnedKustomize(ctx, opts) {
    const installed = await installTool({
        tool: 'kustomize',
        version: opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : KUSTOMIZE_VERSION,
        env: ctx.env,
        log: ctx.log,
        ...opts.download,
    });
    return found(ctx, {
        name: 'kustomize',
        kind: 'kustomize',
        path: installed.path,
        version: await detectToolVersion('kustomize', installed.path, ctx.env),
        source: installed.cacheHit ? 'tool-cache' : 'download',
    });
}

;// CONCATENATED MODULE: ./actions/runtime/cli/tool-flags.ts



const tool_flags_collect = (value, previous) => [...previous, value];
/** --helm, --helm-version, --kustomize, --download-tools, --tool-source, --allow-remote: the same on every command. */
function addToolFlags(command) {
    return command
        .option('--helm <path>', 'helm binary (else $MMF_HELM, PATH, .tools, a pinned download on runners)')
        .option('--helm-version <version>', 'helm major or exact version to use: 3, 4, v3.18.0 ...')
        .option('--kustomize <path>', 'kustomize or kubectl binary (else $MMF_KUSTOMIZE, $MMF_KUBECTL, PATH ...)')
        .option('--download-tools', 'download pinned, SHA-256-verified helm/kustomize releases when none is found')
        .addOption(new Option('--tool-source <source>', 'path: PATH and .tools before a pinned download (default); pinned: only the pinned, verified releases').choices([...TOOL_SOURCE_POLICIES]))
        .option('--allow-remote', 'let kustomize builds fetch remote resources, bases and components (refused by default: E_KUSTOMIZE_REMOTE)');
}
/** --kube-version and --api-versions: what helm template assumes for .Capabilities. */
function addCapabilityFlags(command) {
    return command
        .option('--kube-version <version>', 'Kubernetes version for .Capabilities, e.g. 1.31 or v1.31.4 (passed to helm template)', kubeVersion)
        .option('--api-versions <group/version>', 'extra API versions for .Capabilities (repeatable)', tool_flags_collect, []);
}
function kubeVersion(value) {
    if (!isKubeVersion(value))
        throw new InvalidArgumentError('Give a Kubernetes version: major.minor[.patch], e.g. 1.31 or v1.31.4.');
    return value;
}
function tool_flags_stderrLogger(io) {
    return { info: (l) => io.stderr(`${l}\n`), warn: (l) => io.stderr(`warning: ${l}\n`) };
}
function toolOptions(flags, log) {
    const download = {
        ...(flags.downloadTools ? { allowDownload: true } : {}),
        ...(flags.toolSource ? { toolSource: flags.toolSource } : {}),
    };
    return {
        helm: {
            ...(flags.helm ? { path: flags.helm } : {}),
            pathLabel: '--helm',
            ...(flags.helmVersion ? { helmVersion: flags.helmVersion } : {}),
            log: log.info,
            ...download,
        },
        kustomize: {
            ...(flags.kustomize ? { path: flags.kustomize } : {}),
            pathLabel: '--kustomize',
            log: log.info,
            ...download,
            ...(flags.allowRemote ? { allowRemote: true } : {}),
        },
    };
}

// EXTERNAL MODULE: ./actions/platform/fs/find-files.ts
var find_files = __nccwpck_require__(3133);
// EXTERNAL MODULE: ./actions/ci/core/command-lines.ts
var command_lines = __nccwpck_require__(1496);
// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var gates = __nccwpck_require__(8195);
// EXTERNAL MODULE: ./actions/platform/process/command-env.ts
var command_env = __nccwpck_require__(3669);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/ci-context.ts

const ZERO_SHA = /^0+$/;
function projectDirOf(ciProjectDir, cwd) {
    if (!ciProjectDir)
        return cwd;
    const rel = relative(resolve(ciProjectDir), resolve(cwd));
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? resolve(ciProjectDir) : cwd;
}
function set(env, name) {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
}
/**
 * Reads GitLab's predefined CI/CD variables. The default base of diff mode:
 * in a merge request pipeline the merge request's diff base
 * (CI_MERGE_REQUEST_DIFF_BASE_SHA), or for merged-results and merge-train
 * pipelines, which test the merge with the target branch, the target branch
 * commit (CI_MERGE_REQUEST_TARGET_BRANCH_SHA); for an external (GitHub) pull
 * request its target branch commit; for a push the commit before it
 * (CI_COMMIT_BEFORE_SHA, all zeros for a new branch: then none).
 */
function ci_context_readGitLabContext(env = process.env, cwd = process.cwd()) {
    const pipelineSource = set(env, 'CI_PIPELINE_SOURCE') ?? '';
    const iid = Number(set(env, 'CI_MERGE_REQUEST_IID'));
    const ctx = {
        inCi: env.GITLAB_CI === 'true',
        pipelineSource,
        jobName: set(env, 'CI_JOB_NAME') ?? 'helm-migrate',
        projectDir: projectDirOf(set(env, 'CI_PROJECT_DIR'), cwd),
        hasJobToken: set(env, 'CI_JOB_TOKEN') !== undefined,
    };
    const apiUrl = set(env, 'CI_API_V4_URL');
    if (apiUrl)
        ctx.apiUrl = apiUrl.replace(/\/+$/, '');
    const projectId = set(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? set(env, 'CI_PROJECT_ID');
    if (projectId)
        ctx.projectId = projectId;
    const projectUrl = set(env, 'CI_MERGE_REQUEST_PROJECT_URL') ?? set(env, 'CI_PROJECT_URL');
    if (projectUrl)
        ctx.projectUrl = projectUrl.replace(/\/+$/, '');
    if (Number.isInteger(iid) && iid > 0)
        ctx.mergeRequestIid = iid;
    for (const [key, name] of [
        ['commitSha', 'CI_COMMIT_SHA'],
        ['branch', 'CI_COMMIT_BRANCH'],
        ['defaultBranch', 'CI_DEFAULT_BRANCH'],
        ['jobUrl', 'CI_JOB_URL'],
        ['pipelineUrl', 'CI_PIPELINE_URL'],
    ]) {
        const value = set(env, name);
        if (value)
            ctx[key] = value;
    }
    const eventType = set(env, 'CI_MERGE_REQUEST_EVENT_TYPE');
    let base;
    if (ctx.mergeRequestIid !== undefined) {
        base =
            eventType === 'merged_result' || eventType === 'merge_train'
                ? (set(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_SHA') ?? set(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA'))
                : set(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA');
    }
    else if (pipelineSource === 'external_pull_request_event') {
        base = set(env, 'CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA');
    }
    else if (pipelineSource === 'push') {
        base = set(env, 'CI_COMMIT_BEFORE_SHA');
    }
    if (base && !ZERO_SHA.test(base))
        ctx.eventBase = base;
    return ctx;
}
/** The web link of a merge request note. */
function ci_context_noteUrl(ctx, noteId) {
    if (!ctx.projectUrl || ctx.mergeRequestIid === undefined)
        return undefined;
    return `${ctx.projectUrl}/-/merge_requests/${ctx.mergeRequestIid}#note_${noteId}`;
}

// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __nccwpck_require__(4035);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/client.ts
/**
 * A small client for GitLab's REST API v4, for the GitLab front ends (MR
 * notes today): the API root from CI_API_V4_URL, a `PRIVATE-TOKEN` header,
 * page-number pagination (`x-next-page`), and retries of 429 and 5xx answers
 * and network failures (honouring Retry-After, with exponential back-off).
 * What still fails is thrown as a GitLabRequestError, which
 * classifyGitLabError (gitlab-errors.ts) turns into advice. The token never
 * appears in an error or a log line.
 */
/** A request GitLab refused or did not answer (after retries). */
class client_GitLabRequestError extends Error {
    status;
    request;
    gitlabMessage;
    attempts;
    constructor(
    /** The HTTP status; undefined when no answer came (network). */
    status, 
    /** e.g. `POST /projects/42/merge_requests/7/notes`. */
    request, 
    /** GitLab's own message (`message`, `error`, `error_description`), one line. */
    gitlabMessage, 
    /** Attempts made, retries included. */
    attempts) {
        super(`GitLab ${request}: ${status ? `HTTP ${status}` : 'no answer'}${gitlabMessage ? ` (${gitlabMessage})` : ''}`);
        this.status = status;
        this.request = request;
        this.gitlabMessage = gitlabMessage;
        this.attempts = attempts;
        this.name = 'GitLabRequestError';
    }
}
/** GitLab's `:id`: a numeric id as is, a project path URL-encoded (`group%2Fproject`). */
function client_projectRef(project) {
    return typeof project === 'number' || /^\d+$/.test(project) ? String(project) : encodeURIComponent(project);
}
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryAfterMs(headers) {
    const value = headers.get('retry-after');
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function messageOf(body) {
    const flat = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
    if (typeof body === 'string')
        return /^\s*</.test(body) ? '' : flat(body);
    if (!body || typeof body !== 'object')
        return '';
    const b = body;
    const parts = [b.message, b.error, b.error_description]
        .map((v) => (typeof v === 'string' ? v : v ? JSON.stringify(v) : ''))
        .filter(Boolean);
    return flat([...new Set(parts)].join(': '));
}
class client_GitLabClient {
    apiUrl;
    token;
    tokenHeader;
    retries;
    maxRetryDelayMs;
    backoffMs;
    log;
    fetchImpl;
    sleep;
    constructor(options) {
        this.apiUrl = options.apiUrl.replace(/\/+$/, '');
        this.token = options.token;
        this.tokenHeader = options.tokenHeader ?? 'PRIVATE-TOKEN';
        this.retries = options.retries ?? 3;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
        this.backoffMs = options.backoffMs ?? 500;
        this.log = options.log ?? (() => { });
        this.fetchImpl = options.fetch ?? fetch;
        this.sleep = options.sleep ?? wait;
    }
    /** One request, JSON in and out; 429, 5xx and network failures are retried. */
    async request(method, path, options = {}) {
        const url = new URL(`${this.apiUrl}${path}`);
        for (const [k, v] of Object.entries(options.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const headers = { accept: 'application/json', [this.tokenHeader]: this.token };
        if (options.body !== undefined)
            headers['content-type'] = 'application/json';
        const what = `${method} ${path}`;
        for (let attempt = 1;; attempt++) {
            const retry = async (reason, delay) => {
                const ms = delay ?? this.backoffMs * 2 ** (attempt - 1);
                if (attempt > this.retries || ms > this.maxRetryDelayMs)
                    return false;
                this.log(`GitLab ${what}: ${reason}; retrying in ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`} (retry ${attempt} of ${this.retries})`);
                await this.sleep(ms);
                return true;
            };
            let response;
            try {
                response = await this.fetchImpl(url, {
                    method,
                    headers,
                    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
                });
            }
            catch (err) {
                const reason = err.message;
                if (await retry(`no answer (${reason})`, undefined))
                    continue;
                throw new client_GitLabRequestError(undefined, what, reason, attempt);
            }
            const text = await response.text();
            let body = text;
            if (text && /json/.test(response.headers.get('content-type') ?? '')) {
                try {
                    body = JSON.parse(text);
                }
                catch {
                    body = text;
                }
            }
            if (response.ok)
                return { status: response.status, body: (text ? body : null), headers: response.headers };
            if (response.status === 429 || response.status >= 500) {
                const delay = retryAfterMs(response.headers);
                if (await retry(`HTTP ${response.status}`, delay))
                    continue;
            }
            throw new client_GitLabRequestError(response.status, what, messageOf(body), attempt);
        }
    }
    get(path, query) {
        return this.request('GET', path, query ? { query } : {});
    }
    post(path, body) {
        return this.request('POST', path, { body });
    }
    put(path, body) {
        return this.request('PUT', path, { body });
    }
    delete(path) {
        return this.request('DELETE', path);
    }
    /** Every item of a paginated list (100 per page unless `query` sets `per_page`, following `x-next-page`), at most `maxPages` pages. */
    async paginate(path, query = {}, maxPages = 100) {
        const out = [];
        let page = 1;
        for (let n = 0; n < maxPages; n++) {
            const response = await this.get(path, { per_page: 100, ...query, page });
            out.push(...(Array.isArray(response.body) ? response.body : []));
            const next = Number(response.headers.get('x-next-page'));
            if (!Number.isInteger(next) || next <= page)
                break;
            page = next;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/gitlab-errors.ts


/** The `api` scope: what posting, editing and deleting notes needs (read_api only reads). */
const NOTE_SCOPE = 'api';
const TOKEN_ADVICE = 'gitlab-token must hold a project or group access token (or a personal access token) with the `api` scope, whose user has at least the Reporter role in this project; CI_JOB_TOKEN cannot write merge request notes';
/** Sorts a failed request (GitLabRequestError, or anything thrown on the way) by what the user can do. */
function gitlab_errors_classifyGitLabError(err, action) {
    if (!(err instanceof GitLabRequestError))
        return { kind: 'transient', message: `could not ${action}: ${err?.message ?? String(err)}` };
    const { status, gitlabMessage, attempts } = err;
    const said = gitlabMessage ? `: ${gitlabMessage}` : '';
    const http = status ? `HTTP ${status}${said}` : `no answer${said}`;
    const retried = attempts > 1 ? `, still after ${attempts - 1} retr${attempts === 2 ? 'y' : 'ies'}` : '';
    const base = status !== undefined ? { status } : {};
    if (status === 401)
        return {
            ...base,
            kind: 'auth',
            message: `GitLab rejected the token when trying to ${action} (${http}): it is invalid, expired or revoked; ${TOKEN_ADVICE}`,
        };
    if (status === 403) {
        const scope = /insufficient_scope|scope/i.test(gitlabMessage)
            ? `the token's scopes do not include \`${NOTE_SCOPE}\` (\`read_api\` can only read)`
            : `the token needs the \`${NOTE_SCOPE}\` scope and its user at least the Reporter role in this project`;
        return { ...base, kind: 'permission', message: `the token cannot ${action} (${http}): ${scope}` };
    }
    if (status === 404)
        return {
            ...base,
            kind: 'not-found',
            message: `GitLab answered 404 to the request to ${action} (${http}): the project or merge request does not exist, or the token's user cannot see this project`,
        };
    if (status === 429)
        return {
            ...base,
            kind: 'rate-limit',
            message: `GitLab's rate limit stopped the request to ${action} (${http}${retried}); run the job again later`,
        };
    if (status === undefined || status >= 500)
        return {
            ...base,
            kind: 'transient',
            message: `GitLab did not answer the request to ${action} (${http}${retried})`,
        };
    return { ...base, kind: 'rejected', message: `GitLab refused to ${action} (${http})` };
}
function gitlab_errors_isFatal(c) {
    return c.kind !== 'rate-limit' && c.kind !== 'transient';
}
const CODES = {
    auth: 'E_API_AUTH',
    permission: 'E_API_AUTH',
    'not-found': 'E_API_NOT_FOUND',
    rejected: 'E_API_REJECTED',
};
const HINTS = {
    auth: 'create a project access token (Settings > Access tokens, role Reporter or above, scope api), store it as a masked CI/CD variable and pass it: gitlab-token: $MY_TOKEN_VARIABLE (docs/GITLAB.md#tokens)',
    permission: 'give the token the api scope and its user the Reporter role or above (a project access token: Settings > Access tokens) (docs/GITLAB.md#tokens)',
    'not-found': 'check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, and that the token belongs to this project or can see it',
    rejected: "GitLab's reason is in the message; the report is in the job artifacts meanwhile",
};
/** A failure the user must fix as the MmfError the CLI prints (E_API_AUTH, E_API_NOT_FOUND, E_API_REJECTED). */
function gitlab_errors_gitLabMmfError(c) {
    return new MmfError(CODES[c.kind], c.message, { hint: HINTS[c.kind] });
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/sticky-note.ts


/**
 * Creates or updates our merge request note (one per id, found by its hidden
 * marker) in place, one note per part, and deletes parts left over from a
 * longer earlier report, and duplicates. Only notes written by the token's
 * own user (GET /user) are touched: system notes and other people's notes
 * (even one that quotes our marker) are never edited or deleted. Failed
 * requests throw GitLabRequestError (the publisher classifies them).
 */
async function sticky_note_upsertStickyNote(client, target, parts) {
    const result = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    const notesPath = `/projects/${projectRef(target.project)}/merge_requests/${target.mergeRequestIid}/notes`;
    const me = (await client.get('/user')).body.id;
    const notes = await client.paginate(notesPath, { sort: 'asc', order_by: 'created_at' });
    const ours = new Map();
    const stale = [];
    for (const note of notes) {
        if (note.system || note.author?.id !== me)
            continue;
        const part = markerPart(note.body ?? '', target.id);
        if (part === undefined)
            continue;
        if (ours.has(part) || part > parts.length)
            stale.push(note.id);
        else
            ours.set(part, note);
    }
    for (const [i, body] of parts.entries()) {
        const existing = ours.get(i + 1);
        let id;
        if (!existing) {
            id = (await client.post(notesPath, { body })).body.id;
            result.created++;
        }
        else if (existing.body !== body) {
            id = (await client.put(`${notesPath}/${existing.id}`, { body })).body.id;
            result.updated++;
        }
        else {
            id = existing.id;
            result.unchanged++;
        }
        if (i === 0)
            result.noteId = id;
    }
    for (const id of stale) {
        await client.delete(`${notesPath}/${id}`);
        result.deleted++;
    }
    return result;
}

// EXTERNAL MODULE: ./actions/kernel/report/merge-annotations.ts
var merge_annotations = __nccwpck_require__(1834);
;// CONCATENATED MODULE: ./actions/kernel/report/render-codequality.ts

const SEVERITY = {
    notice: 'info',
    warning: 'minor',
    failure: 'major',
};
/**
 * The report's annotations as a `codequality` report. Fingerprints hash what
 * a finding is (capability, rule, path, title), not its line or wording, so
 * the merge request widget recognises the same finding in the base and the
 * head pipeline; repeats get a running number so each stays unique.
 */
function render_codequality_renderCodeQuality(report) {
    const seen = new Map();
    return report.annotations.map((a) => {
        const identity = [report.capability, a.rule, a.path, a.title].join('\u0000');
        const n = seen.get(identity) ?? 0;
        seen.set(identity, n + 1);
        const fingerprint = createHash('sha256')
            .update(n ? `${identity}\u0000${n}` : identity)
            .digest('hex')
            .slice(0, 32);
        const end = a.endLine !== undefined && a.endLine !== a.startLine ? { end: a.endLine } : {};
        return {
            description: a.message ? `${a.title}: ${a.message}` : a.title,
            check_name: a.rule,
            fingerprint,
            severity: SEVERITY[a.level],
            location: { path: a.path, lines: { begin: a.startLine, ...end } },
        };
    });
}

// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __nccwpck_require__(109);
;// CONCATENATED MODULE: ./actions/platform/fs/fill-in-place.ts



/**
 * Errors of a rename that cannot work on this folder (it is a mount point, or
 * on another filesystem than its parent), as opposed to a missing permission.
 */
function fill_in_place_isUnrenamable(err) {
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
async function fill_in_place_fillInPlace(staged, target, options) {
    const present = await readdir(target);
    if (present.length && !options.replace) {
        throw new MmfError('E_OUTPUT_NOT_EMPTY', `files appeared in the output while the run was working (${present.sort().slice(0, 5).join(', ')}); they were left as they are and nothing was written`, { file: options.output, hint: 'run again into an empty or new directory, or pass --force' });
    }
    try {
        for (const name of present)
            await rm(join(target, name), { recursive: true, force: true });
    }
    catch (err) {
        throw cannotFill(options.output, err);
    }
    const moved = [];
    try {
        for (const name of (await readdir(staged)).sort()) {
            const to = join(target, name);
            if (await lstat(to).catch(() => undefined)) {
                throw new MmfError('E_OUTPUT_NOT_EMPTY', `${name} appeared in the output while the run was working; it was left as it is and nothing was written`, { file: options.output, hint: 'run again into an empty or new directory, or pass --force' });
            }
            moved.push(to);
            await rename(join(staged, name), to).catch(async (err) => {
                if (err.code !== 'EXDEV')
                    throw err;
                await cp(join(staged, name), to, {
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
            await rm(path, { recursive: true, force: true });
        throw err instanceof MmfError ? err : cannotFill(options.output, err);
    }
}
function cannotFill(output, err) {
    return new MmfError('E_OUTPUT_IN_USE', `the output folder cannot be replaced (it is a mount point or in use), and filling it in place failed (${err.code ?? 'error'})`, { file: output, hint: 'make the folder writable, or write to a folder that is not a mount point' });
}

;// CONCATENATED MODULE: ./actions/platform/fs/output-lock.ts





/** The lock of an output folder: `.<name>.mmf-lock` beside it (the same folder as the staging folder). */
function lockPathFor(target) {
    return join(dirname(target), `.${basename(target)}.mmf-lock`);
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
async function output_lock_acquireOutputLock(target, output, warn) {
    const path = lockPathFor(target);
    const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
    const draft = `${path}.${process.pid}.draft`;
    await writeFile(draft, `${mine}\n`, { mode: 0o644 });
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
            const text = await readFile(path, 'utf8').catch(() => undefined);
            if (text === undefined)
                continue; // released meanwhile: try again
            const holder = parseHolder(text);
            if (!holder || holder.host !== hostname() || running(holder.pid))
                throw locked(output, path, holder);
            // Stale: move it aside; if what moved is not what was read, another run took it over first.
            const aside = `${path}.${process.pid}.stale`;
            await rename(path, aside).catch(() => undefined);
            const moved = await readFile(aside, 'utf8').catch(() => undefined);
            await rm(aside, { force: true });
            if (moved !== undefined && moved !== text)
                throw locked(output, path, parseHolder(moved));
            warn(`took over the lock ${path} of process ${holder.pid} (since ${holder.since}), which no longer runs`);
        }
        throw locked(output, path, undefined);
    }
    finally {
        await rm(draft, { force: true });
    }
}
/** Hard-links the complete draft into place; where hard links are not supported, creates the file exclusively. */
async function createLock(draft, path, content) {
    try {
        await link(draft, path);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            throw err;
        await writeFile(path, content, { flag: 'wx', mode: 0o644 });
    }
}
function locked(output, path, holder) {
    const who = holder
        ? `process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since}`
        : 'a lock file mmf cannot read';
    return new MmfError('E_OUTPUT_LOCKED', `another run is writing this output (${who}); nothing was changed`, {
        file: output,
        hint: `wait for that run to finish; if no such run exists, remove ${path}`,
    });
}
function ownLock(path, content) {
    const ours = (text) => text === content;
    return {
        path,
        async release() {
            if (ours(await readFile(path, 'utf8').catch(() => undefined)))
                await rm(path, { force: true });
        },
        releaseSync() {
            let text;
            try {
                text = readFileSync(path, 'utf8');
            }
            catch {
                return;
            }
            if (ours(text))
                rmSync(path, { force: true });
        },
    };
}

;// CONCATENATED MODULE: ./actions/platform/fs/path-inside.ts


/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
function path_inside_isInside(path, folder) {
    const rel = relative(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
async function path_inside_realPathOrAncestor(path) {
    const abs = resolve(path);
    const missing = [];
    let cur = abs;
    for (;;) {
        try {
            return resolve(await realpath(cur), ...missing);
        }
        catch {
            const parent = dirname(cur);
            if (parent === cur)
                return abs;
            missing.unshift(relative(parent, cur));
            cur = parent;
        }
    }
}

// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __nccwpck_require__(149);
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
        this.forget = onExit(() => this.cleanupSync());
    }
    /**
     * Checks the output can receive a tree and creates the staging folder,
     * before any expensive work. An output inside one of the `keep` folders (the
     * chart, a base) is refused with or without `force`; with `force`, an output
     * that holds the current directory or any of `keep` is refused too.
     */
    static async open(output, force, keep = [], options = {}) {
        const target = resolve(output);
        await refuseInsideInputs(output, target, keep);
        if (force) {
            for (const path of [process.cwd(), ...keep]) {
                if (isInside(resolve(path), target)) {
                    throw new MmfError('E_OUTPUT_NOT_EMPTY', `refusing to replace a folder that holds ${path === process.cwd() ? 'the current directory' : path}`, {
                        file: output,
                        hint: 'write the output to a folder of its own, e.g. --output k8s',
                    });
                }
            }
        }
        const info = await stat(target).catch(() => undefined);
        if (info && !info.isDirectory()) {
            throw new MmfError('E_OUTPUT_NOT_WRITABLE', 'exists and is not a directory', {
                file: output,
                hint: NOT_WRITABLE_HINT,
            });
        }
        const created = await createParents(dirname(target), output);
        let lock;
        try {
            lock = await acquireOutputLock(target, output, options.warn ?? ((l) => process.stderr.write(`warning: ${l}\n`)));
        }
        catch (err) {
            await removeEmpty(created);
            if (err instanceof MmfError)
                throw err;
            throw notWritable(output, `cannot write in ${dirname(target)}`, err);
        }
        try {
            if (info && !force && (await readdir(target)).length > 0) {
                throw new MmfError('E_OUTPUT_NOT_EMPTY', 'output directory is not empty', {
                    file: output,
                    hint: 'choose an empty or new directory, or pass --force to replace its contents',
                });
            }
            const dir = await mkdtemp(join(dirname(target), `.${basename(target)}.mmf-tmp-`)).catch((err) => {
                throw notWritable(output, `cannot write in ${dirname(target)}`, err);
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
            await this.makeParents(dirname(relative), made);
        await Promise.all(sorted.map(([relative, file]) => 
        // 0666 less the umask, like any new file (644 under 022); Secret files ask for 0600.
        writeFile(join(this.dir, relative), file.content, { mode: file.mode ?? 0o666 })));
    }
    /**
     * Creates the folders of `relative` one level at a time, never the staging
     * folder itself: a signal handler that removed it while a write was in
     * flight must not see it come back (`mkdir -p` would recreate it).
     */
    async makeParents(relative, made) {
        if (relative === '.' || made.has(relative))
            return;
        await this.makeParents(dirname(relative), made);
        await mkdir(join(this.dir, relative)).catch((err) => {
            if (err.code !== 'EEXIST')
                throw err;
        });
        made.add(relative);
    }
    /** Empties the staging folder and writes `files` instead. */
    async replace(files) {
        for (const entry of await readdir(this.dir))
            await rm(join(this.dir, entry), { recursive: true, force: true });
        await this.write(files);
    }
    /**
     * Puts the staged tree in place. With `force` the old tree is renamed aside
     * and removed; without, the output must still be empty: a file that
     * appeared there during the run is left alone and the run fails
     * (E_OUTPUT_NOT_EMPTY). A mount point is filled in place.
     */
    async commit() {
        const target = resolve(this.output);
        // mkdtemp made the staging folder private (0700); the tree gets the umask's mode like any new folder.
        await chmod(this.dir, 0o777 & ~umask());
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
        await rm(this.dir, { recursive: true, force: true });
        await this.finish();
    }
    async finish() {
        if (this.done)
            return;
        this.done = true;
        await rm(this.dir, { recursive: true, force: true });
        await this.lock.release();
        await removeEmpty(this.createdParents);
        this.forget();
    }
    async replaceTarget(target) {
        const existing = await stat(target).catch(() => undefined);
        if (!existing)
            return this.renameIn(target);
        this.aside = `${this.dir}.old`;
        try {
            await rename(target, this.aside);
        }
        catch (err) {
            this.aside = undefined;
            if (!isUnrenamable(err))
                throw notWritable(this.output, 'cannot move the old tree aside', err);
            return fillInPlace(this.dir, target, { replace: true, output: this.output });
        }
        try {
            await rename(this.dir, target);
        }
        catch (err) {
            await rename(this.aside, target);
            this.aside = undefined;
            throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
        await rm(this.aside, { recursive: true, force: true });
        this.aside = undefined;
    }
    async moveIntoEmpty(target) {
        try {
            await rmdir(target); // fails if anything appeared there: it is never deleted
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
            await rename(this.dir, target);
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
        const target = resolve(this.output);
        if (this.aside) {
            const targetExists = (() => {
                try {
                    statSync(target);
                    return true;
                }
                catch {
                    return false;
                }
            })();
            if (!targetExists)
                renameSync(this.aside, target);
            else
                rmSync(this.aside, { recursive: true, force: true });
        }
        removeTreeSync(this.dir);
        this.lock.releaseSync();
        for (const folder of this.createdParents) {
            try {
                rmdirSync(folder);
            }
            catch {
                break;
            }
        }
    }
}
async function appeared(output, target) {
    const names = (await readdir(target).catch(() => [])).sort();
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');
    return new MmfError('E_OUTPUT_NOT_EMPTY', `files appeared in the output while the run was working (${shown}); they were left as they are and nothing was written`, {
        file: output,
        hint: 'run again into an empty or new directory, or pass --force to replace its contents',
    });
}
function notWritable(output, what, err) {
    return new MmfError('E_OUTPUT_NOT_WRITABLE', `${what} (${err.code ?? 'error'})`, {
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
    const realTarget = await realPathOrAncestor(target);
    for (const input of keep) {
        const info = await stat(input).catch(() => undefined);
        if (!info?.isDirectory())
            continue;
        const realInput = await realPathOrAncestor(input);
        if (isInside(target, resolve(input)) || isInside(realTarget, realInput)) {
            throw new MmfError('E_OUTPUT_INSIDE_INPUT', `is inside the input folder ${input}: what is written there would become part of it (a chart folder is packaged by helm package, Secret files included); nothing was written`, { file: output, hint: `write the output outside ${input}, e.g. next to it` });
        }
    }
}
/**
 * The one open/commit/discard sequence: opens a staged output (see
 * StagedOutput.open), lets `work` write and check it, commits when `work`
 * returns and discards when it throws, so a failure leaves nothing behind.
 */
async function staged_output_withStagedOutput(output, options, work) {
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
function staged_output_textTree(files) {
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
        const info = await stat(cur).catch(() => undefined);
        if (info) {
            if (!info.isDirectory()) {
                throw new MmfError('E_OUTPUT_NOT_WRITABLE', `${cur} is a file, not a folder`, {
                    file: output,
                    hint: NOT_WRITABLE_HINT,
                });
            }
            break;
        }
        missing.unshift(cur);
        if (dirname(cur) === cur)
            break;
        cur = dirname(cur);
    }
    const created = [];
    for (const folder of missing) {
        try {
            await mkdir(folder);
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
        await rmdir(folder).catch(() => undefined);
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/report-files.ts










/** The files of a report folder that `artifacts:reports` names (fixed names, so the template can list them). */
const REPORT_FILE_NAMES = {
    codequality: 'gl-codequality.json',
    junit: 'junit.xml',
    dotenv: 'outputs.env',
    markdown: 'report.md',
    text: 'report.txt',
};
/** Findings the codequality report keeps after merging per file and line. */
const MAX_CODEQUALITY_FINDINGS = 1000;
const posix = (path) => path.split(sep).join('/');
/** A path inside the project folder as the project sees it; an outside path as it is. */
function projectPath(projectDir, path) {
    const rel = relative(projectDir, path);
    return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? posix(rel) : path;
}
function dotenvFor(report, outputs, prefix) {
    const present = Object.entries({ ...report.outputs, ...outputs }).filter(([, v]) => v !== '');
    const empty = Object.keys({ ...report.outputs, ...outputs }).filter((k) => !present.some(([name]) => name === k));
    const rendered = renderDotenv(Object.fromEntries(present), { prefix });
    return { text: rendered.text, omitted: [...empty, ...rendered.omitted] };
}
/**
 * The report as the files GitLab reads, besides the dotenv report (whose
 * outputs each writer chooses): `gl-codequality.json` (findings merged per
 * file and line, at most MAX_CODEQUALITY_FINDINGS), `junit.xml`, and the
 * Markdown and text renderings.
 */
function report_files_renderGitLabReportFiles(report) {
    const { annotations, omitted } = mergeAnnotations(report.annotations, MAX_CODEQUALITY_FINDINGS);
    const files = new Map([
        [
            REPORT_FILE_NAMES.codequality,
            JSON.stringify(renderCodeQuality({ ...report, annotations }), null, 2) + '\n',
        ],
        [REPORT_FILE_NAMES.junit, renderJUnit(report)],
        [REPORT_FILE_NAMES.markdown, renderReportMarkdown(report).join('\n')],
        [REPORT_FILE_NAMES.text, renderReportText(report)],
    ]);
    return { files, omittedFindings: omitted };
}
/**
 * Writes a (redacted) report as the files GitLab reads: `gl-codequality.json`
 * (MR diff annotations, merged per file and line), `junit.xml` (one test
 * case per environment / gate), `outputs.env` (the dotenv report: outputs
 * with `dotenvPrefix`, `report-path` pointing into this folder), the
 * Markdown and text renderings, and copies of the report's own files. The
 * folder is replaced as a whole, so a failure leaves the previous one.
 */
async function report_files_writeReportFolder(report, options) {
    const dir = resolve(options.projectDir, options.dir);
    const files = new Map();
    const copied = {};
    for (const file of report.files) {
        if (!(await exists(file.path)))
            continue;
        const name = basename(file.name);
        files.set(name, await readFile(file.path, 'utf8'));
        copied[name] = projectPath(options.projectDir, join(dir, name));
    }
    const rendered = report_files_renderGitLabReportFiles(report);
    for (const [name, text] of rendered.files)
        files.set(name, text);
    const rel = (name) => projectPath(options.projectDir, join(dir, name));
    const firstCopy = Object.values(copied)[0];
    const reportPath = firstCopy ? { 'report-path': firstCopy } : {};
    const dotenv = dotenvFor(report, reportPath, options.dotenvPrefix);
    files.set(REPORT_FILE_NAMES.dotenv, dotenv.text);
    await withStagedOutput(dir, { force: true, keep: options.keep ?? [] }, (staged) => staged.write(textTree(files)));
    return {
        dir,
        codequality: rel(REPORT_FILE_NAMES.codequality),
        junit: rel(REPORT_FILE_NAMES.junit),
        dotenv: rel(REPORT_FILE_NAMES.dotenv),
        markdown: rel(REPORT_FILE_NAMES.markdown),
        copied,
        omittedOutputs: dotenv.omitted,
        omittedFindings: rendered.omittedFindings,
    };
}
/** Rewrites the dotenv report with more outputs (the note's URL, known only after publishing). */
async function report_files_updateDotenv(folder, report, outputs, prefix) {
    const firstCopy = Object.values(folder.copied)[0];
    const dotenv = dotenvFor(report, { ...(firstCopy ? { 'report-path': firstCopy } : {}), ...outputs }, prefix);
    await writeFile(join(folder.dir, REPORT_FILE_NAMES.dotenv), dotenv.text);
    folder.omittedOutputs = dotenv.omitted;
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/publish-report.ts







/** Where the component passes `gitlab-token` (a job variable set from the input). */
const publish_report_GITLAB_TOKEN_ENV = 'MMF_GITLAB_TOKEN';
/** A gitlab-token that is still a variable reference: the variable did not reach this job. */
const UNEXPANDED = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/;
function noNoteReason(settings, where) {
    const { context, token } = settings;
    if (!settings.note.enabled)
        return `No merge request note: comment is false. The report is in the job log and in ${where}.`;
    if (context.mergeRequestIid === undefined)
        return `No merge request note: this is not a merge request pipeline (CI_PIPELINE_SOURCE=${context.pipelineSource || 'unset'}). The report is in the job log and in ${where}.`;
    if (!token || UNEXPANDED.test(token)) {
        const reference = token
            ? ` gitlab-token is ${token}, a variable this job does not have (a protected variable reaches only pipelines of protected branches and tags).`
            : ' No gitlab-token was given.';
        return `No merge request note:${reference} CI_JOB_TOKEN cannot write merge request notes; pass a masked CI/CD variable holding a project access token with the api scope as the gitlab-token input (docs/GITLAB.md#tokens). The report is in the job log and in ${where}.`;
    }
    if (!context.apiUrl || !context.projectId)
        return `No merge request note: CI_API_V4_URL or CI_PROJECT_ID is not set. The report is in the job log and in ${where}.`;
    return undefined;
}
/**
 * Publishes any capability's (redacted) report on GitLab: first the report
 * folder the job uploads as artifacts (codequality, junit, dotenv, Markdown,
 * text, the capability's files), so nothing is lost when GitLab refuses or
 * fails; then one sticky merge request note (split at GitLab's 1,000,000
 * characters, at most `maxParts` parts), written with gitlab-token. Without
 * a token, outside merge requests, or with `comment: false` it says why
 * there is no note. The note URL goes into the dotenv report.
 */
async function publish_report_publishGitLabReport(report, settings) {
    const { context, log } = settings;
    const folder = await writeReportFolder(report, {
        dir: settings.reportDir,
        projectDir: context.projectDir,
        dotenvPrefix: settings.dotenvPrefix,
        ...(settings.keep ? { keep: settings.keep } : {}),
    });
    const notes = [];
    const result = { folder, notes };
    if (folder.omittedFindings)
        notes.push(`${folder.omittedFindings} more finding(s) are in the report, not in the codequality report.`);
    const where = `the job artifacts (${folder.markdown})`;
    const reason = noNoteReason(settings, where);
    if (reason) {
        notes.push(reason);
        return result;
    }
    const iid = context.mergeRequestIid;
    const client = new GitLabClient({
        apiUrl: context.apiUrl,
        token: settings.token,
        log: log.info,
        ...settings.client,
    });
    const action = `write the note on merge request !${iid}`;
    try {
        const jobLink = context.jobUrl ? ` of [this job](${context.jobUrl})` : '';
        const split = splitComment(renderReportMarkdown(report), {
            id: settings.note.id,
            title: report.title,
            limit: GITLAB_NOTE_LIMIT,
            maxParts: settings.note.maxParts,
            overflow: (omitted) => `> ✂️ ${omitted} more part(s) of this report are not posted here (max-comment-parts: ${settings.note.maxParts}). The whole report is in the artifacts${jobLink}: \`${folder.markdown}\`.`,
        });
        const posted = await upsertStickyNote(client, { project: context.projectId, mergeRequestIid: iid, id: settings.note.id }, split.parts);
        const url = posted.noteId !== undefined ? noteUrl(context, posted.noteId) : undefined;
        if (url)
            result.noteUrl = url;
        log.info(`Merge request note: ${split.parts.length} part(s)${split.omitted ? ` (${split.omitted} more not posted)` : ''}, ${posted.created} created, ${posted.updated} updated, ${posted.unchanged} unchanged, ${posted.deleted} deleted${url ? `: ${url}` : ''}`);
    }
    catch (err) {
        const c = classifyGitLabError(err, action);
        notes.push(`No merge request note: ${c.message}. The report is in the job log and in ${where}.`);
        // GitLab's own failures (rate limits, outages) are reported; the job goes on on its report.
        if (isFatal(c))
            result.error = gitLabMmfError(c);
    }
    if (result.noteUrl)
        await updateDotenv(folder, report, { 'note-url': result.noteUrl }, settings.dotenvPrefix);
    return result;
}

;// CONCATENATED MODULE: ./actions/ci/report-folder.ts







/** The files of `--report-dir`: GitLab's report files plus ci's own, fixed names for `artifacts:reports`. */
const CI_REPORT_FILES = {
    ...REPORT_FILE_NAMES,
    cobertura: 'cobertura.xml',
    json: 'ci-report.json',
};
/** ci's files beside GitLab's report files: the result as JSON and, with coverage, Cobertura. */
function report_folder_ciReportFiles(report, outcome) {
    return {
        [CI_REPORT_FILES.json]: JSON.stringify(report.result, null, 2) + '\n',
        ...(outcome.coverage ? { [CI_REPORT_FILES.cobertura]: renderCobertura(outcome.coverage) } : {}),
    };
}
/**
 * Writes the report as the files GitLab reads (`codequality` for failing
 * tests and uncovered changed lines, `junit`, `coverage_report` as Cobertura,
 * `dotenv` with the outputs) plus the Markdown, text and JSON report,
 * redacted: the artifacts are readable by everyone who can read the
 * pipeline. The folder's files are written under temporary names and
 * renamed, so none is ever half written; other files in the folder are left
 * alone. Returns the redacted report.
 */
async function report_folder_writeCiReportFolder(dir, outcome, options = {}) {
    const secrets = [...(options.secrets ?? []), ...secretLookingValues(commandEnvironment(process.env))];
    const report = redactReport(outcome.report, secrets);
    await writeReportFiles(resolve(dir), {
        ...Object.fromEntries(renderGitLabReportFiles(report).files),
        [CI_REPORT_FILES.dotenv]: renderDotenv(report.outputs, { prefix: options.dotenvPrefix ?? '' }).text,
        ...report_folder_ciReportFiles(report, outcome),
    });
    return report;
}

;// CONCATENATED MODULE: ./actions/ci/gitlab.ts






/**
 * ci in a GitLab job (the component, `--gitlab`): the report folder GitLab
 * reads (codequality, junit, dotenv, Markdown, through the GitLab runtime,
 * plus cobertura.xml and ci-report.json), then the sticky merge request note
 * written with MMF_GITLAB_TOKEN. The token and the credential-looking values
 * of the environment are redacted first. Returns the redacted report, what
 * was not published and why; a note GitLab refused is `error` (the job fails).
 */
async function gitlab_publishCiToGitLab(outcome, settings, env = process.env) {
    const context = readGitLabContext(env);
    const token = env[GITLAB_TOKEN_ENV]?.trim() || undefined;
    const secrets = [...(token ? [token] : []), ...secretLookingValues(commandEnvironment(env))];
    const report = redactReport(outcome.report, secrets);
    const published = await publishGitLabReport(report, {
        context,
        ...(token ? { token } : {}),
        reportDir: settings.reportDir,
        dotenvPrefix: settings.dotenvPrefix,
        note: {
            enabled: settings.comment,
            id: settings.commentId ?? `${context.jobName}/ci`,
            maxParts: settings.maxCommentParts,
        },
        log: settings.log,
    });
    await writeReportFiles(published.folder.dir, ciReportFiles(report, outcome));
    return {
        report,
        notes: published.notes,
        ...(published.noteUrl ? { noteUrl: published.noteUrl } : {}),
        ...(published.error ? { error: published.error } : {}),
    };
}

// EXTERNAL MODULE: ./actions/ci/run.ts + 30 modules
var run = __nccwpck_require__(2577);
;// CONCATENATED MODULE: ./actions/ci/cli.ts












function bool(value) {
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new InvalidArgumentError('Give true or false.');
}
function parts(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 50)
        throw new InvalidArgumentError('Give a whole number from 1 to 50.');
    return n;
}
/** Where --gitlab writes the report files without --report-dir (relative to CI_PROJECT_DIR). */
const DEFAULT_GITLAB_REPORT_DIR = 'mmf-report/ci';
const EXIT_CODES = {
    0: 'every gate passed (or none is set)',
    1: 'usage or input error: a report missing, unreadable or outside the workspace',
    3: 'a gate failed',
};
function addReportOptions(command) {
    return command
        .option('--junit <glob...>', 'test reports: JUnit XML (any tool) or `go test -json` output (repeatable)')
        .option('--coverage <glob...>', 'coverage reports: LCOV, Cobertura XML, JaCoCo XML, Go cover profile, Istanbul JSON (repeatable)')
        .option('--base-ref <ref>', 'measure coverage of the lines changed since the merge base of <ref> and HEAD')
        .option('--min-coverage <percent>', 'gate: overall line coverage at least this')
        .option('--min-changed-lines-coverage <percent>', 'gate: coverage of added/changed lines at least this (needs --base-ref)')
        .option('--max-failures <n>', 'gate: at most this many failed tests (failures and errors)')
        .option('--fail-on-flaky', 'gate: fail when a test passed only on a rerun')
        .addOption(new Option('--if-no-files-found <mode>', 'when a pattern matches no file')
        .choices([...IF_NO_FILES_FOUND])
        .default('error'))
        .option('--workspace <dir>', 'folder the patterns are relative to; reports outside it are refused', '.')
        .option('--max-report-size <MiB>', 'largest report file read', String(DEFAULT_MAX_REPORT_MIB))
        .option('--report-dir <dir>', 'also write the report as GitLab reads it: gl-codequality.json, junit.xml, cobertura.xml, outputs.env, report.md')
        .option('--dotenv-prefix <prefix>', 'prefix of the variable names in --report-dir/outputs.env', '')
        .option('--gitlab', `publish to GitLab: the report folder (default ${DEFAULT_GITLAB_REPORT_DIR}) and a sticky merge request note (MMF_GITLAB_TOKEN)`)
        .option('--comment <true|false>', '--gitlab: write the sticky merge request note', bool, true)
        .option('--comment-id <key>', '--gitlab: key of the sticky note (default: the job name)')
        .option('--max-comment-parts <n>', '--gitlab: most notes one report may take', parts, 2)
        .exitOverride();
}
/** What every ci command ends its options with: the output format, its exit codes. */
function finishCommand(command, example) {
    addFormatFlags(command, { json: 'print the result as JSON' });
    setExitCodes(command, EXIT_CODES);
    return addExample(command, example);
}
function reportOptions(flags, io) {
    const maxMib = Number(flags.maxReportSize);
    if (!Number.isFinite(maxMib) || maxMib <= 0)
        throw new MmfError('E_USAGE', `--max-report-size must be a positive number of MiB, not "${flags.maxReportSize}"`);
    const gates = {};
    const minCoverage = parseGateNumber('--min-coverage', flags.minCoverage, 'percent');
    const minChanged = parseGateNumber('--min-changed-lines-coverage', flags.minChangedLinesCoverage, 'percent');
    const maxFailures = parseGateNumber('--max-failures', flags.maxFailures, 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    if (maxFailures !== undefined)
        gates.maxFailures = maxFailures;
    if (flags.failOnFlaky)
        gates.failOnFlaky = true;
    return {
        workspace: flags.workspace,
        junit: flags.junit ?? [],
        coverage: flags.coverage ?? [],
        ...(flags.baseRef ? { baseRef: flags.baseRef } : {}),
        gates,
        ifNoFilesFound: flags.ifNoFilesFound,
        maxReportBytes: Math.floor(maxMib * 1024 * 1024),
        log: stderrLogger(io),
    };
}
/** With --report-dir or --gitlab: writes the folder (and the note) and returns the report as redacted there. */
async function withReportDir(outcome, flags, io) {
    if (flags.gitlab) {
        const published = await publishCiToGitLab(outcome, {
            reportDir: flags.reportDir ?? DEFAULT_GITLAB_REPORT_DIR,
            dotenvPrefix: flags.dotenvPrefix ?? '',
            comment: flags.comment,
            ...(flags.commentId ? { commentId: flags.commentId } : {}),
            maxCommentParts: flags.maxCommentParts,
            log: stderrLogger(io),
        });
        const log = stderrLogger(io);
        for (const note of published.notes)
            log.warn(note);
        if (published.noteUrl)
            log.info(`Merge request note: ${published.noteUrl}`);
        if (published.error)
            throw published.error;
        return published.report;
    }
    if (!flags.reportDir)
        return outcome.report;
    return writeCiReportFolder(flags.reportDir, outcome, { dotenvPrefix: flags.dotenvPrefix ?? '' });
}
/** `mmf ci report` (the CLI contract) and `mmf ci run`. */
function addCiCommand(root, io, state) {
    const ci = root
        .command('ci')
        .summary('quality gates: tests, coverage and changed-lines coverage from your reports')
        .description('Quality gates: test results, coverage and changed-lines coverage from the reports your tools write, ' +
        'with no external service.')
        .exitOverride();
    const report = addReportOptions(ci
        .command('report')
        .summary('quality gates on test and coverage reports, changed-lines coverage included')
        .description('Read test reports and coverage reports, measure coverage of the lines changed since --base-ref, and apply ' +
        'the gates that are set (none by default). Give --junit, --coverage or both.'));
    finishCommand(report, "mmf ci report --junit 'reports/*.xml' --coverage coverage/lcov.info --base-ref origin/main --min-changed-lines-coverage 80").action(async (flags) => {
        const outcome = await runCiReport(reportOptions(flags, io));
        printReport(io, state, 'ci report', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
    });
    const run = addReportOptions(ci
        .command('run')
        .summary('run named commands (lint, tests), then apply the quality gates as ci report')
        .description('Run named commands one after another (each timed, its output kept in a log), then report as `ci report` ' +
        'does. A command that exits non-zero fails its gate `command:<name>`. The commands get the ' +
        "environment less the CI system's credentials (GitHub's ACTIONS_* and INPUT_*, GitLab's CI_JOB_TOKEN).")
        .addOption(markRequired(new Option('--command <name: command>', "a command to run, e.g. 'lint: uv run ruff check' (repeatable; split into arguments, no shell)")
        .argParser(collect)
        .default([])))
        .option('--shell', 'run each command with sh -c (pipes, variables, globs) instead of as an argument list')
        .option('--log-dir <dir>', 'where the command logs go (default: a new temporary folder)'));
    finishCommand(run, "mmf ci run --command 'test: npx jest --ci' --junit junit.xml --coverage coverage/lcov.info --max-failures 0").action(async (flags) => {
        const commands = parseCommandLines(flags.command, Boolean(flags.shell), '--command');
        if (commands.length === 0)
            throw new MmfError('E_USAGE', 'missing --command <name: command>', {
                hint: "mmf ci run --command 'test: npx jest --ci' --junit junit.xml",
            });
        const outcome = await runCi({
            ...reportOptions(flags, io),
            commands,
            ...(flags.logDir ? { logDir: flags.logDir } : {}),
        });
        printReport(io, state, 'ci run', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
    });
    return ci;
}
/** `mmf ci`. */
const registerCiCli = ({ root, io, state }) => {
    addCiCommand(root, io, state);
};

;// CONCATENATED MODULE: ./actions/ci/index.ts
// The ci capability's public face: what entries and other capabilities may use.


/**
 * The action's input reader. Loaded on first use: it needs @actions/core (and
 * its HTTP client), which the CLI never loads.
 */
async function loadCiInputs() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1102))).readCiInputs;
}
/** The GitHub action (entries/ci.ts). Loaded on first use, as loadCiInputs, so the CLI never loads @actions/*. */
async function runCiAction() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(239), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16))).runCiAction();
}


/***/ }),

/***/ 2577:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HR: () => (/* binding */ DEFAULT_MAX_REPORT_MIB),
  ql: () => (/* binding */ runCi),
  kB: () => (/* binding */ runCiReport)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __nccwpck_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/logger.ts
const silentLogger = { info: () => { }, warn: () => { } };

// EXTERNAL MODULE: ./actions/platform/process/run-command.ts + 1 modules
var run_command = __nccwpck_require__(4136);
;// CONCATENATED MODULE: ./actions/platform/git/diff-lines.ts


async function git(args, cwd) {
    return (0,run_command/* runCommand */.d)('git', args, { cwd });
}
const firstLine = (text) => text.trim().split('\n')[0] ?? '';
/**
 * What the change being checked added: the diff from the merge base of
 * `baseRef` and HEAD to HEAD (what `git diff base...HEAD` shows, so commits
 * made on the base branch since do not count), with no context lines, limited
 * to the workspace folder and with paths relative to it. A ref that does not
 * exist locally is also tried as `origin/<ref>` (what CI checkouts fetch).
 */
async function diffAgainstBase(workspace, baseRef) {
    if (!baseRef.trim() || baseRef.startsWith('-') || /[\s\0]/.test(baseRef))
        throw new errors/* MmfError */.H0('E_USAGE', `--base-ref "${baseRef}" is not a git ref (branch, tag or commit)`);
    const top = await git(['rev-parse', '--show-toplevel'], workspace).catch(() => undefined);
    if (!top || top.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_BASE_REF', `--base-ref ${baseRef} needs a git repository, and ${workspace} is not in one`, {
            file: workspace,
            hint: 'run inside the checkout (actions/checkout) or leave --base-ref out',
        });
    let ref = baseRef;
    let commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], workspace);
    if (commit.exitCode !== 0 && !ref.startsWith('origin/')) {
        const remote = await git(['rev-parse', '--verify', '--quiet', `origin/${ref}^{commit}`], workspace);
        if (remote.exitCode === 0) {
            ref = `origin/${ref}`;
            commit = remote;
        }
    }
    if (commit.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_BASE_REF', `the base ref "${baseRef}" does not exist in this repository`, {
            file: workspace,
            hint: 'fetch it first: actions/checkout with fetch-depth: 0, or git fetch origin <branch>',
        });
    const base = await git(['merge-base', commit.stdout.trim(), 'HEAD'], workspace);
    if (base.exitCode !== 0 || !base.stdout.trim())
        throw new errors/* MmfError */.H0('E_BASE_REF', `"${ref}" and HEAD have no common ancestor in this clone${base.stderr.trim() ? ` (${firstLine(base.stderr)})` : ''}; a shallow clone lacks the history to find it`, {
            file: workspace,
            hint: 'fetch the full history: actions/checkout with fetch-depth: 0 (GitLab: GIT_DEPTH: 0)',
        });
    const mergeBase = base.stdout.trim();
    const diff = await git([
        '-c',
        'core.quotePath=true',
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--find-renames',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--relative',
        mergeBase,
        'HEAD',
        '--',
    ], workspace);
    if (diff.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_BASE_REF', `git diff against ${ref} failed: ${firstLine(diff.stderr)}`, {
            file: workspace,
        });
    return { baseRef: ref, mergeBase, diff: diff.stdout };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./actions/platform/process/command-env.ts
var command_env = __nccwpck_require__(3669);
;// CONCATENATED MODULE: ./actions/platform/process/split-argv.ts

/** Unquoted, these mean something only to a shell: refused so that nothing silently runs differently. */
const SHELL_SYNTAX = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '\n']);
/**
 * Splits a command line into an argument array, with a deliberately small rule:
 * - words are separated by spaces or tabs;
 * - '…' keeps everything inside as it is;
 * - "…" keeps everything inside except that \" and \\ stand for " and \;
 * - outside quotes, a backslash keeps the next character as it is.
 * Nothing is expanded: no variables, globs, `~`, pipes or redirections. An
 * unquoted shell character (| & ; < > ( ) $ ` * ?) or a leading NAME=value
 * is refused with a hint to run the command through a shell instead.
 */
function splitCommandLine(line, label) {
    const words = [];
    let word = '';
    let inWord = false;
    const refuse = (what) => new errors/* MmfError */.H0('E_USAGE', `command "${label}": ${what}; commands run without a shell`, {
        hint: 'quote it, or run the command through sh with shell: true (--shell)',
    });
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === ' ' || ch === '\t') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (ch === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw refuse('a single quote is not closed');
            word += line.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (ch === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\'))
                    j += 1;
                word += line[j];
            }
            if (j >= line.length)
                throw refuse('a double quote is not closed');
            i = j;
        }
        else if (ch === '\\') {
            if (i + 1 >= line.length)
                throw refuse('it ends with a backslash');
            word += line[i + 1];
            inWord = true;
            i += 1;
        }
        else if (SHELL_SYNTAX.has(ch)) {
            throw refuse(ch === '\n' ? 'it spans several lines' : `"${ch}" is shell syntax`);
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    if (words.length === 0)
        throw refuse('it is empty');
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))
        throw refuse(`"${words[0]}" sets an environment variable, which needs a shell`);
    return words;
}

;// CONCATENATED MODULE: ./actions/platform/process/run-named-command.ts





const safeName = (name) => name.replace(/[^A-Za-z0-9._-]/g, '_');
function tail(text, lines) {
    const all = text.replace(/\s+$/, '').split('\n');
    const shown = all.slice(-lines).join('\n');
    return all.length > lines ? `… (${all.length - lines} lines before)\n${shown}` : shown;
}
/**
 * Runs one named command in `cwd`, timed, with its output kept in
 * `<logDir>/<name>.log`. Without `shell` the line is split into an argument
 * array and spawned directly (no shell parses it); with `shell` it runs as
 * `sh -c <line>`. Either way the process gets the environment of the job
 * less the CI system's and mmf's credentials (command-env.ts): these are the
 * user's own build and test commands. The exit code is returned, never thrown:
 * a program that does not exist exits 127, as in a shell.
 */
async function runNamedCommand(command, options) {
    const argv = command.shell
        ? ['sh', '-c', command.command]
        : splitCommandLine(command.command, command.name);
    const [file, ...args] = argv;
    await (0,promises_.mkdir)(options.logDir, { recursive: true });
    const log = (0,external_node_path_.join)(options.logDir, `${safeName(command.name)}.log`);
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    let exitCode;
    try {
        const result = await (0,run_command/* runCommand */.d)(file, args, {
            cwd: options.cwd,
            maxOutputBytes: options.maxOutputBytes ?? 64 * 1024 * 1024,
            environment: (0,command_env/* commandEnvironment */.J$)(options.parentEnv ?? process.env, options.secrets ?? []),
            ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        });
        ({ stdout, stderr, exitCode } = result);
    }
    catch (err) {
        const code = err.code;
        exitCode = code === 'ENOENT' ? 127 : code === 'EACCES' ? 126 : 1;
        stderr = code === 'ENOENT' ? `${file}: command not found` : `${file}: ${err.message}`;
    }
    const durationMs = Math.round(performance.now() - started);
    const header = `$ ${command.shell ? `sh -c ${JSON.stringify(command.command)}` : argv.map((a) => (/[\s"'\\]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`;
    const footer = `\n[exit ${exitCode} after ${(durationMs / 1000).toFixed(1)} s]\n`;
    await (0,promises_.writeFile)(log, `${header}${stdout}${stderr ? `${stdout && !stdout.endsWith('\n') ? '\n' : ''}${stderr}` : ''}${footer}`);
    return {
        ...command,
        argv,
        exitCode,
        durationMs,
        log,
        outputTail: tail(`${stdout}${stdout && stderr && !stdout.endsWith('\n') ? '\n' : ''}${stderr}`, options.tailLines ?? 60),
    };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/line-coverage.ts
/** Line coverage of source files, whatever tool measured it. */
/** Floors to 2 decimals so a value below a threshold is never printed as equal to it. */
function percentOf(covered, lines) {
    if (lines === 0)
        return null;
    return Math.floor((covered / lines) * 10000) / 100;
}
function fileTotals(file) {
    if (file.lines) {
        let covered = 0;
        for (const hits of file.lines.values())
            if (hits > 0)
                covered += 1;
        return { lines: file.lines.size, covered };
    }
    return file.totals ?? { lines: 0, covered: 0 };
}
/** Adds `hits` for `line`, keeping the higher count when two blocks or classes report it. */
function addLine(lines, line, hits) {
    const before = lines.get(line);
    if (before === undefined || hits > before)
        lines.set(line, hits);
}
/**
 * Merges files measured by several reports (unit and integration runs, one
 * report per package): instrumented lines are the union, a line counts as
 * covered when any report ran it. Per-line data wins over totals-only data;
 * of two totals-only entries the one with more covered lines is kept.
 */
function mergeFileCoverage(into, from) {
    const reports = [...new Set([...into.reports, ...from.reports])];
    if (into.lines && from.lines) {
        const lines = new Map(into.lines);
        for (const [line, hits] of from.lines)
            addLine(lines, line, hits);
        return { ...into, lines, reports };
    }
    if (into.lines || from.lines)
        return { ...(into.lines ? into : from), reports };
    const a = into.totals ?? { lines: 0, covered: 0 };
    const b = from.totals ?? { lines: 0, covered: 0 };
    return { ...(b.covered > a.covered ? from : into), reports };
}
function coverageTotals(files) {
    let lines = 0;
    let covered = 0;
    for (const file of files) {
        const t = fileTotals(file);
        lines += t.lines;
        covered += t.covered;
    }
    return { lines, covered, percent: percentOf(covered, lines) };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/map-coverage.ts

const dirname = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
/**
 * Maps every report's paths into the workspace and merges files that several
 * reports measured. Relative paths are tried against the workspace root, the
 * report's <sources> (Cobertura) and the report's folder, then Go module
 * paths and a unique suffix match (JaCoCo's package paths, reports made in
 * another checkout folder). Files that match nothing keep their best-effort
 * path and `inWorkspace: false`.
 */
function mapCoverage(reports, resolver) {
    const merged = new Map();
    for (const report of reports) {
        const bases = [
            ...report.sourceRoots.map((root) => resolver.baseDir(root)).filter((b) => b !== undefined),
            dirname(report.report),
        ];
        for (const raw of report.files) {
            const found = resolver.resolve(raw.path, bases);
            const file = {
                path: found ?? resolver.best(raw.path, bases),
                ...(raw.lines ? { lines: raw.lines } : {}),
                ...(raw.totals ? { totals: raw.totals } : {}),
                inWorkspace: found !== undefined,
                reports: [report.report],
            };
            const before = merged.get(file.path);
            merged.set(file.path, before ? mergeFileCoverage(before, file) : file);
        }
    }
    return [...merged.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./actions/ci/core/diff/changed-lines-coverage.ts

/**
 * Uncovered changed lines as ranges: neighbours join, and so do two separated
 * only by changed lines that are not instrumented (blank lines, comments, a
 * closing brace), so one untested new block is one range. Unchanged lines
 * never join a range: every line of a range was added or changed.
 */
function uncoveredRanges(uncovered, instrumented, changed) {
    const ranges = [];
    // `changed` is ascending and holds every uncovered line: walk it alongside.
    let at = 0;
    let lastAt = -1;
    for (const line of uncovered) {
        while (changed[at] !== line)
            at += 1;
        const last = ranges[ranges.length - 1];
        // Every line between is changed when as many changed lines lie between as line numbers do.
        if (last && at - lastAt === line - last.end) {
            let joinable = true;
            for (let l = last.end + 1; l < line && joinable; l++)
                if (instrumented.has(l))
                    joinable = false;
            if (joinable) {
                last.end = line;
                lastAt = at;
                continue;
            }
        }
        ranges.push({ start: line, end: line });
        lastAt = at;
    }
    return ranges;
}
/**
 * The changed-lines join: for every line the diff added or changed, whether a
 * coverage report instruments it and whether a test ran it. Lines no report
 * instruments (blank lines, comments, declarations, files that are not code)
 * do not count either way.
 */
function changedLinesCoverage(changed, coverage) {
    const files = [];
    const unmeasured = [];
    let lines = 0;
    let covered = 0;
    for (const [path, added] of changed) {
        const measured = coverage.get(path)?.lines;
        if (!measured) {
            unmeasured.push(path);
            continue;
        }
        let fileLines = 0;
        let fileCovered = 0;
        const missed = [];
        for (const line of added) {
            const hits = measured.get(line);
            if (hits === undefined)
                continue;
            fileLines += 1;
            if (hits > 0)
                fileCovered += 1;
            else
                missed.push(line);
        }
        if (fileLines === 0)
            continue;
        lines += fileLines;
        covered += fileCovered;
        files.push({
            path,
            changed: added.length,
            lines: fileLines,
            covered: fileCovered,
            percent: percentOf(fileCovered, fileLines),
            uncovered: uncoveredRanges(missed, measured, added),
        });
    }
    files.sort((a, b) => (a.percent ?? 100) - (b.percent ?? 100) || b.lines - a.lines || (a.path < b.path ? -1 : 1));
    unmeasured.sort();
    return { lines, covered, percent: percentOf(covered, lines), files, unmeasured };
}

;// CONCATENATED MODULE: ./actions/ci/core/diff/parse-unified-diff.ts

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ENCODER = new TextEncoder();
const [PLUS, MINUS, SPACE, BACKSLASH] = ['+', '-', ' ', '\\'].map((c) => c.charCodeAt(0));
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Git's C-style quoted path ("b/sp\303\251cial name") to the path. */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"'))
        return text;
    const bytes = [];
    const inner = text.slice(1, -1);
    for (let i = 0; i < inner.length; i++) {
        const ch = inner[i];
        if (ch !== '\\') {
            bytes.push(...ENCODER.encode(ch));
            continue;
        }
        const next = inner[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
}
/** `b/path` (or a quoted form) of a `+++` line to the path; undefined for /dev/null. */
function newSidePath(spec) {
    const path = unquoteGitPath(spec.replace(/\t.*$/, '').trim());
    if (path === '/dev/null')
        return undefined;
    return path.startsWith('b/') ? path.slice(2) : path;
}
/**
 * The added and changed lines of `git diff --unified=<n>` output (any context
 * size): for every file, the new-side numbers of `+` lines. Hunk line counts
 * are followed, so an added line that itself starts with `++` is not taken for
 * a file header. Deleted files and binary files add nothing.
 */
function parseUnifiedDiff(text, label = 'git diff') {
    const changed = new Map();
    let file;
    let oldLeft = 0;
    let newLeft = 0;
    let next = 0;
    let lineNo = 0;
    // Scanned in place: hunk lines are told by their first character, and only headers are cut out.
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNo += 1;
        if (oldLeft > 0 || newLeft > 0) {
            const mark = text.charCodeAt(start);
            if (mark === PLUS) {
                file?.push(next);
                next += 1;
                newLeft -= 1;
            }
            else if (mark === MINUS)
                oldLeft -= 1;
            else if (mark === SPACE) {
                next += 1;
                oldLeft -= 1;
                newLeft -= 1;
            }
            else if (mark !== BACKSLASH)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: the hunk ends before its line counts say`, {
                    file: label,
                });
        }
        else if (text.startsWith('+++ ', start)) {
            const path = newSidePath(text.slice(start + 4, end));
            file = undefined;
            if (path !== undefined) {
                file = changed.get(path) ?? [];
                changed.set(path, file);
            }
        }
        else if (text.startsWith('@@', start)) {
            const line = text.slice(start, end);
            const m = HUNK.exec(line);
            if (!m)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: "${line.slice(0, 60)}" is not a hunk header`, {
                    file: label,
                });
            oldLeft = m[1] === undefined ? 1 : Number(m[1]);
            next = Number(m[2]);
            newLeft = m[3] === undefined ? 1 : Number(m[3]);
        }
        start = end + 1;
    }
    for (const [path, lines] of changed) {
        if (lines.length === 0)
            changed.delete(path);
        // git writes hunks in order; sort only what is not.
        else if (lines.some((l, i) => i > 0 && l < lines[i - 1]))
            lines.sort((a, b) => a - b);
    }
    return changed;
}

;// CONCATENATED MODULE: ./actions/ci/core/paths/workspace-paths.ts
/** Joins and normalises POSIX path parts; undefined when `..` climbs above the start. */
function normalizeRelative(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
const isAbsolute = (p) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);
/**
 * Maps the paths that reports and stack traces write (absolute, relative to
 * the report, to a source root, Go import paths, file:// URLs, Windows
 * separators) to workspace-relative paths of files that exist. Unknown paths
 * map to undefined; `best` keeps a readable fallback for them.
 */
class PathResolver {
    index;
    byName = new Map();
    modules;
    constructor(index) {
        this.index = index;
        for (const file of index.files) {
            const name = file.slice(file.lastIndexOf('/') + 1);
            const list = this.byName.get(name);
            if (list)
                list.push(file);
            else
                this.byName.set(name, [file]);
        }
        // Longest module path first: nested modules win over their parent.
        this.modules = [...index.goModules].sort((a, b) => b.path.length - a.path.length);
    }
    /** The workspace file `raw` names, trying `bases` (workspace-relative folders) for relative paths. */
    resolve(raw, bases = []) {
        const path = clean(raw);
        if (!path)
            return undefined;
        if (isAbsolute(path)) {
            const inside = this.underRoot(path);
            // Under the root the path is known: a file that is not listed (ignored, generated) is not guessed.
            if (inside !== undefined)
                return this.index.files.has(inside) ? inside : undefined;
            return this.bySuffix(path);
        }
        for (const base of ['', ...bases]) {
            const joined = normalizeRelative(base ? `${base}/${path}` : path);
            if (joined !== undefined && this.index.files.has(joined))
                return joined;
        }
        const fromModule = this.fromGoModule(path);
        if (fromModule !== undefined && this.index.files.has(fromModule))
            return fromModule;
        return this.bySuffix(path);
    }
    /**
     * For files not found: a workspace-relative form when one can be told (absolute
     * under the root, a Go module path), else the path as written.
     */
    best(raw, bases = []) {
        const found = this.resolve(raw, bases);
        if (found !== undefined)
            return found;
        const path = clean(raw);
        if (isAbsolute(path))
            return this.underRoot(path) ?? path;
        return this.fromGoModule(path) ?? normalizeRelative(path) ?? path;
    }
    /** A folder a report names (a Cobertura <source>) as a workspace-relative base, when it is one. */
    baseDir(raw) {
        const path = clean(raw);
        if (isAbsolute(path))
            return this.underRoot(path);
        return normalizeRelative(path);
    }
    /** A Go import path of a file (`example.com/shop/cart/cart.go`) to its workspace path. */
    fromGoModule(path) {
        for (const mod of this.modules) {
            if (path === mod.path || path.startsWith(`${mod.path}/`)) {
                const rest = path.slice(mod.path.length + 1);
                return normalizeRelative(mod.dir ? `${mod.dir}/${rest}` : rest);
            }
        }
        return undefined;
    }
    /** The workspace folder of a Go package import path (`example.com/shop/cart` → `cart`). */
    goPackageDir(importPath) {
        for (const mod of this.modules) {
            if (importPath === mod.path)
                return mod.dir;
            if (importPath.startsWith(`${mod.path}/`))
                return normalizeRelative(`${mod.dir}/${importPath.slice(mod.path.length + 1)}`);
        }
        return undefined;
    }
    underRoot(path) {
        for (const root of [this.index.root, ...(this.index.aliases ?? [])]) {
            const prefix = root.endsWith('/') ? root : `${root}/`;
            if (path.startsWith(prefix))
                return normalizeRelative(path.slice(prefix.length));
            if (path === root)
                return '';
        }
        return undefined;
    }
    /**
     * The one workspace file whose path ends with the longest tail of `path`
     * (CI runners check out in another folder than the one a report was made in,
     * JaCoCo paths lack their source root). Ambiguous tails give undefined.
     */
    bySuffix(path) {
        const parts = path.split('/').filter((p) => p && p !== '.');
        const name = parts[parts.length - 1];
        const candidates = name ? this.byName.get(name) : undefined;
        if (!candidates)
            return undefined;
        let best;
        let bestTail = 0;
        let tie = false;
        for (const candidate of candidates) {
            const tail = matchingTail(candidate, parts);
            if (tail > bestTail) {
                best = candidate;
                bestTail = tail;
                tie = false;
            }
            else if (tail === bestTail)
                tie = true;
        }
        // A bare file name must be unique; a longer path must match at least its folder too.
        return !tie && bestTail >= Math.min(2, parts.length) ? best : undefined;
    }
}
/** How many trailing segments of `parts` `candidate` ends with. */
function matchingTail(candidate, parts) {
    const segments = candidate.split('/');
    let n = 0;
    while (n < parts.length &&
        n < segments.length &&
        segments[segments.length - 1 - n] === parts[parts.length - 1 - n])
        n += 1;
    return n;
}
/** file:// URLs, Windows separators, surrounding quotes and whitespace. */
function clean(raw) {
    let path = raw.trim().replace(/^["']|["']$/g, '');
    if (path.startsWith('file://')) {
        try {
            path = decodeURIComponent(new URL(path).pathname);
        }
        catch {
            path = path.slice('file://'.length);
        }
    }
    path = path.replace(/\\/g, '/');
    // /C:/work/x from a Windows file URL
    if (/^\/[A-Za-z]:\//.test(path))
        path = path.slice(1);
    return path;
}

// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var core_gates = __nccwpck_require__(8195);
;// CONCATENATED MODULE: ./actions/ci/core/tests/failure-location.ts
/** Frames of libraries and runtimes: never where a test failed. */
const FOREIGN = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|vendor)\/|^node:|^internal\/|<anonymous>|^\/usr\/(local\/)?(lib|go)\//;
const PATTERNS = [
    // Python traceback: File "tests/test_cart.py", line 12, in test_total
    { re: /File "([^"]+)", line (\d+)/g, order: 'innermost' },
    // pytest's short form: tests/test_cart.py:12: AssertionError
    { re: /^([^\s:"'()]+\.py):(\d+):/gm, order: 'innermost' },
    // JS/TS stack: at fn (/abs/src/cart.test.ts:12:5) | at /abs/src/cart.test.ts:12:5 | file:///…
    { re: /\bat (?:.*? \()?((?:file:\/\/)?[^\s()]+?):(\d+):\d+\)?$/gm, order: 'outermost' },
    // Java/Kotlin: at com.acme.CartTest.total(CartTest.java:12)
    {
        re: /\bat ([\w$.]+)\.[\w$<>\- ]+\(([\w$-]+\.(?:java|kt|groovy|scala)):(\d+)\)/g,
        order: 'outermost',
        java: true,
    },
    // Go: cart_test.go:12: want 3, got 4 (relative to the package folder)
    { re: /(?:^|\s)([\w.\-/]+\.go):(\d+):/gm, order: 'outermost' },
];
function failure_location_frames(text) {
    return PATTERNS.map(({ re, order, java }) => {
        const found = [];
        for (const m of text.matchAll(re)) {
            const frame = java
                ? { path: m[2], line: Number(m[3]), javaClass: m[1] }
                : { path: m[1], line: Number(m[2]) };
            if (frame.line > 0 && !FOREIGN.test(frame.path))
                found.push(frame);
        }
        return order === 'innermost' ? found.reverse() : found;
    });
}
/** Where a test file probably lives, from its classname: `tests.test_cart` → tests/test_cart.py. */
function classnameHints(c) {
    const parts = c.classname.split('.').filter(Boolean);
    if (parts.length === 0 || c.classname.includes('/') || c.classname.includes(' '))
        return [];
    const hints = [];
    for (let n = parts.length; n > 0 && hints.length < 4; n--) {
        const stem = parts.slice(0, n).join('/');
        hints.push(`${stem}.py`, `${stem}.java`, `${stem}.kt`);
    }
    return hints;
}
/**
 * Where a failing test failed, as a workspace file and line: the report's own
 * file/line attributes when they name a workspace file, else the stack trace
 * or failure text (Python tracebacks and pytest's `file.py:N:`, JS stack
 * frames, Java `at pkg.Class(File.java:N)`, Go `file_test.go:N:` relative to
 * its package). A frame in the test's own file wins over one in code it calls.
 */
function failureLocation(c, resolver) {
    const reportDir = c.report.includes('/') ? c.report.slice(0, c.report.lastIndexOf('/')) : '';
    const goDir = resolver.goPackageDir(c.classname);
    const bases = [...(goDir !== undefined ? [goDir] : []), reportDir];
    const ownFile = c.file ? resolver.resolve(c.file, bases) : undefined;
    if (ownFile && c.line)
        return { path: ownFile, line: c.line };
    const hinted = new Set(classnameHints(c)
        .map((h) => resolver.resolve(h))
        .filter((p) => !!p));
    if (ownFile)
        hinted.add(ownFile);
    // Colour codes around a path hide it: real ESC sequences, and pytest's `#x1B[31m` (its junitxml
    // writes ESC, which XML cannot hold, so) when the tests ran with colour forced on.
    const text = [c.details, c.message, c.output]
        .filter(Boolean)
        .join('\n')
        // eslint-disable-next-line no-control-regex
        .replace(/(?:\u001b|#x1B)\[[0-9;]*[A-Za-z]/g, '');
    const resolved = [];
    for (const group of failure_location_frames(text)) {
        for (const frame of group) {
            const path = frame.javaClass ? resolveJava(frame, resolver) : resolver.resolve(frame.path, bases);
            if (path)
                resolved.push({ path, line: frame.line });
        }
    }
    const inOwnFile = resolved.find((l) => hinted.has(l.path));
    if (inOwnFile)
        return inOwnFile;
    if (ownFile)
        return { path: ownFile, line: 1 };
    return resolved[0];
}
/** `com.acme.CartTest$Inner` + `CartTest.java` → …/com/acme/CartTest.java in the workspace. */
function resolveJava(frame, resolver) {
    const segments = frame.javaClass.split('.');
    segments.pop(); // the class itself (the method was already cut off by the pattern)
    const pkg = segments.join('/');
    return resolver.resolve(pkg ? `${pkg}/${frame.path}` : frame.path);
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/locate-failures.ts

/** The failed cases with where they failed (when it can be told); the others as they are. */
function locateFailures(cases, resolver) {
    return cases.map((test) => {
        if (test.outcome !== 'failed' && test.outcome !== 'error')
            return { test };
        const location = failureLocation(test, resolver);
        return location ? { test, location } : { test };
    });
}
/** `tests.test_cart › test_total`, or just the name when the classname adds nothing. */
function displayName(test) {
    if (!test.classname || test.name.includes(test.classname))
        return test.name;
    return `${test.classname} › ${test.name}`;
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/summarize-tests.ts
const isFailure = (c) => c.outcome === 'failed' || c.outcome === 'error';
/**
 * Retries that a tool writes as repeated cases (Gradle's test-retry plugin,
 * `go test -count`, merged reports): within one report, cases with the same
 * suite, classname and name where some failed and some passed become one flaky,
 * passed case. Repeats that all passed or all failed stay separate: they may be
 * different tests that share a name.
 */
function collapseReruns(cases) {
    // Nested maps on the strings the cases already hold: no key is built per case (50,000-case reports).
    const index = new Map();
    const groups = [];
    for (const c of cases) {
        let bySuite = index.get(c.report);
        if (!bySuite)
            index.set(c.report, (bySuite = new Map()));
        let byClass = bySuite.get(c.suite);
        if (!byClass)
            bySuite.set(c.suite, (byClass = new Map()));
        let byName = byClass.get(c.classname);
        if (!byName)
            byClass.set(c.classname, (byName = new Map()));
        const group = byName.get(c.name);
        if (group)
            group.push(c);
        else {
            const fresh = [c];
            byName.set(c.name, fresh);
            groups.push(fresh);
        }
    }
    if (groups.length === cases.length)
        return [...cases];
    const out = [];
    for (const group of groups) {
        const passed = group.find((c) => c.outcome === 'passed');
        const failed = group.filter(isFailure);
        if (group.length === 1 || !passed || failed.length === 0) {
            out.push(...group);
            continue;
        }
        const first = failed[0];
        const duration = group.reduce((sum, c) => sum + (c.durationMs ?? 0), 0);
        out.push({
            ...passed,
            flaky: true,
            reruns: group.length - 1 + group.reduce((sum, c) => sum + c.reruns, 0),
            ...(first.message ? { message: first.message } : {}),
            ...(first.type ? { type: first.type } : {}),
            ...(first.details ? { details: first.details } : {}),
            ...(passed.file || !first.file ? {} : { file: first.file }),
            ...(passed.line || !first.line ? {} : { line: first.line }),
            durationMs: duration,
        });
    }
    return out;
}
function summarizeTests(cases) {
    const summary = {
        total: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        durationMs: 0,
    };
    for (const c of cases) {
        summary.total += 1;
        summary.durationMs += c.durationMs ?? 0;
        if (c.outcome === 'passed')
            summary.passed += 1;
        else if (c.outcome === 'skipped')
            summary.skipped += 1;
        else {
            summary.failed += 1;
            if (c.outcome === 'error')
                summary.errors += 1;
        }
        if (c.flaky)
            summary.flaky += 1;
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/ci/core/report/ci-annotations.ts

const ANNOTATIONS_PER_FILE = 50;
const ANNOTATIONS_TOTAL = 200;
const MESSAGE_LIMIT = 4000;
const cut = (text, limit) => (text.length > limit ? `${text.slice(0, limit)}\n…` : text);
const lineWord = (start, end) => (start === end ? `Line ${start}` : `Lines ${start}–${end}`);
/**
 * Annotations for a check run or codequality report: one at each failing
 * test's file and line, then one per uncovered range of changed lines; at most
 * ANNOTATIONS_PER_FILE per file and ANNOTATIONS_TOTAL in all (failures first),
 * with a note saying how many were left out.
 */
function ciAnnotations(cases, changed) {
    const wanted = [];
    for (const { test, location } of cases) {
        if (!location)
            continue;
        const details = [test.message, test.details && test.details !== test.message ? test.details : undefined]
            .filter(Boolean)
            .join('\n\n');
        wanted.push({
            path: location.path,
            startLine: location.line,
            level: 'failure',
            title: `${test.outcome === 'error' ? 'Test error' : 'Test failed'}: ${displayName(test)}`,
            message: cut(details || 'the test failed without a message', MESSAGE_LIMIT),
            rule: 'test-failure',
        });
    }
    for (const file of changed?.files ?? []) {
        for (const range of file.uncovered) {
            wanted.push({
                path: file.path,
                startLine: range.start,
                ...(range.end !== range.start ? { endLine: range.end } : {}),
                level: 'warning',
                title: 'Changed lines not covered by tests',
                message: `${lineWord(range.start, range.end)} ${range.start === range.end ? 'was' : 'were'} added or changed and no test ran ${range.start === range.end ? 'it' : 'them'}.`,
                rule: 'uncovered-lines',
            });
        }
    }
    const perFile = new Map();
    const annotations = [];
    let droppedPerFile = 0;
    let droppedTotal = 0;
    for (const annotation of wanted) {
        const count = perFile.get(annotation.path) ?? 0;
        if (count >= ANNOTATIONS_PER_FILE)
            droppedPerFile += 1;
        else if (annotations.length >= ANNOTATIONS_TOTAL)
            droppedTotal += 1;
        else {
            perFile.set(annotation.path, count + 1);
            annotations.push(annotation);
        }
    }
    const notes = [];
    if (droppedPerFile + droppedTotal > 0)
        notes.push(`${droppedPerFile + droppedTotal} of ${wanted.length} annotations are not shown (at most ${ANNOTATIONS_PER_FILE} per file and ${ANNOTATIONS_TOTAL} in all); every failure and uncovered range is listed in the report.`);
    return { annotations, notes };
}

;// CONCATENATED MODULE: ./actions/ci/core/report/ci-sections.ts

/** Rows and items listed per section; the rest is counted (every item is in `--json`). */
const SECTION_ROWS = 50;
const DETAIL_LINES = 40;
const DETAIL_CHARS = 4000;
const formatPercent = (p) => (p === null ? 'n/a' : `${p.toFixed(2)}%`);
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function clip(text) {
    const lines = text.split('\n');
    let out = lines.slice(0, DETAIL_LINES).join('\n');
    if (out.length > DETAIL_CHARS)
        out = out.slice(0, DETAIL_CHARS);
    return out.length < text.length ? `${out}\n… (${text.length - out.length} more characters)` : out;
}
const more = (shown, total, what) => total > shown
    ? [{ kind: 'paragraph', text: `… and ${total - shown} more ${what} (all of them are in --json).` }]
    : [];
const ranges = (list) => list.map(([s, e]) => (s === e ? `${s}` : `${s}–${e}`)).join(', ');
function testsSection(result) {
    const t = result.tests;
    return {
        id: 'tests',
        title: 'Tests',
        conclusion: t.failed > 0 ? 'failure' : 'success',
        blocks: [
            {
                kind: 'table',
                columns: ['Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Time'],
                rows: [[t.total, t.passed, t.failed, t.errors, t.skipped, t.flaky, formatDuration(t.durationMs)]],
            },
            { kind: 'paragraph', text: `From ${result.reports.junit.join(', ') || 'no report'}.` },
        ],
    };
}
function failuresSection(cases) {
    const failed = cases.filter(({ test }) => test.outcome === 'failed' || test.outcome === 'error');
    if (failed.length === 0)
        return undefined;
    const blocks = [];
    for (const { test, location } of failed.slice(0, SECTION_ROWS)) {
        const where = location ? ` (${location.path}:${location.line})` : '';
        const kind = test.outcome === 'error' ? 'error' : 'failed';
        const inner = [];
        if (test.details)
            inner.push({ kind: 'code', text: clip(test.details) });
        if (test.output)
            inner.push({ kind: 'details', summary: 'Output', blocks: [{ kind: 'code', text: clip(test.output) }] });
        if (test.reruns > 0)
            inner.push({ kind: 'paragraph', text: `Failed in all ${test.reruns + 1} runs.` });
        blocks.push({
            kind: 'details',
            summary: `${displayName(test)} ${kind}${where}: ${test.message ?? 'no message'}`,
            blocks: inner.length ? inner : [{ kind: 'paragraph', text: `Report: ${test.report}` }],
        });
    }
    blocks.push(...more(Math.min(failed.length, SECTION_ROWS), failed.length, 'failed tests'));
    return { id: 'failures', title: `Failed tests (${failed.length})`, conclusion: 'failure', blocks };
}
function flakySection(result) {
    if (result.flaky.length === 0)
        return undefined;
    const shown = result.flaky.slice(0, SECTION_ROWS);
    return {
        id: 'flaky',
        title: `Flaky tests (${result.flaky.length})`,
        conclusion: 'neutral',
        blocks: [
            { kind: 'paragraph', text: 'These failed at least once and passed on a rerun.' },
            {
                kind: 'table',
                columns: ['Test', 'Failed runs', 'First failure'],
                rows: shown.map((f) => [displayName(f), f.reruns, f.message ?? '']),
            },
            ...more(shown.length, result.flaky.length, 'flaky tests'),
        ],
    };
}
function coverageSection(result) {
    const c = result.coverage;
    const worst = c.files.slice(0, SECTION_ROWS);
    return {
        id: 'coverage',
        title: `Coverage ${formatPercent(c.percent)}`,
        blocks: [
            {
                kind: 'paragraph',
                text: `${c.covered} of ${c.lines} instrumented lines covered, from ${result.reports.coverage.map((r) => `${r.path} (${r.format})`).join(', ') || 'no report'}.`,
            },
            ...(worst.length
                ? [
                    {
                        kind: 'table',
                        columns: ['File', 'Lines', 'Covered', 'Coverage'],
                        rows: worst.map((f) => [f.path, f.lines, f.covered, formatPercent(f.percent)]),
                    },
                ]
                : []),
            ...more(worst.length, c.files.length, 'files'),
        ],
    };
}
function changedLinesSection(result) {
    const ch = result.changedLines;
    if (ch.baseRef === null)
        return undefined;
    const shown = ch.files.slice(0, SECTION_ROWS);
    const base = `${ch.baseRef}${ch.mergeBase ? ` (merge base ${ch.mergeBase.slice(0, 12)})` : ''}`;
    const blocks = [
        {
            kind: 'paragraph',
            text: ch.lines === 0
                ? `No instrumented line was added or changed since ${base}.`
                : `${ch.covered} of ${ch.lines} instrumented lines added or changed since ${base} are covered.`,
        },
    ];
    if (shown.length)
        blocks.push({
            kind: 'table',
            columns: ['File', 'Changed', 'Instrumented', 'Covered', 'Coverage', 'Not covered'],
            rows: shown.map((f) => [
                f.path,
                f.changed,
                f.lines,
                f.covered,
                formatPercent(f.percent),
                ranges(f.uncovered),
            ]),
        });
    blocks.push(...more(shown.length, ch.files.length, 'files'));
    if (ch.unmeasured.length) {
        const names = ch.unmeasured.slice(0, 20);
        blocks.push({
            kind: 'details',
            summary: `${ch.unmeasured.length} changed file${ch.unmeasured.length === 1 ? '' : 's'} no coverage report measured`,
            blocks: [{ kind: 'list', items: names }, ...more(names.length, ch.unmeasured.length, 'files')],
        });
    }
    return { id: 'changed-lines', title: `Changed lines ${formatPercent(ch.percent)}`, blocks };
}
function gatesSection(result) {
    const shown = (name, v) => v === null ? 'n/a' : name.includes('coverage') ? formatPercent(v) : String(v);
    return {
        id: 'gates',
        title: 'Gates',
        conclusion: result.gates.some((g) => !g.ok) ? 'failure' : 'success',
        blocks: result.gates.length
            ? [
                {
                    kind: 'table',
                    columns: ['Gate', 'Threshold', 'Actual', 'Result'],
                    rows: result.gates.map((g) => [
                        g.name,
                        g.name.startsWith('command:')
                            ? 'exit 0'
                            : g.name === 'fail-on-flaky'
                                ? '0'
                                : shown(g.name, g.threshold),
                        g.name.startsWith('command:') ? `exit ${g.actual}` : shown(g.name, g.actual),
                        g.ok ? 'pass' : `FAIL: ${g.summary}`,
                    ]),
                },
            ]
            : [{ kind: 'paragraph', text: 'No gate is set: the run passes whatever it measured.' }],
    };
}
function commandsSection(commands) {
    if (commands.length === 0)
        return undefined;
    const blocks = [
        {
            kind: 'table',
            columns: ['Command', 'Ran', 'Exit', 'Time', 'Log'],
            rows: commands.map((c) => [
                c.name,
                `${c.shell ? 'sh -c ' : ''}${c.command}`,
                c.timedOut ? 'timed out' : c.exitCode,
                formatDuration(c.durationMs),
                c.log,
            ]),
        },
    ];
    for (const c of commands.filter((c) => c.exitCode !== 0))
        blocks.push({
            kind: 'details',
            summary: `Output of ${c.name} (end)`,
            blocks: [{ kind: 'code', text: c.outputTail || '(no output)' }],
        });
    return {
        id: 'commands',
        title: 'Commands',
        conclusion: commands.some((c) => c.exitCode !== 0) ? 'failure' : 'success',
        blocks,
    };
}

;// CONCATENATED MODULE: ./actions/ci/core/report/build-ci-report.ts






const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function caseOf({ test, location }) {
    const status = test.outcome === 'passed' ? 'passed' : test.outcome === 'skipped' ? 'skipped' : 'failed';
    const message = test.flaky
        ? `flaky: passed after ${plural(test.reruns, 'failed run')}${test.message ? `; first failure: ${test.message}` : ''}`
        : test.message;
    return {
        suite: test.suite || test.classname,
        name: displayName(test),
        status,
        ...(message ? { message } : {}),
        ...(status === 'failed' && test.details ? { details: test.details.slice(0, 8000) } : {}),
        ...(test.durationMs !== undefined ? { durationMs: test.durationMs } : {}),
        ...(location ? { file: location.path, line: location.line } : {}),
    };
}
/** The ci capability's one report: tests, coverage, changed-lines coverage, gates and commands. */
function buildCiReport(input) {
    const cases = input.tests?.cases ?? [];
    const summary = summarizeTests(cases.map((c) => c.test));
    const files = input.coverage?.files ?? [];
    const totals = coverageTotals(files);
    const rows = files
        .map((f) => ({ path: f.path, ...fileTotals(f) }))
        .map((f) => ({ ...f, percent: percentOf(f.covered, f.lines) }))
        .sort((a, b) => (a.percent ?? 101) - (b.percent ?? 101) || b.lines - a.lines || (a.path < b.path ? -1 : 1));
    const changed = input.changed?.coverage;
    const gates = (0,core_gates/* evaluateGates */.u)(input.gates, {
        coverage: input.coverage ? totals : undefined,
        changedLines: changed,
        tests: input.tests ? summary : undefined,
        commands: input.commands,
    });
    const failedGates = gates.filter((g) => !g.ok);
    const verdict = failedGates.length ? 'fail' : 'pass';
    const result = {
        tests: summary,
        coverage: { lines: totals.lines, covered: totals.covered, percent: totals.percent, files: rows },
        changedLines: {
            lines: changed?.lines ?? 0,
            covered: changed?.covered ?? 0,
            percent: changed?.percent ?? null,
            baseRef: input.changed?.baseRef ?? null,
            mergeBase: input.changed?.mergeBase ?? null,
            files: (changed?.files ?? []).map((f) => ({
                path: f.path,
                changed: f.changed,
                lines: f.lines,
                covered: f.covered,
                percent: f.percent,
                uncovered: f.uncovered.map((r) => [r.start, r.end]),
            })),
            unmeasured: changed?.unmeasured ?? [],
        },
        gates: gates.map(({ name, ok, actual, threshold, summary: why }) => ({
            name,
            ok,
            actual,
            threshold,
            summary: why,
        })),
        verdict,
        failures: cases
            .filter(({ test }) => test.outcome === 'failed' || test.outcome === 'error')
            .map(({ test, location }) => ({
            suite: test.suite,
            classname: test.classname,
            name: test.name,
            outcome: test.outcome,
            message: test.message ?? null,
            file: location?.path ?? null,
            line: location?.line ?? null,
            report: test.report,
        })),
        flaky: cases
            .filter(({ test }) => test.flaky)
            .map(({ test }) => ({
            suite: test.suite,
            classname: test.classname,
            name: test.name,
            reruns: test.reruns,
            message: test.message ?? null,
        })),
        reports: { junit: [...(input.tests?.reports ?? [])], coverage: [...(input.coverage?.reports ?? [])] },
        commands: [...input.commands],
    };
    const sections = [];
    const add = (s) => s && sections.push(s);
    if (input.tests) {
        add(testsSection(result));
        add(failuresSection(cases));
        add(flakySection(result));
    }
    if (input.coverage)
        add(coverageSection(result));
    add(changedLinesSection(result));
    add(gatesSection(result));
    add(commandsSection(input.commands));
    const { annotations, notes } = ciAnnotations(cases, changed);
    const metrics = [];
    if (input.tests)
        metrics.push({ label: 'Tests', value: summary.total }, { label: 'Failed', value: summary.failed }, { label: 'Skipped', value: summary.skipped }, { label: 'Flaky', value: summary.flaky });
    if (input.coverage)
        metrics.push({ label: 'Coverage', value: formatPercent(totals.percent) });
    if (input.changed)
        metrics.push({ label: 'Changed lines', value: formatPercent(changed?.percent ?? null) });
    const measured = [
        ...(input.tests ? [`${plural(summary.total, 'test')}, ${summary.failed} failed`] : []),
        ...(input.coverage ? [`coverage ${formatPercent(totals.percent)}`] : []),
        ...(input.changed ? [`changed lines ${formatPercent(changed?.percent ?? null)}`] : []),
        ...(input.commands.length ? [plural(input.commands.length, 'command')] : []),
    ].join(', ');
    const headline = failedGates.length
        ? `${failedGates.length} of ${plural(gates.length, 'gate')} failed: ${failedGates.map((g) => `${g.name} (${g.summary})`).join('; ')}.`
        : gates.length
            ? `All ${plural(gates.length, 'gate')} passed: ${measured}.`
            : `${measured || 'nothing measured'}; no gate is set.`;
    return {
        capability: 'ci',
        title: `ci: ${input.subject}`,
        subject: input.subject,
        conclusion: failedGates.length ? 'failure' : 'success',
        headline,
        summary: metrics,
        sections,
        annotations,
        cases: [
            ...cases.map(caseOf),
            ...gates.map((g) => ({
                suite: 'gates',
                name: g.name,
                status: g.ok ? 'passed' : 'failed',
                message: g.summary,
            })),
        ],
        files: [],
        outputs: {
            tests: String(summary.total),
            failures: String(summary.failed),
            skipped: String(summary.skipped),
            flaky: String(summary.flaky),
            coverage: input.coverage && totals.percent !== null ? totals.percent.toFixed(2) : '',
            'changed-lines-coverage': changed && changed.percent !== null ? changed.percent.toFixed(2) : '',
            verdict,
        },
        notes: [...input.notes, ...notes],
        result,
    };
}

// EXTERNAL MODULE: ./actions/platform/fs/find-files.ts
var find_files = __nccwpck_require__(3133);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/platform/fs/read-bounded.ts



const CHUNK = 4 * 1024 * 1024;
const mib = (bytes) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
/**
 * Reads a UTF-8 text file of at most `limit` bytes. The size is checked before
 * reading and again while reading (a file that grows is cut off, not read
 * without bound); a larger file is E_INPUT_TOO_LARGE naming `label`. Only
 * regular files are read: a FIFO or device put where a report was expected is
 * refused instead of blocking the run.
 */
async function readBoundedText(path, limit, options = {}) {
    const label = options.label ?? path;
    const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is not a regular file', { file: label });
        const size = info.size;
        const tooLarge = (bytes) => new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `${bytes} is over the limit of ${mib(limit)}`, {
            file: label,
            ...(options.hint ? { hint: options.hint } : {}),
        });
        if (size > limit)
            throw tooLarge(`the file is ${mib(size)}, which`);
        const chunks = [];
        let read = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - read));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, read);
            if (bytesRead === 0)
                break;
            chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
            read += bytesRead;
            if (read > limit)
                throw tooLarge('the file grew while it was read and');
        }
        return Buffer.concat(chunks, read).toString('utf8');
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(9800);
;// CONCATENATED MODULE: ./actions/ci/core/xml/read-xml.ts


/** Character data kept per element (a stack trace or captured output); the rest is cut with a marker. */
const MAX_ELEMENT_TEXT = 64 * 1024;
/**
 * Streams an XML document through `visitor` with saxes, a strict (well-formedness
 * checking) parser that never loads a DTD and knows only XML's five predefined
 * entities. A DOCTYPE that carries an internal subset (`[ … ]`, where entity
 * declarations live: external entities, expansion bombs) is refused before any
 * element is read; a DOCTYPE naming only an external DTD (as JaCoCo and old
 * Cobertura write) is ignored and that DTD is never read.
 */
function readXml(text, file, visitor) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const collecting = [];
    let depth = 0;
    let failure;
    const fail = (error) => {
        failure ??= error;
        throw error;
    };
    const addText = (chunk) => {
        const target = collecting[collecting.length - 1];
        if (!target || target.size >= MAX_ELEMENT_TEXT)
            return;
        const room = MAX_ELEMENT_TEXT - target.size;
        target.parts.push(chunk.length > room ? `${chunk.slice(0, room)}\n… (cut at ${MAX_ELEMENT_TEXT} characters)` : chunk);
        target.size += chunk.length;
    };
    parser.on('doctype', (doctype) => {
        if (doctype.includes('['))
            fail(new errors/* MmfError */.H0('E_REPORT_XML_DOCTYPE', `line ${parser.line}: the document declares a DOCTYPE with an internal subset (entity declarations); reports with DTD entities are refused so that no external entity is read and no entity expansion runs`, {
                file,
                hint: 'write the report without a DOCTYPE (test runners and coverage tools do not need one); if a tool really wrote this, report it',
            }));
    });
    parser.on('opentag', (tag) => {
        // saxes's tag (without namespaces) is already { name, attributes: Record<string, string> }.
        const wants = visitor.open(tag, depth);
        depth += 1;
        collecting.push(wants ? { parts: [], size: 0 } : undefined);
    });
    parser.on('text', addText);
    parser.on('cdata', addText);
    parser.on('closetag', (tag) => {
        depth -= 1;
        const collected = collecting.pop();
        visitor.close(tag.name, collected?.parts.join(''));
    });
    parser.on('error', (err) => {
        fail(new errors/* MmfError */.H0('E_REPORT_PARSE', `not well-formed XML: ${err.message.replace(/\.$/, '')}`, {
            file,
            hint: 'the tool that wrote it may have stopped half-way (a crashed or killed test run); run it again',
        }));
    });
    try {
        parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
    }
    catch (err) {
        if (failure)
            throw failure;
        if (err instanceof errors/* MmfError */.H0)
            throw err;
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', `could not be read as XML: ${err.message}`, {
            file,
            cause: err,
        });
    }
    if (depth !== 0)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the XML document ends early', { file });
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-cobertura.ts



/**
 * Cobertura XML (coverage.py `coverage xml`, gocover-cobertura, Cobertura,
 * many others): <sources><source> folders, then
 * packages/package/classes/class[@filename]/lines/line[@number,@hits]. The
 * lines under <methods> repeat the class's lines and are not read again.
 */
function parseCobertura(text, report) {
    const files = new Map();
    const sourceRoots = [];
    let current;
    let inMethods = 0;
    readXml(text, report, {
        open({ name, attributes }, depth) {
            if (depth === 0 && name !== 'coverage')
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not Cobertura XML: the root element is <${name}>`, {
                    file: report,
                });
            if (name === 'source')
                return true;
            if (name === 'methods')
                inMethods += 1;
            else if (name === 'class') {
                const path = attributes['filename'] ?? '';
                let file = files.get(path);
                if (!file) {
                    file = { path, lines: new Map() };
                    files.set(path, file);
                }
                current = file.lines;
            }
            else if (name === 'line' && current && inMethods === 0) {
                const line = Number(attributes['number']);
                const hits = Number(attributes['hits'] ?? '0');
                if (Number.isInteger(line) && line > 0)
                    addLine(current, line, Number.isFinite(hits) ? Math.max(0, hits) : 0);
            }
            return false;
        },
        close(name, text) {
            if (name === 'source' && text?.trim())
                sourceRoots.push(text.trim());
            else if (name === 'methods')
                inMethods -= 1;
            else if (name === 'class')
                current = undefined;
        },
    });
    files.delete('');
    return { format: 'cobertura', report, files: [...files.values()], sourceRoots };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-go-cover.ts


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/**
 * A Go cover profile (`go test -coverprofile`, any of `-covermode=set|count|atomic`):
 * `mode: <m>`, then `<import path>/<file>.go:<l1>.<c1>,<l2>.<c2> <statements> <count>`
 * blocks. Every line a block spans is instrumented; a line is covered when
 * any block on it ran (as Istanbul counts a line by its best statement).
 * Profiles concatenated from several runs (several `mode:` lines) are merged.
 */
function parseGoCover(text, report) {
    const files = new Map();
    let sawMode = false;
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo += 1;
        const line = raw.trim();
        if (!line)
            continue;
        if (line.startsWith('mode:')) {
            const mode = line.slice(5).trim();
            if (!MODES.has(mode))
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: unknown cover mode "${mode}"`, {
                    file: report,
                });
            sawMode = true;
            continue;
        }
        if (!sawMode)
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'a Go cover profile starts with a "mode:" line', {
                file: report,
                hint: 'write it with `go test -coverprofile=cover.out ./...`',
            });
        const m = BLOCK.exec(line);
        if (!m)
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: "${line.slice(0, 80)}" is not a cover profile block`, {
                file: report,
            });
        const [, path, l1, , l2, , statements, count] = m;
        if (Number(statements) === 0)
            continue;
        let file = files.get(path);
        if (!file) {
            file = { path: path, lines: new Map() };
            files.set(path, file);
        }
        const hits = Number(count);
        for (let l = Number(l1); l <= Number(l2); l++)
            addLine(file.lines, l, hits);
    }
    if (!sawMode)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the Go cover profile is empty', { file: report });
    return { format: 'go', report, files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-istanbul.ts


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `coverage-final.json` has statement maps; `coverage-summary.json` (json-summary) has a `total` entry. */
function isIstanbulSummary(json) {
    const total = json['total'];
    return isObject(total) && isObject(total['lines']);
}
/**
 * Istanbul's `coverage-final.json` (jest, nyc, c8, vitest): per file a
 * statement map and hit counts. A line's hits are those of its best statement
 * that starts on it, as istanbul-lib-coverage's line coverage counts them.
 */
function parseIstanbulFinal(json, report) {
    const files = [];
    for (const [key, value] of Object.entries(json)) {
        if (!isObject(value))
            continue;
        const data = (isObject(value['data']) ? value['data'] : value);
        if (!isObject(data.statementMap) || !isObject(data.s))
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `entry "${key}" has no statementMap/s: not Istanbul coverage-final.json`, {
                file: report,
            });
        const lines = new Map();
        for (const [id, location] of Object.entries(data.statementMap)) {
            const line = location?.start?.line;
            const hits = data.s[id];
            if (typeof line === 'number' && line > 0 && typeof hits === 'number')
                addLine(lines, line, Math.max(0, hits));
        }
        files.push({ path: typeof data.path === 'string' ? data.path : key, lines });
    }
    return { format: 'istanbul', report, files, sourceRoots: [] };
}
/**
 * Istanbul's json-summary (`coverage-summary.json`): per file only totals, so
 * it counts towards overall and per-file coverage but cannot tell which
 * changed lines ran.
 */
function parseIstanbulSummary(json, report) {
    const files = [];
    for (const [key, value] of Object.entries(json)) {
        if (key === 'total' || !isObject(value))
            continue;
        const lines = value.lines;
        const total = Number(lines?.total);
        const covered = Number(lines?.covered);
        if (!Number.isFinite(total) || !Number.isFinite(covered) || covered > total || covered < 0)
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `entry "${key}" has no valid lines.total/lines.covered`, {
                file: report,
            });
        files.push({ path: key, totals: { lines: total, covered } });
    }
    return { format: 'istanbul-summary', report, files, sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-jacoco.ts



/**
 * JaCoCo XML (report.dtd): report › group* › package[@name] ›
 * sourcefile[@name] › line[@nr, @mi, @ci]. A line is instrumented when it has
 * instructions (mi + ci > 0) and covered when any ran (ci > 0). The path is
 * `<package>/<sourcefile>` (package names use `/`), relative to a source root
 * such as src/main/java that the report does not name; it is found in the
 * workspace by suffix.
 */
function parseJacoco(text, report) {
    const files = new Map();
    let pkg = '';
    let current;
    readXml(text, report, {
        open({ name, attributes }, depth) {
            if (depth === 0 && name !== 'report')
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not JaCoCo XML: the root element is <${name}>`, {
                    file: report,
                });
            if (name === 'package') {
                // JaCoCo writes com/acme/shop; a dotted name (other writers) means the same folders.
                const raw = attributes['name'] ?? '';
                pkg = raw.includes('/') ? raw : raw.replace(/\./g, '/');
            }
            if (name === 'sourcefile') {
                const file = attributes['name'] ?? '';
                const path = pkg ? `${pkg}/${file}` : file;
                let entry = files.get(path);
                if (!entry) {
                    entry = { path, lines: new Map() };
                    files.set(path, entry);
                }
                current = entry.lines;
            }
            else if (name === 'line' && current) {
                const line = Number(attributes['nr']);
                const missed = Number(attributes['mi'] ?? '0');
                const covered = Number(attributes['ci'] ?? '0');
                if (Number.isInteger(line) && line > 0 && missed + covered > 0)
                    addLine(current, line, covered);
            }
            return false;
        },
        close(name) {
            if (name === 'sourcefile')
                current = undefined;
            else if (name === 'package')
                pkg = '';
        },
    });
    return { format: 'jacoco', report, files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-lcov.ts


/** Reads a non-negative integer at text[from, to) without allocating; -1 when it is not one. */
function intAt(text, from, to) {
    if (from >= to)
        return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return -1;
        n = n * 10 + c;
    }
    return n;
}
/**
 * LCOV tracefiles (geninfo, Istanbul/jest, c8, coverage.py `coverage lcov`,
 * cargo-llvm-cov, …): `SF:` starts a file, `DA:<line>,<hits>[,<checksum>]`
 * gives a line, `end_of_record` ends it. Other records (functions, branches,
 * LF/LH totals) are not needed for line coverage and are skipped. The same SF
 * in several records is merged.
 */
function parseLcov(text, report) {
    const files = new Map();
    let current;
    let lineNo = 0;
    let start = 0;
    const length = text.length;
    while (start < length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = length;
        lineNo += 1;
        let stop = end;
        if (stop > start && text.charCodeAt(stop - 1) === 13)
            stop -= 1; // CRLF
        // DA:<line>,<hits>: by far the most common record, parsed in place.
        if (text.startsWith('DA:', start)) {
            if (!current)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: DA record before any SF: record`, {
                    file: report,
                });
            const comma = text.indexOf(',', start + 3);
            const valid = comma > 0 && comma < stop;
            const line = valid ? intAt(text, start + 3, comma) : -1;
            let hitsEnd = valid ? text.indexOf(',', comma + 1) : -1;
            if (hitsEnd < 0 || hitsEnd > stop)
                hitsEnd = stop;
            // Some tools write negative or huge counts; anything but digits means "ran" only if it is not 0.
            let hits = valid ? intAt(text, comma + 1, hitsEnd) : -1;
            if (hits < 0 && valid) {
                const n = Number(text.slice(comma + 1, hitsEnd));
                hits = Number.isFinite(n) ? Math.max(0, n) : -1;
            }
            if (line < 0 || hits < 0)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: "${text.slice(start, Math.min(stop, start + 80))}" is not DA:<line>,<hits>`, { file: report });
            // coverage.py writes DA:0 for a module with no statements (an empty __init__.py): no line.
            if (line > 0)
                addLine(current, line, hits);
        }
        else if (text.startsWith('SF:', start)) {
            const path = text.slice(start + 3, stop).trim();
            let file = files.get(path);
            if (!file) {
                file = { path, lines: new Map() };
                files.set(path, file);
            }
            current = file.lines;
        }
        else if (text.startsWith('end_of_record', start)) {
            current = undefined;
        }
        start = end + 1;
    }
    if (files.size === 0)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'no SF: records: this is not an LCOV tracefile', { file: report });
    return { format: 'lcov', report, files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-coverage.ts






const FORMATS = 'LCOV, Cobertura XML, JaCoCo XML, a Go cover profile, Istanbul coverage-final.json or coverage-summary.json';
/** The first element's name, past the XML declaration, comments and a DOCTYPE. */
function rootElement(text) {
    return /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''))?.[1];
}
/** Reads any supported coverage report, telling the format from the content (not the file name). */
function parseCoverage(text, report) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const head = body.trimStart();
    if (head.startsWith('<')) {
        const root = rootElement(head.slice(0, 64 * 1024));
        if (root === 'coverage')
            return parseCobertura(body, report);
        if (root === 'report')
            return parseJacoco(body, report);
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', `XML with root element <${root ?? '?'}> is not a coverage format this reads (${FORMATS})`, {
            file: report,
        });
    }
    if (head.startsWith('{')) {
        let json;
        try {
            json = JSON.parse(body);
        }
        catch (err) {
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not valid JSON: ${err.message}`, { file: report });
        }
        const object = json;
        return isIstanbulSummary(object)
            ? parseIstanbulSummary(object, report)
            : parseIstanbulFinal(object, report);
    }
    if (head.startsWith('mode:'))
        return parseGoCover(body, report);
    if (/^(TN|SF):/m.test(head.slice(0, 64 * 1024)))
        return parseLcov(body, report);
    throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not a coverage report this reads (${FORMATS})`, {
        file: report,
        hint: 'pass test reports with --junit and coverage reports with --coverage',
    });
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/parse-go-test-json.ts

const MAX_OUTPUT = 64 * 1024;
/** Lines go test writes about a test rather than from it. */
const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP)|PASS$|FAIL$|ok\s|FAIL\s)/;
/**
 * The stream `go test -json ./...` writes: one case per test and subtest that
 * finished (`pass`, `fail`, `skip`), with its output; a package that failed
 * without a failing test (a build error, a panic in TestMain, a timeout)
 * becomes one failed case named after the package. Lines that are not JSON
 * (stderr mixed in with 2>&1) are skipped.
 */
function parseGoTestJson(text, report) {
    const running = new Map();
    const order = [];
    const packagesWithFailures = new Set();
    let lineNo = 0;
    let events = 0;
    for (const raw of text.split('\n')) {
        lineNo += 1;
        const line = raw.trim();
        if (!line.startsWith('{'))
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch (err) {
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo} is not a go test -json event: ${err.message}`, {
                file: report,
                hint: 'write the file with `go test -json ./... > report.json` (stdout only)',
            });
        }
        if (typeof event !== 'object' || event === null || typeof event.Action !== 'string')
            continue;
        events += 1;
        const pkg = event.Package ?? '';
        const key = `${pkg}\u0000${event.Test ?? ''}`;
        let entry = running.get(key);
        if (!entry) {
            entry = { pkg, ...(event.Test ? { test: event.Test } : {}), output: [], size: 0 };
            running.set(key, entry);
            order.push(entry);
        }
        if (event.Action === 'output' && event.Output !== undefined) {
            if (entry.size < MAX_OUTPUT && !FRAMING.test(event.Output)) {
                entry.output.push(event.Output);
                entry.size += event.Output.length;
            }
        }
        else if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip') {
            entry.outcome = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
            if (typeof event.Elapsed === 'number')
                entry.elapsed = event.Elapsed;
            if (event.Test && event.Action === 'fail')
                packagesWithFailures.add(pkg);
        }
    }
    if (events === 0)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'no go test -json events in the file', {
            file: report,
            hint: 'pass JUnit XML, or the output of `go test -json ./...`',
        });
    const cases = [];
    for (const entry of order) {
        if (!entry.outcome)
            continue;
        const output = entry.output.join('').replace(/\s+$/, '');
        if (!entry.test) {
            // The package line: only a failure that no test explains is a case of its own.
            if (entry.outcome !== 'failed' || packagesWithFailures.has(entry.pkg))
                continue;
        }
        const message = entry.outcome === 'failed'
            ? (output
                .split('\n')
                .map((l) => l.trim())
                .find(Boolean) ?? (entry.test ? 'test failed' : 'package failed'))
            : entry.outcome === 'skipped'
                ? output
                    .split('\n')
                    .map((l) => l.trim())
                    .find(Boolean)
                : undefined;
        cases.push({
            suite: entry.pkg,
            classname: entry.pkg,
            name: entry.test ?? '(package)',
            outcome: entry.outcome,
            flaky: false,
            reruns: 0,
            ...(message ? { message } : {}),
            ...(entry.outcome === 'failed' && output ? { details: output } : {}),
            ...(entry.elapsed !== undefined ? { durationMs: Math.round(entry.elapsed * 1000) } : {}),
            report,
        });
    }
    return cases;
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/parse-junit.ts


/** How a failure of one run is written: JUnit's <failure>/<error>, Surefire's rerun and flaky elements. */
const FAILURES = new Set(['failure', 'error']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
const FLAKES = new Set(['flakyFailure', 'flakyError']);
const OUTPUT = new Set(['system-out', 'system-err']);
/** Seconds as JUnit writes them (`1.5`, `1,234.5`) to milliseconds. */
function durationMs(time) {
    if (time === undefined || time.trim() === '')
        return undefined;
    const seconds = Number(time.includes(',') ? time.replace(/,/g, '') : time);
    return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}
function positiveInt(text) {
    const n = text === undefined ? NaN : Number(text);
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
const parse_junit_firstLine = (text) => text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
/**
 * JUnit XML as pytest, jest-junit, go-junit-report, Maven Surefire/Failsafe,
 * Gradle and other xUnit-style tools write it: <testsuites> or a single
 * <testsuite> root, suites nested in suites, <failure> vs <error>, <skipped>,
 * system-out/err, file/line attributes, and Surefire's reruns: a case with
 * <flakyFailure>/<flakyError> (or a <rerunFailure>/<rerunError> but no final
 * <failure>) passed on a rerun and is flaky; one with <failure> and reruns
 * failed every run.
 */
function parseJunit(text, report) {
    const cases = [];
    const suites = [];
    let current;
    let sawRoot = false;
    const open = (tag, depth) => {
        const { name, attributes } = tag;
        if (depth === 0) {
            sawRoot = true;
            if (name !== 'testsuites' && name !== 'testsuite')
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not a JUnit XML report: the root element is <${name}>, not <testsuites> or <testsuite>`, { file: report, hint: 'pass coverage files with --coverage and test reports with --junit' });
        }
        if (name === 'testsuite') {
            const parent = suites[suites.length - 1];
            suites.push({
                name: attributes['name'] || parent?.name || '',
                ...(attributes['file'] ? { file: attributes['file'] } : parent?.file ? { file: parent.file } : {}),
            });
            return false;
        }
        if (name === 'testcase') {
            const suite = suites[suites.length - 1];
            current = {
                suite: suite?.name ?? '',
                ...(suite?.file ? { suiteFile: suite.file } : {}),
                attributes,
                details: [],
                runDetails: [],
                output: [],
                reruns: 0,
                flakes: 0,
            };
            return false;
        }
        if (!current)
            return false;
        if (current.inRun)
            return name === 'stackTrace';
        if (FAILURES.has(name)) {
            current.outcome ??= name === 'failure' ? 'failed' : 'error';
            current.message ??= attributes['message']?.trim() || undefined;
            current.type ??= attributes['type']?.trim() || undefined;
            return true;
        }
        if (name === 'skipped') {
            if (!current.outcome) {
                current.outcome = 'skipped';
                current.message ??= attributes['message']?.trim() || undefined;
            }
            return true;
        }
        if (RERUNS.has(name) || FLAKES.has(name)) {
            current.inRun = name;
            if (RERUNS.has(name))
                current.reruns += 1;
            else
                current.flakes += 1;
            current.message ??= attributes['message']?.trim() || undefined;
            current.type ??= attributes['type']?.trim() || undefined;
            return true;
        }
        return OUTPUT.has(name);
    };
    const close = (name, text) => {
        if (name === 'testsuite') {
            suites.pop();
            return;
        }
        if (!current)
            return;
        if (name === 'testcase') {
            cases.push(finish(current, report));
            current = undefined;
            return;
        }
        const body = text?.trim();
        if (current.inRun) {
            if (name === current.inRun)
                current.inRun = undefined;
            if ((name === 'stackTrace' || RERUNS.has(name) || FLAKES.has(name)) && body)
                current.runDetails.push(body);
            return;
        }
        if (FAILURES.has(name) || name === 'skipped') {
            if (body) {
                if (name !== 'skipped')
                    current.details.push(body);
                else
                    current.message ??= parse_junit_firstLine(body);
            }
        }
        else if (OUTPUT.has(name) && body)
            current.output.push(body);
    };
    readXml(text, report, { open, close });
    if (!sawRoot)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the file holds no XML element', { file: report });
    return cases;
}
function finish(open, report) {
    const a = open.attributes;
    const failedAtLeastOnce = open.flakes > 0 || open.reruns > 0;
    // A rerun failure with no final <failure>/<error> means a later run passed.
    const outcome = open.outcome === 'failed' || open.outcome === 'error' || open.outcome === 'skipped'
        ? open.outcome
        : 'passed';
    const flaky = outcome === 'passed' && failedAtLeastOnce;
    // A flaky case has only its failed runs' traces; a failed one its final failure's (reruns repeat it).
    const details = (open.details.length ? open.details : open.runDetails).join('\n\n');
    const message = open.message ?? (outcome === 'failed' || outcome === 'error' ? parse_junit_firstLine(details) : undefined);
    const file = a['file'] || open.suiteFile;
    const line = positiveInt(a['line']);
    const duration = durationMs(a['time']);
    // Built field by field: optional fields are left out, not set to undefined (50,000 cases, no spreads).
    const result = {
        suite: open.suite,
        classname: a['classname'] ?? a['class'] ?? '',
        name: a['name'] ?? '',
        outcome,
        flaky,
        reruns: open.reruns + open.flakes,
        report,
    };
    if (message)
        result.message = message;
    if (open.type)
        result.type = open.type;
    if (details)
        result.details = details;
    if (open.output.length)
        result.output = open.output.join('\n');
    if (duration !== undefined)
        result.durationMs = duration;
    if (file)
        result.file = file;
    if (line !== undefined)
        result.line = line;
    return result;
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/parse-test-report.ts



/** A test report of any supported kind, told from its content: JUnit XML, or `go test -json` lines. */
function parseTestReport(text, report) {
    const head = text.replace(/^\ufeff/, '').trimStart();
    if (head.startsWith('<'))
        return parseJunit(text, report);
    if (head.startsWith('{'))
        return parseGoTestJson(text, report);
    if (head === '')
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the test report is empty', {
            file: report,
            hint: 'the test runner may have crashed before writing it',
        });
    throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'not a test report this reads (JUnit XML, or `go test -json` output)', {
        file: report,
        hint: 'pass test reports with --junit and coverage reports with --coverage',
    });
}

;// CONCATENATED MODULE: ./actions/ci/read-reports.ts






const SIZE_HINT = 'raise the limit with --max-report-size <MiB> (action input max-report-size), or split the report';
async function readTestReports(patterns, options) {
    const { files, warnings } = await (0,find_files/* findFiles */.l)(patterns, {
        workspace: options.workspace,
        what: 'test report',
        option: '--junit',
        ifNoFilesFound: options.ifNoFilesFound,
    });
    const cases = [];
    for (const file of files) {
        const text = await readBoundedText(file.absolute, options.maxReportBytes, {
            label: file.path,
            hint: SIZE_HINT,
        });
        const parsed = collapseReruns(parseTestReport(text, file.path));
        options.log.info(`Read ${file.path}: ${parsed.length} test case${parsed.length === 1 ? '' : 's'}`);
        cases.push(...parsed);
    }
    return { cases, reports: files.map((f) => f.path), warnings };
}
async function readCoverageReports(patterns, options) {
    const { files, warnings } = await (0,find_files/* findFiles */.l)(patterns, {
        workspace: options.workspace,
        what: 'coverage report',
        option: '--coverage',
        ifNoFilesFound: options.ifNoFilesFound,
    });
    const reports = [];
    for (const file of files) {
        const text = await readBoundedText(file.absolute, options.maxReportBytes, {
            label: file.path,
            hint: SIZE_HINT,
        });
        const report = parseCoverage(text, file.path);
        options.log.info(`Read ${file.path}: ${report.format}, ${report.files.length} source file${report.files.length === 1 ? '' : 's'}`);
        reports.push(report);
    }
    return { reports, warnings };
}
function assertSomethingToRead(junit, coverage, commands) {
    if (junit.length === 0 && coverage.length === 0 && commands === 0)
        throw new errors/* MmfError */.H0('E_USAGE', 'missing --junit <glob> or --coverage <glob>: nothing to report', {
            hint: 'mmf ci report --junit "reports/junit*.xml" --coverage coverage/lcov.info',
        });
}

;// CONCATENATED MODULE: ./actions/platform/fs/list-workspace-files.ts



/** Enough for large monorepos; a walk that reaches it stops there (and says so). */
const MAX_WORKSPACE_FILES = 500_000;
/**
 * The workspace's files, relative to it with POSIX separators: in a git
 * repository the tracked and untracked-but-not-ignored files (`git ls-files`,
 * which is fast and skips build output), elsewhere a walk that skips .git and
 * node_modules. Used to map the paths reports write onto real files.
 */
async function listWorkspaceFiles(given) {
    // Symlinks resolved, so report paths that name the real location still match.
    const workspace = await (0,promises_.realpath)(given);
    const git = await (0,run_command/* runCommand */.d)('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: workspace,
    }).catch(() => undefined);
    if (git && git.exitCode === 0) {
        const files = [...new Set(git.stdout.split('\0').filter(Boolean))];
        const truncated = files.length > MAX_WORKSPACE_FILES;
        return { root: workspace, files: truncated ? files.slice(0, MAX_WORKSPACE_FILES) : files, truncated };
    }
    const files = [];
    const walk = async (dir, rel) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (files.length >= MAX_WORKSPACE_FILES)
                return;
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    await walk((0,external_node_path_.join)(dir, entry.name), childRel);
            }
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push(childRel);
        }
    };
    await walk(workspace, '');
    return { root: workspace, files, truncated: files.length >= MAX_WORKSPACE_FILES };
}

;// CONCATENATED MODULE: ./actions/ci/core/paths/go-modules.ts
/** The `module` directive of a go.mod file (quoted or bare, comments allowed), or undefined. */
function goModulePath(goMod) {
    for (const raw of goMod.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const m = /^module\s+(?:"([^"]+)"|(\S+))\s*$/.exec(line);
        if (m)
            return m[1] ?? m[2];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/ci/workspace-index.ts




const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/** The workspace's files and Go modules, for mapping report paths (see PathResolver). */
async function indexWorkspace(workspace) {
    const given = (0,external_node_path_.resolve)(workspace);
    const { root, files, truncated } = await listWorkspaceFiles(given);
    const goModules = [];
    for (const file of files) {
        if (file !== 'go.mod' && !file.endsWith('/go.mod'))
            continue;
        const text = await readBoundedText((0,external_node_path_.join)(root, file), 1024 * 1024).catch(() => undefined);
        const path = text === undefined ? undefined : goModulePath(text);
        if (path)
            goModules.push({ path, dir: file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length) });
    }
    const notes = truncated
        ? [
            `the workspace has more than ${files.length} files; report paths were matched against the first ${files.length}`,
        ]
        : [];
    return {
        index: {
            root: toPosix(root),
            ...(given !== root ? { aliases: [toPosix(given)] } : {}),
            files: new Set(files),
            goModules,
        },
        notes,
    };
}

// EXTERNAL MODULE: ./actions/platform/fs/scratch-folder.ts
var scratch_folder = __nccwpck_require__(3417);
;// CONCATENATED MODULE: ./actions/ci/run.ts

















/** Default bytes per report file (--max-report-size 256). */
const DEFAULT_MAX_REPORT_MIB = 256;
/** The workspace as the user knows it: relative to the current folder, or its name when outside. */
function subjectOf(workspace) {
    const rel = (0,external_node_path_.relative)(process.cwd(), workspace);
    return rel === '' ? '.' : rel.startsWith('..') ? (0,external_node_path_.basename)(workspace) : rel;
}
/** Settings that cannot work together are usage errors, before anything runs. */
function checkSettings(options, commands) {
    assertSomethingToRead(options.junit, options.coverage, commands);
    const { gates } = options;
    if (gates.minChangedLinesCoverage !== undefined && !options.baseRef)
        throw new errors/* MmfError */.H0('E_USAGE', '--min-changed-lines-coverage needs --base-ref <ref> to know which lines changed', {
            hint: 'e.g. --base-ref origin/main (in a pull request: its base branch)',
        });
    if ((gates.minCoverage !== undefined || options.baseRef) && options.coverage.length === 0)
        throw new errors/* MmfError */.H0('E_USAGE', `${gates.minCoverage !== undefined ? '--min-coverage' : '--base-ref'} needs coverage reports: give --coverage <glob>`);
    if ((gates.maxFailures !== undefined || gates.failOnFlaky) && options.junit.length === 0)
        throw new errors/* MmfError */.H0('E_USAGE', `${gates.maxFailures !== undefined ? '--max-failures' : '--fail-on-flaky'} needs test reports: give --junit <glob>`);
}
/**
 * The diff changed lines are counted from, computed before any command runs
 * (a clone without the history fails in a second, not after the tests).
 */
async function baseDiff(options, notes) {
    if (!options.baseRef || options.coverage.length === 0)
        return undefined;
    try {
        return await diffAgainstBase((0,external_node_path_.resolve)(options.workspace), options.baseRef);
    }
    catch (err) {
        const needed = options.gates.minChangedLinesCoverage !== undefined;
        if (!options.optionalBase || needed || !(0,errors/* isMmfError */.NJ)(err) || err.code !== 'E_BASE_REF')
            throw err;
        const note = `Changed-lines coverage is not measured: ${err.message} (${err.hint ?? 'fetch the history'}).`;
        (options.log ?? silentLogger).warn(note);
        notes.push(note);
        return undefined;
    }
}
async function report(options, commands, base, notes) {
    const log = options.log ?? silentLogger;
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const anyCommandFailed = commands.some((c) => c.exitCode !== 0);
    // After a failed command a missing report is expected (the runner crashed); the command's gate fails the run.
    const ifNoFilesFound = anyCommandFailed && options.ifNoFilesFound === 'error' ? 'warn' : options.ifNoFilesFound;
    const read = {
        workspace,
        ifNoFilesFound,
        maxReportBytes: options.maxReportBytes ?? DEFAULT_MAX_REPORT_MIB * 1024 * 1024,
        log,
    };
    const tests = options.junit.length ? await readTestReports(options.junit, read) : undefined;
    const coverage = options.coverage.length ? await readCoverageReports(options.coverage, read) : undefined;
    for (const warning of [...(tests?.warnings ?? []), ...(coverage?.warnings ?? [])]) {
        log.warn(warning);
        notes.push(warning);
    }
    const { index, notes: indexNotes } = await indexWorkspace(workspace);
    notes.push(...indexNotes);
    const resolver = new PathResolver(index);
    const input = {
        subject: options.subject ?? subjectOf(workspace),
        gates: options.gates,
        commands,
        notes,
    };
    if (tests)
        input.tests = { cases: locateFailures(tests.cases, resolver), reports: tests.reports };
    if (coverage) {
        const files = mapCoverage(coverage.reports, resolver);
        const outside = files.filter((f) => !f.inWorkspace);
        if (outside.length)
            notes.push(`${outside.length} of ${files.length} covered files are not files of the workspace (kept as written, e.g. ${outside[0]?.path})`);
        input.coverage = { files, reports: coverage.reports.map((r) => ({ path: r.report, format: r.format })) };
        if (base) {
            log.info(`Changed lines: git diff ${base.mergeBase.slice(0, 12)} (merge base of ${base.baseRef} and HEAD)`);
            const changed = parseUnifiedDiff(base.diff);
            input.changed = {
                baseRef: base.baseRef,
                mergeBase: base.mergeBase,
                coverage: changedLinesCoverage(changed, new Map(files.map((f) => [f.path, f]))),
            };
        }
    }
    const built = buildCiReport(input);
    return {
        report: built,
        exitCode: built.result.verdict === 'pass' ? 0 : 3,
        ...(input.coverage ? { coverage: input.coverage.files } : {}),
    };
}
/** `mmf ci report`: reads test and coverage reports, joins coverage with the changed lines, applies the gates. */
async function runCiReport(options) {
    checkSettings(options, 0);
    const notes = [];
    const base = await baseDiff(options, notes);
    return report(options, [], base, notes);
}
/** `mmf ci run`: runs the named commands one after another (all of them, even after a failure), then reports. */
async function runCi(options) {
    checkSettings(options, options.commands.length);
    // Every line is checked before the first command runs.
    for (const command of options.commands)
        if (!command.shell)
            splitCommandLine(command.command, command.name);
    const notes = [];
    const base = await baseDiff(options, notes);
    const log = options.log ?? silentLogger;
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const logDir = options.logDir
        ? (0,external_node_path_.resolve)(options.logDir)
        : (await (0,scratch_folder/* createScratchFolder */.D)((0,external_node_os_.tmpdir)(), 'mmf-ci-logs-')).dir;
    const commands = [];
    const hooks = options.hooks ?? {};
    for (const command of options.commands) {
        log.info(`Running ${command.name}: ${command.shell ? 'sh -c ' : ''}${command.command}`);
        hooks.before?.(command);
        const run = await runNamedCommand(command, {
            cwd: workspace,
            logDir,
            ...(options.secrets ? { secrets: options.secrets } : {}),
            ...(options.env ? { parentEnv: options.env } : {}),
            ...(hooks.output ? { onOutput: hooks.output } : {}),
        });
        const summary = {
            name: run.name,
            command: run.command,
            shell: run.shell,
            exitCode: run.exitCode,
            durationMs: run.durationMs,
            log: run.log,
            outputTail: run.outputTail,
        };
        hooks.after?.(summary);
        log.info(`${command.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s (log: ${run.log})`);
        commands.push(summary);
    }
    return report(options, commands, base, notes);
}


/***/ }),

/***/ 2281:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3871);

await (0,_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runCiAction */ .Q$)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ MmfError),
/* harmony export */   NJ: () => (/* binding */ isMmfError)
/* harmony export */ });
/* unused harmony exports ExitCode, ERROR_CATALOGUE, oneParagraph */
/**
 * The one error type of mmf/actions. Every failure a user can act on is an
 * MmfError with a catalogued code; entries (CLI, actions) turn it into an exit
 * code or core.setFailed. docs/migration/TROUBLESHOOTING.md documents every
 * code (a test keeps the two in step).
 */
const ExitCode = {
    ok: 0,
    input: 1,
    tool: 2,
    parity: 3,
};
const ERROR_CATALOGUE = {
    E_USAGE: { exit: ExitCode.input, title: 'Invalid command-line usage' },
    E_CHART_NOT_FOUND: { exit: ExitCode.input, title: 'Chart not found' },
    E_CHART_YAML: { exit: ExitCode.input, title: 'Chart.yaml missing or invalid' },
    E_VALUES_NOT_FOUND: { exit: ExitCode.input, title: 'Values file not found' },
    E_VALUES_YAML: { exit: ExitCode.input, title: 'Values file is not valid YAML' },
    E_YAML_ALIASES: { exit: ExitCode.input, title: 'Too many YAML aliases (alias bomb)' },
    E_INPUT_TOO_LARGE: { exit: ExitCode.input, title: 'Input file too large' },
    E_ENV_NAME: { exit: ExitCode.input, title: 'Invalid environment name' },
    E_NAME_INVALID: { exit: ExitCode.input, title: 'Name is not a valid Kubernetes name (DNS-1123)' },
    E_INPUT_INVALID: { exit: ExitCode.input, title: 'Input file has the wrong shape' },
    E_DEPENDENCIES_MISSING: { exit: ExitCode.input, title: 'Chart dependencies not vendored' },
    E_DUPLICATE_RESOURCE: { exit: ExitCode.input, title: 'Duplicate resource in the render' },
    E_OUTPUT_NOT_EMPTY: { exit: ExitCode.input, title: 'Output directory is not empty' },
    E_OUTPUT_NOT_WRITABLE: { exit: ExitCode.input, title: 'Output path not writable' },
    E_PATH_NOT_FOUND: { exit: ExitCode.input, title: 'Input path not found' },
    E_TEMPLATE: { exit: ExitCode.tool, title: 'Helm template error' },
    E_RENDER_OUTPUT: { exit: ExitCode.tool, title: 'Tool output could not be parsed' },
    E_TOOL_NOT_FOUND: { exit: ExitCode.tool, title: 'Required tool not found' },
    E_TOOL_FAILED: { exit: ExitCode.tool, title: 'External tool failed' },
    E_TOOL_DOWNLOAD: { exit: ExitCode.tool, title: 'Tool download failed' },
    E_TOOL_CHECKSUM: { exit: ExitCode.tool, title: 'Tool checksum mismatch' },
    E_PARITY: { exit: ExitCode.parity, title: 'Parity mismatch' },
    E_CHART_SYMLINK: {
        exit: ExitCode.input,
        title: 'Chart or values path links outside its folder (or is a device file)',
    },
    E_KUSTOMIZE_REMOTE: { exit: ExitCode.input, title: 'Kustomization loads remote content or plugins' },
    E_OUTPUT_INSIDE_INPUT: { exit: ExitCode.input, title: 'Output folder is inside an input folder' },
    E_OUTPUT_LOCKED: { exit: ExitCode.input, title: 'Another run is writing the same output' },
    E_OUTPUT_IN_USE: { exit: ExitCode.input, title: 'Output folder cannot be replaced or filled' },
    E_REPORT_NOT_FOUND: { exit: ExitCode.input, title: 'No report file matches the pattern' },
    E_REPORT_PARSE: { exit: ExitCode.input, title: 'Test or coverage report cannot be read' },
    E_REPORT_XML_DOCTYPE: { exit: ExitCode.input, title: 'XML report declares DTD entities' },
    E_PATH_OUTSIDE_WORKSPACE: { exit: ExitCode.input, title: 'Path outside the workspace' },
    E_BASE_REF: { exit: ExitCode.input, title: 'Base ref for changed lines not usable' },
    E_RELEASE_CONFIG: { exit: ExitCode.input, title: 'Release configuration invalid' },
    E_RELEASE_VERSION: { exit: ExitCode.input, title: 'Next release version cannot be computed' },
    E_RELEASE_TAG_CONFLICT: { exit: ExitCode.input, title: 'Release tag exists at another commit' },
    E_GIT: { exit: ExitCode.tool, title: 'git command failed' },
    E_GIT_PUSH: { exit: ExitCode.tool, title: 'Pushing tags failed' },
    E_API_AUTH: { exit: ExitCode.input, title: 'API token missing, rejected or lacking permission' },
    E_API_NOT_FOUND: { exit: ExitCode.input, title: 'API resource not found' },
    E_API_REJECTED: { exit: ExitCode.tool, title: 'API request rejected' },
    E_API_UNAVAILABLE: { exit: ExitCode.tool, title: 'API unavailable (rate limit, server error, network)' },
    E_IMAGE_REF: { exit: ExitCode.input, title: 'Invalid image reference' },
    E_REGISTRY_AUTH: { exit: ExitCode.input, title: 'Registry authentication failed' },
    E_REGISTRY_NOT_FOUND: { exit: ExitCode.input, title: 'Image manifest not found in the registry' },
    E_REGISTRY: { exit: ExitCode.tool, title: 'Registry request failed' },
    E_DIFFERENCE: { exit: ExitCode.parity, title: 'Resources change against the base (fail-on: difference)' },
};
class MmfError extends Error {
    code;
    exitCode;
    file;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'MmfError';
        this.code = code;
        this.exitCode = ERROR_CATALOGUE[code].exit;
        this.file = options.file;
        this.hint = options.hint;
    }
    /** One paragraph for the user: code, file, cause, and what to do. */
    format() {
        const where = this.file ? `${this.file}: ` : '';
        const hint = this.hint ? `\n  hint: ${this.hint}` : '';
        return `error[${this.code}]: ${where}${this.message}${hint}`;
    }
}
function isMmfError(err) {
    return err instanceof MmfError;
}
/** Tool output as one bounded line: whitespace collapsed, at most `limit` characters. */
function oneParagraph(text, limit = 2000) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit)}… (${flat.length - limit} more characters)` : flat;
}


/***/ }),

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ mergeAnnotations)
/* harmony export */ });
const RANK = { failure: 0, warning: 1, notice: 2 };
/** GitHub keeps 64 KB of an annotation's message; merged ones stop well before. */
const MESSAGE_LIMIT = 16_000;
/**
 * One annotation per file and line: findings on the same lines are merged
 * (the most severe level, the first title with a count, every message), then
 * at most `max` are kept, failures first. A run that changes 400 resources
 * from one values file thus posts one annotation there, not 400.
 */
function mergeAnnotations(annotations, max) {
    const groups = new Map();
    for (const a of annotations) {
        const key = `${a.path}\u0000${a.startLine}\u0000${a.endLine ?? a.startLine}`;
        groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    const merged = [...groups.values()].map((group) => {
        const [first] = group;
        if (group.length === 1)
            return first;
        const level = group.reduce((l, a) => (RANK[a.level] < RANK[l] ? a.level : l), first.level);
        let message = '';
        let shown = 0;
        for (const a of group) {
            const entry = `${a.title}${a.message ? `\n${a.message}` : ''}`;
            if (message.length + entry.length + 2 > MESSAGE_LIMIT)
                break;
            message += (message ? '\n\n' : '') + entry;
            shown++;
        }
        if (shown < group.length)
            message += `\n\n… and ${group.length - shown} more`;
        const rules = new Set(group.map((a) => a.rule));
        return {
            ...first,
            level,
            title: `${first.title} (and ${group.length - 1} more on this line)`,
            message,
            rule: rules.size === 1 ? first.rule : 'multiple',
        };
    });
    const ordered = merged
        .map((a, i) => ({ a, i }))
        .sort((x, y) => RANK[x.a.level] - RANK[y.a.level] || x.i - y.i)
        .map((x) => x.a);
    return { annotations: ordered.slice(0, Math.max(0, max)), omitted: Math.max(0, ordered.length - max) };
}


/***/ }),

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ renderReportMarkdown)
/* harmony export */ });
/* unused harmony exports CONCLUSION_ICON, escapeHtml, escapeMarkdown, inlineCode, fenceFor */
/** Marks of a conclusion on Markdown surfaces. */
const CONCLUSION_ICON = {
    success: '✅',
    failure: '❌',
    neutral: '📝',
    skipped: '⏭️',
};
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Text inside HTML elements (`<summary>`): entities only, Markdown is not interpreted there. */
function escapeHtml(text) {
    return text.replace(/[&<>]/g, (c) => HTML[c]);
}
/** Plain text in Markdown: no HTML, links, emphasis, code or table cells can be smuggled in. */
function escapeMarkdown(text) {
    return escapeHtml(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#+=-]|\d+\.)(\s)/gm, '$1\\$2$3');
}
/** Inline code whose delimiters outnumber any backtick run inside it. */
function inlineCode(text) {
    const flat = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = longest > 0 || flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/** A fence longer than any backtick run in `text`, so the text cannot close it. */
function fenceFor(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    return '`'.repeat(longest + 1);
}
function cell(value) {
    if (typeof value === 'object')
        return inlineCode(value.code).replace(/\|/g, '\\|');
    return escapeMarkdown(String(value)).replace(/\r?\n/g, ' ');
}
function renderBlock(block) {
    switch (block.kind) {
        case 'paragraph':
            return escapeMarkdown(block.text);
        case 'list':
            return block.items.map((item) => `- ${escapeMarkdown(item).replace(/\r?\n/g, ' ')}`).join('\n');
        case 'table':
            return [
                `| ${block.columns.map(cell).join(' | ')} |`,
                `|${block.columns.map(() => '---').join('|')}|`,
                ...block.rows.map((row) => `| ${block.columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`),
            ].join('\n');
        case 'code': {
            const text = block.text.replace(/\n$/, '');
            const fence = fenceFor(text);
            return `${fence}${(block.language ?? '').replace(/[^\w+-]/g, '')}\n${text}\n${fence}`;
        }
        case 'details':
            return [
                `<details><summary>${escapeHtml(block.summary).replace(/\r?\n/g, ' ')}</summary>`,
                '',
                ...block.blocks.map((b) => `${renderBlock(b)}\n`),
                '</details>',
            ].join('\n');
    }
}
function titleLine(report, level) {
    const hashes = '#'.repeat(level);
    const at = report.subject ? report.title.lastIndexOf(report.subject) : -1;
    if (at < 0)
        return `${hashes} ${escapeMarkdown(report.title)}`;
    // The subject (a path, a package) reads best as code.
    const before = report.title.slice(0, at);
    const after = report.title.slice(at + report.subject.length);
    return `${hashes} ${escapeMarkdown(before)}${inlineCode(report.subject)}${escapeMarkdown(after)}`;
}
function sectionBlocks(section, level) {
    const out = section.blocks.map(renderBlock);
    if (!section.title || !out.length)
        return out;
    const icon = section.conclusion ? `${CONCLUSION_ICON[section.conclusion]} ` : '';
    out[0] = `${'#'.repeat(level)} ${icon}${escapeMarkdown(section.title)}\n\n${out[0]}`;
    return out;
}
/**
 * The report as Markdown blocks for a PR/MR comment or a job summary: first
 * the title, headline, numbers and notes, then one block per section block
 * (a section's heading rides on its first block). Comment splitters cut only
 * between blocks, or inside one too big for a comment on its own.
 */
function renderReportMarkdown(report, options = {}) {
    const level = options.headingLevel ?? 3;
    const head = [
        titleLine(report, level),
        '',
        `${CONCLUSION_ICON[report.conclusion]} ${escapeMarkdown(report.headline)}`,
    ];
    if (report.summary.length)
        head.push('', report.summary
            .map((m) => `${escapeMarkdown(m.label)}: **${escapeMarkdown(`${m.value}${m.unit ?? ''}`)}**`)
            .join(' · '));
    for (const note of report.notes)
        head.push('', `> ${escapeMarkdown(note).replace(/\r?\n/g, ' ')}`);
    const blocks = [head.join('\n') + '\n'];
    for (const section of report.sections)
        blocks.push(...sectionBlocks(section, level + 1).map((b) => `${b}\n`));
    return blocks;
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ requireFolder)
/* harmony export */ });
/* unused harmony exports exists, isDirectory, isExecutableFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5067);


/** Whether anything (file, folder, link target) is at `path`. */
async function exists(path) {
    return (await stat(path).catch(() => undefined)) !== undefined;
}
async function isDirectory(path) {
    return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
/** A regular file this process may execute. */
async function isExecutableFile(path) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    return access(path, constants.X_OK).then(() => true, () => false);
}
/**
 * Throws `code` naming `path` unless it is a folder: "<what> does not exist"
 * or, for a file or anything else, "<what> is not a folder".
 */
async function requireFolder(path, what, options) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (info?.isDirectory())
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0(options.code, info ? `${what} is not a folder` : `${what} does not exist`, {
        file: path,
        ...(options.hint ? { hint: options.hint } : {}),
    });
}


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ IF_NO_FILES_FOUND),
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5067);




const IF_NO_FILES_FOUND = ['error', 'warn', 'ignore'];
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/** Folders a walk never enters unless the pattern names them. */
const SKIPPED = ['.git', 'node_modules'];
function outside(file, target, workspace) {
    return new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_PATH_OUTSIDE_WORKSPACE', target
        ? `is a symbolic link to ${target}, which is outside the workspace ${workspace}; reports are read only from inside it`
        : `is outside the workspace ${workspace}; reports are read only from inside it`, { file, hint: 'write the reports inside the workspace and give their paths relative to it' });
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** A pattern as a workspace-relative glob, refusing any that points outside the workspace. */
function relativePattern(pattern, root, given) {
    let text = pattern.trim().replace(/\\/g, '/');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(text)) {
        const base = [given, root].find((r) => isInside(r, text.split('*')[0] ?? text));
        if (!base)
            throw outside(pattern, undefined, given);
        text = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, text));
    }
    const parts = text.split('/');
    if (parts.includes('..')) {
        const normalized = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, text)));
        if (normalized.startsWith('..') || picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(normalized).glob.includes('..'))
            throw outside(pattern, undefined, given);
        text = normalized;
    }
    return text.replace(/^\.\//, '');
}
/**
 * Files matching workspace-relative glob patterns (`**`, `*`, `?`, `[…]`,
 * `{a,b}`; dot files included), sorted and without duplicates. A pattern or a
 * symbolic link that leads outside the workspace is E_PATH_OUTSIDE_WORKSPACE.
 * Walks do not enter .git or node_modules (unless the pattern names them) nor
 * follow symlinked folders. A pattern that matches nothing is an error
 * (E_REPORT_NOT_FOUND), a warning, or ignored, as `ifNoFilesFound` says.
 */
async function findFiles(patterns, options) {
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.workspace);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(given).catch(() => {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_USAGE', `the workspace folder ${options.workspace} does not exist`);
    });
    const found = new Map();
    const warnings = [];
    for (const pattern of patterns) {
        if (!pattern.trim())
            continue;
        const glob = relativePattern(pattern, root, given);
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(glob);
        const matches = [];
        const accept = async (rel) => {
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined);
            if (real === undefined)
                return; // a dangling link
            if (!isInside(root, real))
                throw outside(rel, real, given);
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile())
                matches.push({ path: rel, absolute: real });
            else if (!scan.isGlob)
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_INPUT_INVALID', `is not a regular file (${options.option} names files)`, {
                    file: rel,
                });
        };
        if (!scan.isGlob) {
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, glob)).catch(() => undefined))
                await accept(glob);
        }
        else {
            const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(glob, { dot: true });
            const enter = SKIPPED.filter((name) => !glob.split('/').includes(name));
            const base = scan.base;
            const baseAbsolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, base);
            const realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(baseAbsolute).catch(() => undefined);
            if (realBase !== undefined) {
                if (!isInside(root, realBase))
                    throw outside(base, realBase, given);
                await walk(realBase, base, enter, async (rel) => {
                    if (isMatch(rel))
                        await accept(rel);
                });
            }
        }
        if (matches.length === 0) {
            const message = `no ${options.what} matches ${options.option} ${pattern} (in ${given})`;
            if (options.ifNoFilesFound === 'error')
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_REPORT_NOT_FOUND', message, {
                    hint: `check that the step that writes it ran, and where it writes; --if-no-files-found warn (or ignore) accepts a missing ${options.what}`,
                });
            if (options.ifNoFilesFound === 'warn')
                warnings.push(message);
        }
        for (const match of matches)
            if (!found.has(match.absolute))
                found.set(match.absolute, match);
    }
    const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, warnings };
}
/** Visits every file and file symlink under `dir` (its workspace-relative path is `rel`). */
async function walk(dir, rel, skip, visit) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
        const childRel = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!skip.includes(entry.name))
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), childRel, skip, visit);
        }
        else if (entry.isFile() || entry.isSymbolicLink())
            await visit(childRel);
    }
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ removeTreeSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

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

/***/ 3417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ createScratchFolder)
/* harmony export */ });
/* unused harmony export removeTree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A new private folder (0700) under `parent` for a run's intermediate files
 * and reports, kept until `remove()`: front ends upload or copy what is in it
 * first. Folders that must not outlive the process (staging, Secret values)
 * are StagedOutput's and onExit's business instead.
 */
async function createScratchFolder(parent, prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, prefix));
    return { dir, remove: () => removeTree(dir) };
}
/** Removes a file or folder tree; nothing there is not an error. */
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true });
}


/***/ }),

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ writeResultAndMarkdown)
/* harmony export */ });
/* unused harmony exports writeFileAtomic, writeReportFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4035);




/**
 * Writes `text` to `path` under a new temporary name beside it (never an
 * existing file, so two writers of one path cannot meet), then renames it: a
 * reader (a CI system collecting artifacts, a later step) never sees half a
 * file. `mode` applies to the new file (e.g. 0o600 for a private cache).
 */
async function writeFileAtomic(path, text, options = {}) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.mmf-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(staging, text, {
            flag: 'wx',
            ...(options.mode !== undefined ? { mode: options.mode } : {}),
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { force: true });
        throw err;
    }
}
/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
async function writeReportFiles(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await writeFileAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), text);
}
/** A report's machine-readable result as JSON and the report as Markdown, atomically, into `dir`. */
async function writeResultAndMarkdown(dir, report, names) {
    await writeReportFiles(dir, {
        [names.json]: JSON.stringify(report.result, null, 2) + '\n',
        [names.markdown]: (0,_kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReportMarkdown */ .Ay)(report).join('\n'),
    });
}


/***/ }),

/***/ 3669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ secretLookingValues),
/* harmony export */   J$: () => (/* binding */ commandEnvironment)
/* harmony export */ });
/* unused harmony export isWithheldFromCommands */
/**
 * The environment of the user's own commands (`mmf ci run --command`, the ci
 * action's and component's `commands:`): their build and test commands, which
 * need what the job gives them (DATABASE_URL, JAVA_HOME, a package index
 * token the workflow put in `env:`, the real HOME with its caches), unlike the
 * tools mmf runs on untrusted content (child-env.ts). What the job's own
 * `run:` lines would get, less what the CI system or mmf hold for themselves:
 *
 * - values equal to a secret mmf holds (the action's token, gitlab-token),
 *   under whatever name they were exported;
 * - GitHub: the action's inputs (INPUT_*, the token among them), the
 *   runner's service credentials and endpoints (ACTIONS_*: ACTIONS_RUNTIME_TOKEN,
 *   ACTIONS_ID_TOKEN_REQUEST_TOKEN/URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL …),
 *   and the step's command files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 *   GITHUB_STATE, GITHUB_STEP_SUMMARY), through which a command could set
 *   this step's outputs or the environment of later steps;
 * - GitLab: the job's credentials (CI_JOB_TOKEN, CI_JOB_JWT*, CI_REGISTRY_PASSWORD,
 *   CI_DEPENDENCY_PROXY_PASSWORD, CI_DEPLOY_PASSWORD, CI_REPOSITORY_URL, which
 *   embeds the job token) and MMF_GITLAB_TOKEN.
 */
const WITHHELD_NAMES = new Set([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'CI_JOB_TOKEN',
    'CI_REGISTRY_PASSWORD',
    'CI_DEPENDENCY_PROXY_PASSWORD',
    'CI_DEPLOY_PASSWORD',
    'CI_REPOSITORY_URL',
    'MMF_GITLAB_TOKEN',
]);
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_', 'CI_JOB_JWT'];
/** Whether a variable named so never reaches the user's commands (whatever its value). */
function isWithheldFromCommands(name) {
    const upper = name.toUpperCase();
    return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((p) => upper.startsWith(p));
}
/** The environment for the user's commands: `parent` less what isWithheldFromCommands and `secrets` rule out. */
function commandEnvironment(parent = process.env, secrets = []) {
    const hidden = new Set(secrets.filter((s) => s.length > 0));
    const env = {};
    for (const [name, value] of Object.entries(parent))
        if (value !== undefined && !isWithheldFromCommands(name) && !hidden.has(value))
            env[name] = value;
    return env;
}
/** Names whose values are credentials by convention (DB_PASSWORD, NPM_TOKEN, AWS_SECRET_ACCESS_KEY …). */
const SECRET_NAME = [
    /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|API_?KEY|ACCESS_?KEY|SECRET_?KEY|PRIVATE_?KEY)$/i,
    /(^|_)(SECRET|PASSWORD)_/i,
];
/** Shorter values are not treated as secrets (they would shred ordinary words in the report). */
const MIN_LENGTH = 6;
/** The password of a URL with credentials: `postgres://user:password@host/db`. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s/]+)@/i;
/**
 * Values of the commands' environment that look secret, for the report's
 * redaction: the runner masks its secrets in the job log, but a failed
 * command's output and a test's failure message also go into comments and
 * summaries, which nothing masks. Variables named like credentials, and the
 * password part of URLs such as DATABASE_URL.
 */
function secretLookingValues(env) {
    const found = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        if (SECRET_NAME.some((p) => p.test(name)) &&
            value.length >= MIN_LENGTH &&
            !/^(true|false|\d{1,5})$/i.test(value))
            found.add(value);
        const password = URL_PASSWORD.exec(value)?.[1];
        if (password && password.length >= MIN_LENGTH) {
            found.add(password);
            try {
                found.add(decodeURIComponent(password));
            }
            catch {
                // not percent-encoded: the raw form is enough
            }
        }
    }
    return [...found];
}


/***/ }),

/***/ 109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __nccwpck_require__(109);
// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __nccwpck_require__(149);
;// CONCATENATED MODULE: ./actions/platform/process/child-env.ts





/**
 * The environment every child process gets: helm, kustomize/kubectl, git,
 * tar. Charts and kustomizations from a pull request are untrusted, so a
 * child sees only what it needs to run, never the parent's tokens (INPUT_*,
 * GITHUB_TOKEN, ACTIONS_*, RUNNER_*, CI_JOB_TOKEN, cloud credentials ...):
 * - PATH (and on Windows what programs need to start: SystemRoot, ComSpec ...);
 * - the temporary folder (TMPDIR, TMP, TEMP);
 * - locale and time zone (LANG, LANGUAGE, LC_*, TZ);
 * - proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, ALL_PROXY, any case) and the
 *   TLS roots Go reads (SSL_CERT_FILE, SSL_CERT_DIR), for builds allowed to
 *   fetch remote bases;
 * - HOME, the XDG folders and HELM_CACHE_HOME / HELM_CONFIG_HOME /
 *   HELM_DATA_HOME, all under one private temporary folder per process
 *   (removed at exit), so no user config, plugin, repository credential or
 *   kubeconfig of the machine is read.
 * - the Go runtime's GOGC, GOMEMLIMIT and GOMAXPROCS; where the parent sets
 *   none of them, GO_RUNTIME below.
 * Nothing else passes, including HELM_* and KUBECONFIG: `helm template` and
 * `kustomize build` need no cluster, and the settings mmf relies on are
 * given as arguments.
 */
const PASSED = new Set([
    'PATH',
    'PATHEXT',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'GOGC',
    'GOMEMLIMIT',
    'GOMAXPROCS',
].map((name) => name.toUpperCase()));
/**
 * helm and kustomize are Go programs that live for a fraction of a second and
 * run several at a time, one per environment. Go's default collector (GOGC=100,
 * every spare core) spends much of such a short life collecting and competing
 * with the other builds for the same cores. Collecting only when the heap has
 * grown fivefold, on one core each, makes a set of concurrent builds about a
 * third faster; GOMEMLIMIT still bounds the heap of a very large chart.
 */
const GO_RUNTIME = { GOGC: '400', GOMEMLIMIT: '1GiB', GOMAXPROCS: '1' };
/** Whether a variable of the parent environment reaches child processes. */
function isPassedToChildren(name) {
    const upper = name.toUpperCase();
    return PASSED.has(upper) || upper.startsWith('LC_');
}
let home;
/** The private home of this process's children, created on first use and removed at exit. */
function privateHome() {
    if (home)
        return home;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-home-'));
    for (const sub of ['.config', '.cache', (0,external_node_path_.join)('.local', 'share'), (0,external_node_path_.join)('.local', 'state')])
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, sub), { recursive: true });
    home = dir;
    (0,exit_cleanup/* onExit */.cf)(() => {
        (0,remove_tree_sync/* removeTreeSync */.O)(dir);
        if (home === dir)
            home = undefined;
    });
    return dir;
}
/** The minimal environment for a child process, plus `extra` (set by mmf itself, e.g. git's settings). */
function childEnvironment(parent = process.env, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(parent))
        if (value !== undefined && isPassedToChildren(name))
            env[name] = value;
    if (!Object.keys(GO_RUNTIME).some((name) => env[name] !== undefined))
        Object.assign(env, GO_RUNTIME);
    const dir = privateHome();
    const config = (0,external_node_path_.join)(dir, '.config');
    const cache = (0,external_node_path_.join)(dir, '.cache');
    const data = (0,external_node_path_.join)(dir, '.local', 'share');
    Object.assign(env, {
        HOME: dir,
        USERPROFILE: dir,
        APPDATA: config,
        LOCALAPPDATA: cache,
        XDG_CONFIG_HOME: config,
        XDG_CACHE_HOME: cache,
        XDG_DATA_HOME: data,
        XDG_STATE_HOME: (0,external_node_path_.join)(dir, '.local', 'state'),
        HELM_CONFIG_HOME: (0,external_node_path_.join)(config, 'helm'),
        HELM_CACHE_HOME: (0,external_node_path_.join)(cache, 'helm'),
        HELM_DATA_HOME: (0,external_node_path_.join)(data, 'helm'),
        ...extra,
    });
    return env;
}

;// CONCATENATED MODULE: ./actions/platform/process/run-command.ts



/**
 * Spawns a tool with an argument array (never a shell string) and the minimal
 * child environment, and collects its output. Resolves with the exit code;
 * callers decide what a failure means. SIGINT/SIGTERM of mmf stop the child.
 */
function runCommand(file, args, options = {}) {
    const limit = options.maxOutputBytes ?? 512 * 1024 * 1024;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.environment
                ? { ...options.environment, ...options.env }
                : childEnvironment(process.env, options.env),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        (0,exit_cleanup/* trackChild */.yH)(child);
        const out = [];
        const err = [];
        let outBytes = 0;
        let overflow = false;
        child.stdout.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stdout');
            outBytes += chunk.length;
            if (outBytes > limit) {
                overflow = true;
                child.kill('SIGKILL');
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stderr');
            err.push(chunk);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => {
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: overflow ? `${stderr}\noutput exceeded ${limit} bytes` : stderr,
                exitCode: code ?? (signal ? 128 : 1),
                durationMs: performance.now() - started,
            });
        });
    });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2281);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
