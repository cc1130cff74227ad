import type { RegisterCommands } from '../runtime/cli/program.js';
import { addHelmToKustomizeCommand } from './cli/helm-to-kustomize.js';
import { addValidateMigrationCommand } from './cli/validate-migration.js';
import { addReviewCommand } from './cli/review.js';

/** `mmf migrate helm-to-kustomize` and `mmf migrate validate-migration`. */
export const registerHelmMigrateCli: RegisterCommands = ({ migrate, io, state }) => {
  addHelmToKustomizeCommand(migrate, io, state);
  addValidateMigrationCommand(migrate, io, state);
  addReviewCommand(migrate, io, state);
};
