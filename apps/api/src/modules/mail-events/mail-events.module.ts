import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { mailEventBodies, MailEventsController } from './mail-events.controller';
import { UndeliverableResolver } from './undeliverable.resolver';
import { UndeliverableService } from './undeliverable.service';

/** Bounces and complaints in (MailEventsController), and the team's view of them on the candidate. */
@Module({
  imports: [NotificationsModule],
  controllers: [MailEventsController],
  providers: [UndeliverableService, UndeliverableResolver],
})
export class MailEventsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(mailEventBodies).forRoutes({ path: 'mail/events/dsn', method: RequestMethod.POST });
  }
}
