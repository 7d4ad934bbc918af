import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { EmailMessageEntity } from '../candidates/email-message.entity';
import { EmailMessage } from '../candidates/models/email-message.model';
import { SECRET_LINK_PLACEHOLDER, SecretLinks } from './secret-links';

/**
 * An email's content as the reading member may see it. A secret link (invite, reset) is shown
 * only to admins, and only with the dev mailbox, where it never left the machine; everyone
 * else reads that the link was hidden.
 */
@Resolver(() => EmailMessage)
export class EmailMessageResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secretLinks: SecretLinks,
  ) {}

  @ResolveField(() => String)
  text(@Parent() email: EmailMessageEntity, @CurrentActor() actor: Actor): Promise<string> {
    return this.view(email, email.text, actor);
  }

  @ResolveField(() => String)
  html(@Parent() email: EmailMessageEntity, @CurrentActor() actor: Actor): Promise<string> {
    return this.view(email, email.html, actor);
  }

  private async view(email: EmailMessageEntity, content: string, actor: Actor): Promise<string> {
    if (!content.includes(SECRET_LINK_PLACEHOLDER)) return content;
    if (actor.role === 'ADMIN' && this.secretLinks.keptAfterSending) {
      const [row] = (await this.dataSource.query('SELECT secret_sealed FROM email_messages WHERE id = $1 AND organization_id = $2', [
        email.id,
        actor.organizationId,
      ])) as { secret_sealed: string | null }[];
      if (row?.secret_sealed) return this.secretLinks.reveal(content, row.secret_sealed, email.id);
    }
    return SecretLinks.hide(content);
  }
}
