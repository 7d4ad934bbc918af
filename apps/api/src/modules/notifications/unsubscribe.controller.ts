import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, In, IsNull } from 'typeorm';
import { Public } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { DomainException, ErrorCode } from '../../common/domain.exception';
import { isUuid } from '../../common/input-rules';
import { CandidateEntity } from '../candidates/candidate.entity';
import { EmailMessageEntity } from './email-message.entity';
import { RateLimits } from '../rate-limits/rate-limits';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { recordTimelineEvent } from '../timeline/timeline';
import { UnsubscribeLinks } from './unsubscribe-links';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}
button{font:inherit;padding:.6rem 1rem;min-height:44px;border-radius:6px;border:1px solid #1d4e89;background:#1d4e89;color:#fff}</style>
</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const INVALID = page('This link is not valid', '<p>Please use the link from your most recent email.</p>');
const TOO_MANY = page('Please wait a little', '<p>There were too many requests from your network. Please try again in a while.</p>');

/**
 * One-click unsubscribe (RFC 8058): mail clients POST to the List-Unsubscribe address; a person
 * who opens it gets a page with a button (a GET never changes anything, so link scanners cannot
 * unsubscribe anyone). The status link keeps working. Both are rate-limited per address; a
 * token stops working when the candidate's status link is rotated.
 */
@Controller('email/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: UnsubscribeLinks,
    private readonly clock: Clock,
    private readonly limits: RateLimits,
  ) {}

  @Public()
  @Get(':token')
  async confirm(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      if (!(await this.candidateOf(token))) return [404, INVALID];
      return [
        200,
        page(
          'Stop emails about this application?',
          `<p>You will get no more emails about this application. Your status page keeps working.</p>
       <form method="post"><button type="submit">Stop emails</button></form>`,
        ),
      ];
    });
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      const candidateId = await this.candidateOf(token);
      if (!candidateId) return [404, INVALID];
      await this.optOut(candidateId);
      return [200, page('You will get no more emails', '<p>We will not email you about this application again. Your status page keeps working.</p>')];
    });
  }

  private async answer(req: Request, res: Response, work: () => Promise<[number, string]>): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/html; charset=utf-8');
    try {
      await this.limits.consume('unsubscribe', req.ip ?? '');
      const [status, body] = await work();
      res.status(status).send(body);
    } catch (error) {
      if (error instanceof DomainException && error.code === ErrorCode.TOO_MANY_REQUESTS) {
        res.status(429).setHeader('Retry-After', String(error.details.retryAfterSeconds ?? 60)).send(TOO_MANY);
        return;
      }
      throw error;
    }
  }

  private async optOut(candidateId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      const candidate = await db.findOne(CandidateEntity, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate || candidate.unsubscribedAt) return;
      await db.update(CandidateEntity, { id: candidate.id, unsubscribedAt: IsNull() }, { unsubscribedAt: now });
      await db.update(
        EmailMessageEntity,
        // Held ones, and those paused by a bounce (they would go once the address is fixed).
        { candidateId: candidate.id, status: In(['SCHEDULED', 'PAUSED']) },
        { status: 'CANCELLED', lastError: 'The candidate asked for no more emails.', updatedAt: now },
      );
      await recordTimelineEvent(db, {
        organizationId: candidate.organizationId,
        candidateId: candidate.id,
        type: 'UNSUBSCRIBED',
        at: now,
        actorMemberId: null,
      });
    });
  }

  /** The candidate a token was signed for, while their status link is the one it was signed with. */
  private async candidateOf(token: string): Promise<string | null> {
    const candidateId = this.links.claimedCandidate(token);
    if (!candidateId || !isUuid(candidateId)) return null;
    const link = await this.dataSource.getRepository(StatusLinkEntity).findOneBy({ candidateId });
    return link && this.links.verify(token, link) ? candidateId : null;
  }
}
