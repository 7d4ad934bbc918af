import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { EmailMessageEntity } from '../candidates/email-message.entity';
import { EmailMessage } from '../candidates/models/email-message.model';
import { CurrentEmail, EmailRecomposer } from './email-recomposer';
import { SECRET_LINK_PLACEHOLDER, SecretLinks } from './secret-links';

/**
 * An email's content as the reading member may see it. A SCHEDULED candidate email shows what
 * would be sent now (EmailRecomposer: the current address, template and data), since that is
 * what will go. A secret link (invite, reset) is shown only to admins, and only with the dev
 * mailbox, where it never left the machine; everyone else reads that the link was hidden.
 */
@Resolver(() => EmailMessage)
export class EmailMessageResolver {
  /** One rendering per email object and request, shared by its fields. */
  private readonly rendering = new WeakMap<EmailMessageEntity, Promise<CurrentEmail>>();

  constructor(
    private readonly secretLinks: SecretLinks,
    private readonly recomposer: EmailRecomposer,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => String)
  async to(@Parent() email: EmailMessageEntity): Promise<string> {
    return (await this.current(email)).to;
  }

  @ResolveField(() => String)
  async subject(@Parent() email: EmailMessageEntity): Promise<string> {
    return (await this.current(email)).subject;
  }

  @ResolveField(() => String)
  async text(@Parent() email: EmailMessageEntity, @CurrentActor() actor: Actor): Promise<string> {
    return this.view(email, (await this.current(email)).text, actor);
  }

  @ResolveField(() => String)
  async html(@Parent() email: EmailMessageEntity, @CurrentActor() actor: Actor): Promise<string> {
    return this.view(email, (await this.current(email)).html, actor);
  }

  /** The stored content; for a SCHEDULED email, what would be sent now (unless it would be cancelled). */
  private current(email: EmailMessageEntity): Promise<CurrentEmail> {
    let rendering = this.rendering.get(email);
    if (!rendering) {
      const stored: CurrentEmail = { to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers, attachments: email.attachments };
      rendering =
        email.status === 'SCHEDULED'
          ? this.recomposer.current(this.dataSource.manager, email, this.clock.now()).then((now) => (now && 'content' in now ? now.content : stored))
          : Promise.resolve(stored);
      this.rendering.set(email, rendering);
    }
    return rendering;
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
