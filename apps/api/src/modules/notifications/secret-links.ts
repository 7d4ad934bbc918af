import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SecretBox } from '../../common/secret-box';

/**
 * Stands in for a secret link (invite, password reset) in the stored copy of an email. An
 * `.invalid` address (RFC 2606): if it ever left unreplaced, it would lead nowhere.
 */
export const SECRET_LINK_PLACEHOLDER = 'https://secret-link.candor.invalid/';

/** What members other than the recipient read where the link was. */
export const SECRET_LINK_HIDDEN = '[link hidden: it is sent only to the recipient]';

/**
 * Secret links of outgoing emails: sealed in the email's row until it is sent, put into the
 * message only as it leaves. Stored copies never hold them when mail really leaves the machine
 * (SMTP_URL set, or production); with the dev mailbox they are kept, sealed, for admins to read.
 */
@Injectable()
export class SecretLinks {
  private readonly box: SecretBox;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.box = new SecretBox(config.secretKey, 'email secret link v1');
  }

  seal(url: string, emailId: string): string {
    return this.box.seal(url, emailId);
  }

  /** The email's content with its link put back (for sending, or an admin reading the dev mailbox). */
  reveal(content: string, sealed: string, emailId: string): string {
    return content.split(SECRET_LINK_PLACEHOLDER).join(this.box.open(sealed, emailId));
  }

  /** The email's content as members read it when they may not see the link. */
  static hide(content: string): string {
    return content.split(SECRET_LINK_PLACEHOLDER).join(SECRET_LINK_HIDDEN);
  }

  /** Whether sent emails keep their sealed link: only for the dev mailbox outside production. */
  get keptAfterSending(): boolean {
    return !this.config.mail.smtpUrl && this.config.nodeEnv !== 'production';
  }
}
