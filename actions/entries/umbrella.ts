// The root action (`uses: mmf/actions@v1` with `command:`): a small dispatcher. It applies the chosen
// command's own input defaults (the root action.yml declares none, so no command's default reaches
// another) and loads that command's bundle, dist/<command>/index.js, instead of carrying a copy.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS } from './umbrella/commands.js';

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
// Workflow commands, written by hand: @actions/core would make this bundle as big as the ones it loads.
const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const command = (process.env.INPUT_COMMAND ?? '').trim();
const entry = COMMANDS.find((c) => c.command === command);
if (!entry) {
  process.stdout.write(
    `::error::${escape(`error[E_USAGE]: command "${command}" is not available; this release provides: ${COMMANDS.map((c) => c.command).join(', ')}`)}\n`,
  );
  process.exitCode = 1;
} else {
  const own = new Set(entry.inputs.map(envName));
  for (const [name, value] of Object.entries(process.env))
    if (name.startsWith('INPUT_') && name !== 'INPUT_COMMAND' && !own.has(name) && value)
      process.stdout.write(
        `::warning::${escape(`input ${name.slice(6).toLowerCase()} is not an input of ${command}; it is ignored`)}\n`,
      );
  for (const [input, value] of Object.entries(entry.defaults)) {
    const name = envName(input);
    if (!process.env[name]) process.env[name] = value;
  }
  const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', entry.command, 'index.js');
  await import(/* webpackIgnore: true */ pathToFileURL(bundle).href);
}
