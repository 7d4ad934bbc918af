import { QuietHours } from '@candor/domain';
import { OrganizationEntity } from '../organizations/organization.entity';

/** The organization's quiet hours for candidate emails, or null when it has none. */
export function quietHoursOf(organization: OrganizationEntity): QuietHours | null {
  if (organization.quietHoursStartMinute === null || organization.quietHoursEndMinute === null) return null;
  return { startMinute: organization.quietHoursStartMinute, endMinute: organization.quietHoursEndMinute };
}
