import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_ACCESS } from '@candor/domain';
import { roleMatrixMarkdown, schemaOperations } from '../role-matrix';

const root = join(__dirname, '..', '..', '..', '..', '..');
const sdl = readFileSync(join(root, 'apps', 'api', 'schema.gql'), 'utf8');

describe('the role matrix', () => {
  it('names every operation of the schema, and nothing else', () => {
    const operations = schemaOperations(sdl).map((op) => op.name);
    expect(operations.filter((name) => !(name in OPERATION_ACCESS))).toEqual([]);
    expect(Object.keys(OPERATION_ACCESS).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it('is written out in docs/roles.md exactly as the code has it', () => {
    const doc = readFileSync(join(root, 'docs', 'roles.md'), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- role-matrix:start -->') + '<!-- role-matrix:start -->'.length, doc.indexOf('<!-- role-matrix:end -->')).trim();
    expect(table).toBe(roleMatrixMarkdown(sdl));
  });
});
