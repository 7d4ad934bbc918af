import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { TemplateRenderer } from '@candor/emails';

/**
 * The API's pool of template worker threads (see TemplateRenderer in libs/emails): every
 * organization template is rendered there, never on the event loop. Stopped at shutdown.
 */
@Injectable()
export class TemplatePool extends TemplateRenderer implements OnApplicationShutdown {
  constructor() {
    super();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
