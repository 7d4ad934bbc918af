import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth.decorators';
import { BrandingService } from './branding.service';

/**
 * GET /branding/<logo id>/logo: an organization's logo for the candidate's status page, from
 * Candor's own origin (the page's CSP allows img-src 'self' only). Public: a candidate has no
 * session, and a logo is no secret. The id changes with every upload (logoPath), so the answer
 * never changes and may be kept by the browser for good; the ETag (the content's SHA-256)
 * answers revalidations with 304.
 */
@Controller('branding')
export class LogoController {
  constructor(private readonly branding: BrandingService) {}

  @Public()
  @Get(':logoId/logo')
  async logo(@Param('logoId') logoId: string, @Res() res: Response): Promise<void> {
    const logo = await this.branding.image(logoId);
    if (!logo) {
      res.status(404).setHeader('Cache-Control', 'no-store');
      res.type('text/plain; charset=utf-8').send('There is no such logo. It may have been replaced.');
      return;
    }
    res
      .status(200)
      // The type read from the file's signature at upload, never sniffed again by the browser.
      .setHeader('Content-Type', logo.contentType)
      .setHeader('X-Content-Type-Options', 'nosniff')
      // Private like everything Candor serves (no shared caches), and immutable: its URL is its version.
      .setHeader('Cache-Control', 'private, max-age=31536000, immutable')
      .setHeader('ETag', `"${logo.sha256.toString('hex')}"`)
      .send(logo.content);
  }
}
