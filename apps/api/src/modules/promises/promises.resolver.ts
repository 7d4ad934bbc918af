import { daysLate } from '@candor/domain';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { RequestContext } from '../../common/request-context';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { Candidate } from '../candidates/models/candidate.model';
import { CandidateEntity } from '../candidates/candidate.entity';
import { MemberEntity } from '../members/member.entity';
import { Member } from '../members/models/member.model';
import { CandidatePromiseEntity } from './candidate-promise.entity';
import { PromiseStatsArgs } from './dto/promise-stats.args';
import { CandidatePromise, PromiseStats } from './models/candidate-promise.model';
import { PromiseStatsService } from './promise-stats.service';

@Resolver(() => CandidatePromise)
export class CandidatePromiseResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => Member, { nullable: true, description: 'Who gave it (for an automatic extension: who pre-approved it); null once removed.' })
  async madeBy(@Parent() promise: CandidatePromiseEntity, @Context() ctx: RequestContext): Promise<MemberEntity | null> {
    return promise.madeByMemberId ? ((await ctx.loaders.member.load(promise.madeByMemberId)) ?? null) : null;
  }

  @ResolveField(() => CalendarDateScalar, { description: 'The promised reply day (organization time zone).' })
  expectedResponseBy(@Parent() promise: CandidatePromiseEntity): string {
    return promise.promisedDay;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Whole days late (BROKEN only): to the day the candidate heard, or to today.' })
  daysLate(@Parent() promise: CandidatePromiseEntity, @CurrentActor() actor: Actor): number | null {
    return promise.outcome === 'BROKEN' ? daysLate(promise.promisedDay, promise.heardAt, this.clock.now(), actor.timeZone) : null;
  }
}

@Resolver(() => Candidate)
export class CandidatePromisesResolver {
  @ResolveField(() => [CandidatePromise], { description: 'Every promised reply day the candidate was given, newest first (the promise ledger).' })
  promises(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<CandidatePromiseEntity[]> {
    return ctx.loaders.promisesByCandidate.load(candidate.id);
  }
}

@Resolver(() => PromiseStats)
export class PromiseStatsResolver {
  constructor(private readonly stats: PromiseStatsService) {}

  @Query(() => PromiseStats, { description: 'How well promises were kept over [from, to), organization-wide, or for one job or one member.' })
  promiseStats(@CurrentActor() actor: Actor, @Args() args: PromiseStatsArgs): Promise<PromiseStats> {
    return this.stats.stats(actor, args);
  }
}
