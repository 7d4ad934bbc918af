import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionCookies } from './session-cookies';
import { SessionGuard } from './session.guard';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [NotificationsModule],
  providers: [
    AuthService,
    AuthResolver,
    AccountService,
    AccountResolver,
    TwoFactorService,
    SessionCookies,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
