import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor, RequirePermission } from '../../common/auth.decorators';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @RequirePermission('organization:manage')
  @Mutation(() => Organization, { description: 'Renames the organization or changes its time zone.' })
  updateOrganization(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationInput): Promise<Organization> {
    return this.organizations.update(actor, input);
  }
}
