import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CandidateEntity } from '../candidates/candidate.entity';

export interface PromiseExtension {
  candidate: CandidateEntity;
  /** The new open promise. */
  promiseId: string;
  previousDay: string;
  newDay: string;
  reason: string;
  /** Business days Candor added on a pre-approval; null for a member's change. */
  businessDays: number | null;
  now: Date;
}

/** The email telling a candidate their reply day moved (placeholder until the template lands). */
@Injectable()
export class PromiseEmailsService {
  async onPromiseExtended(_db: EntityManager, _extension: PromiseExtension): Promise<string | null> {
    return null;
  }
}
