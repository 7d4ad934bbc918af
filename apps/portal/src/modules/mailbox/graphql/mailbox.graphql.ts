import { graphql } from '../../../generated';

/** The organization's latest emails (newest first) and where emails go. */
export const MailboxQuery = graphql(`
  query Mailbox {
    mailTransport
    mailbox(limit: 50) {
      id
      kind
      to
      subject
      status
      createdAt
      sentAt
      text
    }
  }
`);
