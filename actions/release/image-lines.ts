import type { ImagePromotion } from './publish-release.js';

/** `images:` lines: `[package=]registry/repository@sha256:…`; blank lines and `#` comments skipped. */
export function parseImageLines(text: string): ImagePromotion[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const eq = line.indexOf('=');
      return eq > 0 && !line.slice(0, eq).includes('/')
        ? { package: line.slice(0, eq).trim(), ref: line.slice(eq + 1).trim() }
        : { ref: line };
    });
}
