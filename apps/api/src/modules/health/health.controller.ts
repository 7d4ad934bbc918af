import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth.decorators';
import { JobQueue } from '../job-queue/job-queue';

/** A readiness check that has not answered after this long counts as down. */
const CHECK_TIMEOUT_MS = 2_000;

type Part = 'up' | 'down';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** 200 once the API and the database answer; 503 while the database does not. */
  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response): Promise<{ status: string; database: string }> {
    const database = await this.database();
    if (database === 'down') res.status(503);
    return database === 'up' ? { status: 'ok', database } : { status: 'unavailable', database };
  }

  /** Liveness: 200 while the process runs and answers HTTP. Touches nothing else (a restart cannot fix the database). */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: 200 when the database answers `SELECT 1` and the job queue is started and
   * answers; else 503, naming the part that is down. Each check gives up after 2 s.
   */
  @Public()
  @Get('ready')
  @HttpCode(200)
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; database: Part; queue: Part }> {
    const [database, queue] = await Promise.all([this.database(), check(() => this.jobs.ping())]);
    const ok = database === 'up' && queue === 'up';
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'unavailable', database, queue };
  }

  private database(): Promise<Part> {
    return check(async () => {
      await this.dataSource.query('SELECT 1');
      return true;
    });
  }
}

/** 'up' when `probe` resolves true within CHECK_TIMEOUT_MS; 'down' when it is false, throws or takes longer. */
async function check(probe: () => Promise<boolean>): Promise<Part> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([probe().catch(() => false), timeout])) ? 'up' : 'down';
  } finally {
    clearTimeout(timer);
  }
}
