import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { EmailMessageEntity } from './email-message.entity';
import { EmailMessage } from './models/email-message.model';
import { SECRET_LINK_PLACEHOLDER, SecretLinks } from './secret-links';

/**
 * An email's content as the reading member may see it. A secret link (invite, reset) is shown
 * only to admins, and only with the dev mailbox, where it never left the machine; everyone
 * else reads that the link was hidden.
 */
@Resolver(() => EmailMessage)
export class EmailMessageResolver {
  constructor(private readonly secretLinks: SecretLinks) {}

  @ResolveField(() => String)
  text(@Parent() email: EmailMessageEntity, @CurrentActor() actor: Actor): string {
    return this.view(email, email.text, actor);
  }

  @ResolveField(() => String)
  html(@Parent() email: EmailMessageEntity, @CurrentActor() actor: Actor): string {
    return this.view(email, email.html, actor);
  }

  /** The sealed link is on the row only where `mailbox` loaded it: for admins of the dev mailbox. */
  private view(email: EmailMessageEntity, content: string, actor: Actor): string {
    if (!content.includes(SECRET_LINK_PLACEHOLDER)) return content;
    if (actor.role === 'ADMIN' && this.secretLinks.keptAfterSending && email.secretSealed) {
      return this.secretLinks.reveal(content, email.secretSealed, email.id);
    }
    return SecretLinks.hide(content);
  }
}
