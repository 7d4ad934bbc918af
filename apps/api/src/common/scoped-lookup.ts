import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { Actor } from './actor';
import { DomainException } from './domain.exception';
import { isUuid } from './input-rules';

interface Tenanted extends ObjectLiteral {
  id: string;
  organizationId: string;
}

/**
 * Loads one record of the actor's organization, or answers NOT_FOUND: a malformed ID, an ID
 * that does not exist and an ID of another organization are indistinguishable to the caller.
 * `lock` takes a row lock (SELECT ... FOR UPDATE) for the rest of the transaction.
 */
export async function findInOrganization<T extends Tenanted>(
  db: EntityManager,
  entity: EntityTarget<T>,
  actor: Pick<Actor, 'organizationId'>,
  id: string,
  what: string,
  options: { lock?: boolean } = {},
): Promise<T> {
  if (!isUuid(id)) throw DomainException.notFound(what, id);
  const found = await db.getRepository(entity).findOne({
    where: { id, organizationId: actor.organizationId } as FindOptionsWhere<T>,
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!found) throw DomainException.notFound(what, id);
  return found;
}
