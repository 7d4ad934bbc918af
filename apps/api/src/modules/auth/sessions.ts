import { EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

/** Ends every live session of a member at once (reset, deactivation, removal), inside the caller's transaction. */
export async function endSessionsOf(db: EntityManager, memberId: string, now: Date, exceptSessionId?: string): Promise<void> {
  const query = db
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ revokedAt: now })
    .where('member_id = :memberId', { memberId })
    .andWhere('revoked_at IS NULL');
  if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
  await query.execute();
}
