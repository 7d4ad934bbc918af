import { Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { AttentionEntry, AttentionService } from './attention.service';
import { AttentionItem } from './models/attention-item.model';

@Resolver(() => AttentionItem)
export class AttentionResolver {
  constructor(private readonly attention: AttentionService) {}

  @Query(() => [AttentionItem], {
    description: 'Overdue promises, then past steps not marked done, then promises due today or tomorrow.',
  })
  needsAttention(@CurrentActor() actor: Actor): Promise<AttentionEntry[]> {
    return this.attention.needsAttention(actor);
  }
}
