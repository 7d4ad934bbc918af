import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionCookies } from './session-cookies';
import { SessionGuard } from './session.guard';

@Module({
  providers: [AuthService, AuthResolver, LoginRateLimiter, SessionCookies, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
