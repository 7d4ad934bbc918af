import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationEntity } from '../organizations/organization.entity';
import { BrandingService } from './branding.service';
import { UploadOrganizationLogoInput } from './dto/upload-organization-logo.input';
import { logoPath } from './logo-path';

@Resolver(() => Organization)
export class BrandingResolver {
  constructor(private readonly branding: BrandingService) {}

  @Mutation(() => Organization, { description: "Replaces the organization's logo, shown on candidates' status pages (a PNG or JPEG of at most 200 KB)." })
  uploadOrganizationLogo(@CurrentActor() actor: Actor, @Args('input') input: UploadOrganizationLogoInput): Promise<OrganizationEntity> {
    return this.branding.uploadLogo(actor, input.contentBase64);
  }

  @Mutation(() => Organization, { description: "Removes the organization's logo; status pages show Candor's name again." })
  removeOrganizationLogo(@CurrentActor() actor: Actor): Promise<OrganizationEntity> {
    return this.branding.removeLogo(actor);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The logo's address on Candor's own origin (a path); a new upload gets a new one. Null: no logo.",
  })
  async logoUrl(@Parent() organization: OrganizationEntity): Promise<string | null> {
    const id = await this.branding.logoIdOf(organization.id);
    return id === null ? null : logoPath(id);
  }
}
