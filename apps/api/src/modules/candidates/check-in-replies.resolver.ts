import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { CheckIn, CheckInReply } from '../candidate-status/models/candidate-feedback.model';
import { CheckInRepliesService } from './check-in-replies.service';
import { ReplyToCheckInInput } from './dto/reply-to-check-in.input';

@Resolver(() => CheckIn)
export class CheckInRepliesResolver {
  constructor(private readonly replies: CheckInRepliesService) {}

  @Mutation(() => CheckIn, {
    description:
      "Answers a candidate's check-in (once): they read it on their page and by email. With a new promised day the candidate's promise changes too (an open one not yet lapsed is extended, with the reply as its reason).",
  })
  replyToCheckIn(@CurrentActor() actor: Actor, @Args('input') input: ReplyToCheckInInput): Promise<CheckInEntity> {
    return this.replies.reply(actor, input);
  }

  @ResolveField(() => CheckInReply, { nullable: true, description: "The team's reply, once sent (at most one)." })
  reply(@Parent() checkIn: CheckInEntity): CheckInReply | null {
    if (!checkIn.repliedAt || checkIn.replyMessage === null) return null;
    return { message: checkIn.replyMessage, sentAt: checkIn.repliedAt, sentById: checkIn.repliedById, newExpectedResponseBy: checkIn.replyNewDay };
  }
}
