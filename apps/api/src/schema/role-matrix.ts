import { MEMBER_ROLES, OPERATION_ACCESS, rolesAllowed } from '@candor/domain';
import { buildSchema } from 'graphql';

/** The schema's operations, queries then mutations, each sorted by name. */
export function schemaOperations(sdl: string): { name: string; kind: 'query' | 'mutation' }[] {
  const schema = buildSchema(sdl);
  const names = (fields: object | undefined) => Object.keys(fields ?? {}).sort();
  return [
    ...names(schema.getQueryType()?.getFields()).map((name) => ({ name, kind: 'query' as const })),
    ...names(schema.getMutationType()?.getFields()).map((name) => ({ name, kind: 'mutation' as const })),
  ];
}

/** The role matrix as the Markdown table docs/roles.md holds (written from OPERATION_ACCESS). */
export function roleMatrixMarkdown(sdl: string): string {
  const rows = schemaOperations(sdl).map(({ name, kind }) => {
    const access = OPERATION_ACCESS[name];
    const allowed = rolesAllowed(name);
    const cells = MEMBER_ROLES.map((role) => (access === 'PUBLIC' ? 'public' : allowed.includes(role) ? 'yes' : 'no'));
    return `| ${name} | ${kind} | ${access === 'PUBLIC' ? 'none (public)' : `\`${access ?? 'missing'}\``} | ${cells.join(' | ')} |`;
  });
  return ['| operation | kind | permission | ADMIN | RECRUITER | HIRING_MANAGER |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
