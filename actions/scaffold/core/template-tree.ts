/** Relative POSIX path (`base/deployment.yaml`) -> file text. */
export type TemplateTree = ReadonlyMap<string, string>;

/** The folders a template tree holds; nothing else is read. */
export const TEMPLATE_ROOTS = ['base', 'components', 'overlays'] as const;
