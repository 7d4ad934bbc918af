import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule],
  providers: [MembersService, MembersResolver],
})
export class MembersModule {}
