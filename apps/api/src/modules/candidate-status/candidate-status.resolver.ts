import { textProblem } from '@candor/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../../common/clock';
import { DomainException, ErrorCode } from '../../common/domain.exception';
import { RequestContext } from '../../common/request-context';
import { Metrics } from '../../observability/metrics';
import { CandidateStatusService } from './candidate-status.service';
import { RespondToRequestInput } from './dto/respond-to-request.input';
import { CandidateStatus, CheckInResult, PublicNextStep, ResponseResult } from './models/candidate-status.model';
import { StatusRateLimiter } from './status-rate-limiter';
import { stepCalendar } from '../calendar/step-calendar';
import { PublicStepWithCalendar } from './status-view';

/** The candidate's side: public, reached with the status-link token, rate-limited per address. */
@Resolver(() => CandidateStatus)
export class CandidateStatusResolver {
  constructor(
    private readonly service: CandidateStatusService,
    private readonly limiter: StatusRateLimiter,
    private readonly metrics: Metrics,
  ) {}

  @Query(() => CandidateStatus, { nullable: true, description: "A candidate's status page, by the token of their link." })
  async candidateStatus(@Args('token') token: string, @Context() ctx: RequestContext): Promise<CandidateStatus> {
    return this.limited(ctx, () => this.service.status(token));
  }

  @Mutation(() => CheckInResult, { description: 'A polite check-in, once the promised date has passed without news.' })
  async checkIn(
    @Args('token') token: string,
    @Args('message', { nullable: true, type: () => String }) message: string | undefined,
    @Context() ctx: RequestContext,
  ): Promise<CheckInResult> {
    const text = validMessage(message);
    await this.limiter.admitWrite(ctx.req.ip ?? '');
    return this.limited(ctx, () => this.service.checkIn(token, text));
  }

  @Mutation(() => ResponseResult, { description: 'The candidate answers a step that asked for information.' })
  async respondToRequest(@Args('input') input: RespondToRequestInput, @Context() ctx: RequestContext): Promise<ResponseResult> {
    await this.limiter.admitWrite(ctx.req.ip ?? '');
    await this.limited(ctx, () => this.service.respond(input));
    return { accepted: true };
  }

  private async limited<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    const address = ctx.req.ip ?? '';
    await this.limiter.admitRead(address).catch((error: unknown) => {
      this.metrics.statusLookup('rate_limited');
      throw error;
    });
    try {
      const found = await work();
      this.metrics.statusLookup('found');
      return found;
    } catch (error) {
      if (error instanceof DomainException && error.code === ErrorCode.NOT_FOUND) {
        // Past the shared count of misses, the answer is the refusal, whichever instance counted them.
        const refusal = await this.limiter.recordMiss(address);
        this.metrics.statusLookup(refusal ? 'rate_limited' : 'not_found');
        throw refusal ?? error;
      }
      throw error;
    }
  }
}

@Resolver(() => PublicNextStep)
export class PublicNextStepResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => String, { nullable: true, description: 'An .ics file for a dated step that is still ahead (not past); none for a decision, the team\'s date.' })
  calendarFile(@Parent() step: PublicStepWithCalendar): string | null {
    if (step.past || step.kind === 'DECISION') return null;
    return stepCalendar(
      { ...step, sequence: step.calendar.sequence },
      { method: 'PUBLISH', ...step.calendar, now: this.clock.now() },
    );
  }
}

/** The optional note of a check-in: trimmed, at most 1000 characters, read as it is written (textProblem). */
function validMessage(message: string | undefined): string | undefined {
  const trimmed = message?.trim();
  if (trimmed && trimmed.length > 1000) {
    throw DomainException.badInput([{ field: 'message', message: 'must be at most 1000 characters' }]);
  }
  const problem = trimmed ? textProblem(trimmed) : null;
  if (problem) throw DomainException.badInput([{ field: 'message', message: problem }]);
  return trimmed || undefined;
}
