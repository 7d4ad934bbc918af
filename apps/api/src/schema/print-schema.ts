import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from './build-schema';

/** Writes apps/api/schema.gql, which the portal's codegen reads. */
buildSchemaSdl()
  .then((sdl) => {
    const file = join(__dirname, '..', '..', 'schema.gql');
    writeFileSync(file, sdl);
    process.stdout.write(`Wrote ${file}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
