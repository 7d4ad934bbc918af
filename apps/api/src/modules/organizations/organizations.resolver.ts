import { formatClockTime } from '@candor/domain';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './models/organization.model';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Mutation(() => Organization, { description: 'Name, time zone, quiet hours and status-link expiry of the organization.' })
  updateOrganization(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.organizations.update(actor, input);
  }

  @ResolveField(() => String, { nullable: true })
  quietHoursStart(@Parent() organization: OrganizationEntity): string | null {
    return organization.quietHoursStartMinute === null ? null : formatClockTime(organization.quietHoursStartMinute);
  }

  @ResolveField(() => String, { nullable: true })
  quietHoursEnd(@Parent() organization: OrganizationEntity): string | null {
    return organization.quietHoursEndMinute === null ? null : formatClockTime(organization.quietHoursEndMinute);
  }

  @ResolveField(() => String, { description: 'When Candor extends a pre-approved promise on its promised day ("HH:MM", organization time zone).' })
  promiseExtensionTime(@Parent() organization: OrganizationEntity): string {
    return formatClockTime(organization.promiseExtensionMinute);
  }
}
