import { MemberRole } from '@candor/domain';

/** Who is asking, from the verified session. Tenant scoping always comes from here. */
export interface Actor {
  memberId: string;
  organizationId: string;
  role: MemberRole;
  sessionId: string;
  /** The organization's IANA time zone: promised dates are days there. */
  timeZone: string;
  /** The member signs in with TOTP as well as a password. */
  twoFactorEnabled: boolean;
  /** The organization requires a second factor of every member. */
  twoFactorRequired: boolean;
}
