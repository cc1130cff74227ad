import { isObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { parseImage } from '../../kernel/k8s/image-ref.js';

/** One container image field, identified by resource and a path that names containers. */
interface ImageSite {
  resourceKey: string;
  /** Path with containers identified by name, stable across environments. */
  site: string;
  holder: JsonObject;
  image: string;
}

/** Every `image` of an item in a `containers` / `initContainers` list, anywhere: what kustomize's `images:` touches. */
function collectSites(resourceKey: string, value: JsonValue, trail: string, out: ImageSite[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectSites(resourceKey, item, `${trail}[${i}]`, out));
    return;
  }
  if (!isObject(value)) return;
  for (const key in value) {
    const child = value[key] as JsonValue;
    // Only collections can hold containers: no path is built for scalars.
    if (child === null || typeof child !== 'object') continue;
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(child)) {
      for (const item of child) {
        if (!isObject(item)) continue;
        const site = `${trail}.${key}[${String(item.name)}]`;
        if (typeof item.image === 'string') out.push({ resourceKey, site, holder: item, image: item.image });
        collectSites(resourceKey, item, site, out);
      }
    } else {
      collectSites(resourceKey, child, `${trail}.${key}`, out);
    }
  }
}

export interface ImageOverride {
  name: string;
  newTag: string;
}

/**
 * Plans kustomize `images:` entries for one environment. `base` maps resource
 * keys to the base objects this environment inherits; `targets` holds every
 * object the environment must produce (mutated: each site the transformer
 * will rewrite gets its base image back, so the patches left to derive
 * exclude the tag change). An entry is used only when it is exact: every site
 * of that image name in the environment ends with the same tag and no digest.
 */
export function planImageOverrides(
  base: Map<string, JsonObject>,
  targets: Map<string, JsonObject>,
): ImageOverride[] {
  const baseSites = new Map<string, ImageSite>();
  for (const [key, object] of base) {
    const sites: ImageSite[] = [];
    collectSites(key, object, '', sites);
    for (const s of sites) baseSites.set(`${key}\0${s.site}`, s);
  }
  const targetSites: ImageSite[] = [];
  for (const [key, object] of targets) collectSites(key, object, '', targetSites);

  const byName = new Map<string, ImageSite[]>();
  for (const site of targetSites) {
    const name = parseImage(site.image).name;
    byName.set(name, [...(byName.get(name) ?? []), site]);
  }
  // Base sites whose image name would also be matched by the transformer.
  const overrides: ImageOverride[] = [];
  // By code point: the same order on every machine, whatever its locale.
  for (const [name, sites] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const refs = sites.map((s) => parseImage(s.image));
    const tag = refs[0]?.tag;
    if (!tag || refs.some((r) => r.digest || r.tag !== tag)) continue;
    const pairs = sites.map((s) => ({ site: s, before: baseSites.get(`${s.resourceKey}\0${s.site}`) }));
    const changing = pairs.filter((p) => p.before && p.before.image !== p.site.image);
    const exact = changing.every((p) => {
      const b = parseImage((p.before as ImageSite).image);
      return b.name === name && b.tag !== undefined && !b.digest;
    });
    if (changing.length === 0 || !exact) continue;
    // Sites of other names in the base that share this name are untouched; sites of this name all end at `tag`.
    for (const p of changing) p.site.holder.image = (p.before as ImageSite).image;
    overrides.push({ name, newTag: tag });
  }
  return overrides;
}
