import { Module } from '@nestjs/common';
import { StatusLinksModule } from '../status-links/status-links.module';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [StatusLinksModule],
  providers: [CandidatesService, CandidatesResolver],
})
export class CandidatesModule {}
