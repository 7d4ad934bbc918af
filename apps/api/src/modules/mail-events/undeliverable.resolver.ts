import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { RequestContext } from '../../common/request-context';
import { CandidateEntity } from '../candidates/candidate.entity';
import { Candidate } from '../candidates/models/candidate.model';
import { EmailUndeliverable } from './models/email-undeliverable.model';
import { UndeliverableMark } from './undeliverable-addresses';
import { UndeliverableService } from './undeliverable.service';

@Resolver(() => Candidate)
export class UndeliverableResolver {
  constructor(private readonly undeliverable: UndeliverableService) {}

  @ResolveField(() => EmailUndeliverable, {
    nullable: true,
    description: "Set while email to the candidate's address is paused because it bounced for good or was reported as spam; null while mail goes.",
  })
  async emailUndeliverable(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<UndeliverableMark | null> {
    return (await ctx.loaders.undeliverableByCandidate.load(candidate.id)) ?? null;
  }

  @Mutation(() => Candidate, { description: "Sends the candidate's email again after a bounce or spam report: their paused emails go, and a later report pauses them again." })
  clearEmailUndeliverable(@CurrentActor() actor: Actor, @Args('candidateId', { type: () => ID }) candidateId: string): Promise<CandidateEntity> {
    return this.undeliverable.clear(actor, candidateId);
  }
}
