import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Public } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/input-rules';
import { CandidateEntity } from '../candidates/candidate.entity';
import { EmailMessageEntity } from '../candidates/email-message.entity';
import { recordTimelineEvent } from '../timeline/timeline';
import { UnsubscribeLinks } from './unsubscribe-links';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}
button{font:inherit;padding:.6rem 1rem;min-height:44px;border-radius:6px;border:1px solid #1d4e89;background:#1d4e89;color:#fff}</style>
</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * One-click unsubscribe (RFC 8058): mail clients POST to the List-Unsubscribe address; a person
 * who opens it gets a page with a button (a GET never changes anything, so link scanners cannot
 * unsubscribe anyone). The status link keeps working.
 */
@Controller('email/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: UnsubscribeLinks,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  confirm(@Param('token') token: string): string {
    if (!this.candidateOf(token)) return page('This link is not valid', '<p>Please use the link from your most recent email.</p>');
    return page(
      'Stop emails about this application?',
      `<p>You will get no more emails about this application. Your status page keeps working.</p>
       <form method="post"><button type="submit">Stop emails</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string): Promise<string> {
    const candidateId = this.candidateOf(token);
    if (!candidateId) return page('This link is not valid', '<p>Please use the link from your most recent email.</p>');
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      const candidate = await db.findOne(CandidateEntity, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate || candidate.unsubscribedAt) return;
      await db.update(CandidateEntity, { id: candidate.id, unsubscribedAt: IsNull() }, { unsubscribedAt: now });
      await db.update(
        EmailMessageEntity,
        { candidateId: candidate.id, status: 'SCHEDULED' },
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
    return page('You will get no more emails', '<p>We will not email you about this application again. Your status page keeps working.</p>');
  }

  private candidateOf(token: string): string | null {
    const candidateId = this.links.verify(token);
    return candidateId && isUuid(candidateId) ? candidateId : null;
  }
}
