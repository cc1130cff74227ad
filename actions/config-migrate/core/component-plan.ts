import type { FileMap, PatchEntry } from '../../kernel/k8s/kustomization.js';
import type { ComponentName } from './values-reader.js';

/** One Kustomize component: its files (relative to components/<name>/) and a summary. */
export interface ComponentPlan {
  name: ComponentName;
  files: FileMap;
  /** `Kind/name` of each resource it adds. */
  resources: string[];
  /** `file: what it changes` for each patch. */
  patches: string[];
}

/** Collects files, resources and patches, and writes the component's kustomization.yaml last. */
export class ComponentBuilder {
  private readonly files: FileMap = new Map();
  private readonly resourceFiles: string[] = [];
  private readonly patchEntries: PatchEntry[] = [];
  private readonly resources: string[] = [];
  private readonly patches: string[] = [];

  constructor(readonly name: ComponentName) {}

  addResource(file: string, text: string, ids: readonly string[]): void {
    this.files.set(file, text);
    this.resourceFiles.push(file);
    this.resources.push(...ids);
  }

  addPatch(entry: PatchEntry, text: string, what: string): void {
    this.files.set(entry.path, text);
    this.patchEntries.push(entry);
    this.patches.push(`${entry.path}: ${what}`);
  }

  get empty(): boolean {
    return this.files.size === 0;
  }

  finish(kustomization: (fields: { resources: string[]; patches: PatchEntry[] }) => string): ComponentPlan {
    this.files.set(
      'kustomization.yaml',
      kustomization({ resources: this.resourceFiles, patches: this.patchEntries }),
    );
    return { name: this.name, files: this.files, resources: this.resources, patches: this.patches };
  }
}
