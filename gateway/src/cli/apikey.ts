import 'reflect-metadata';
import { ConfigError } from '@hotelops/kernel/config';
import { runApiKeyCli } from './apikey-cli';

runApiKeyCli(process.argv.slice(2), process.env, (line) => process.stdout.write(line + '\n')).catch((err) => {
  console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(err instanceof ConfigError ? 78 : 1);
});
