import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth.decorators';
import { DomainException, ErrorCode } from '../../common/domain.exception';
import { Metrics } from '../../observability/metrics';
import { CandidateStatusService } from './candidate-status.service';
import { StatusRateLimiter } from './status-rate-limiter';

/**
 * "Add to calendar" on the status page: a plain form POST (the token in the body, never in a URL)
 * answered with the step's .ics as a download, so it works in every phone browser without
 * script. Limited per address (downloads and misses counted in PostgreSQL, reads in memory).
 */
@Controller('status')
export class StepCalendarController {
  constructor(
    private readonly service: CandidateStatusService,
    private readonly limiter: StatusRateLimiter,
    private readonly metrics: Metrics,
  ) {}

  @Public()
  @Post('calendar')
  @HttpCode(200)
  async download(
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const address = req.ip ?? '';
    const token = typeof body?.token === 'string' ? body.token : '';
    const stepId = typeof body?.stepId === 'string' ? body.stepId : '';
    try {
      await this.limiter.admitCalendarDownload(address);
      const file = await this.service.calendarFile(token, stepId);
      this.metrics.statusLookup('found');
      res
        .status(200)
        .type('text/calendar; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.content);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const answer = error.code === ErrorCode.NOT_FOUND ? ((await this.limiter.recordMiss(address)) ?? error) : error;
      const tooMany = answer.code === ErrorCode.TOO_MANY_REQUESTS;
      this.metrics.statusLookup(tooMany ? 'rate_limited' : 'not_found');
      res
        .status(tooMany ? 429 : 404)
        .type('text/plain; charset=utf-8')
        .send(
          tooMany
            ? 'Too many requests from your network. Please wait a few minutes and try again.'
            : 'This calendar entry is no longer available. Please reload your status page.',
        );
    }
  }
}
