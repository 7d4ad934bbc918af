import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../common/request-context';
import { TimelineEvent } from './models/timeline-event.model';
import { describeTimelineEvent } from './timeline';
import { TimelineEventEntity } from './timeline-event.entity';

@Resolver(() => TimelineEvent)
export class TimelineResolver {
  @ResolveField(() => String, { nullable: true, description: 'The member who made the change.' })
  async actorName(@Parent() event: TimelineEventEntity, @Context() ctx: RequestContext): Promise<string | null> {
    if (!event.actorMemberId) return null;
    return (await ctx.loaders.member.load(event.actorMemberId))?.name ?? null;
  }

  @ResolveField(() => String, { description: 'One line describing the event.' })
  summary(@Parent() event: TimelineEventEntity): string {
    return describeTimelineEvent(event.type, event.data);
  }
}
