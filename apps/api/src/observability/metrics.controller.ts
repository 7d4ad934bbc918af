import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth.decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Metrics } from './metrics';

/**
 * GET /metrics, Prometheus text format. 404 unless METRICS_TOKEN is set; then 401 unless the
 * request carries `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time).
 */
@Controller('metrics')
export class MetricsController {
  private readonly expected?: Buffer;

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const token = config.observability.metricsToken;
    this.expected = token ? digest(token) : undefined;
  }

  @Public()
  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!this.expected) {
      res.status(404).type('text/plain').send('Not found.');
      return;
    }
    const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), this.expected)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('A metrics token is required.');
      return;
    }
    const { contentType, body } = await this.metrics.exposition();
    res.status(200).type(contentType).send(body);
  }
}

/** Equal-length digests, so that comparing them tells nothing about the token's length. */
function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
