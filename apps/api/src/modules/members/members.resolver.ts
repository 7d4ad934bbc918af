import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor, Public, RequirePermission } from '../../common/auth.decorators';
import { RequestContext } from '../../common/request-context';
import { AuthPayload } from '../auth/models/auth-payload.model';
import { SessionCookies } from '../auth/session-cookies';
import { AcceptInviteInput } from './dto/accept-invite.input';
import { ChangeMemberRoleInput } from './dto/change-member-role.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { MembersService } from './members.service';
import { Invite } from './models/invite.model';
import { Member } from './models/member.model';
import { Viewer } from './models/viewer.model';

@Resolver()
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly cookies: SessionCookies,
  ) {}

  @Query(() => Viewer, { description: 'The signed-in member and their organization.' })
  me(@CurrentActor() actor: Actor): Promise<Viewer> {
    return this.membersService.viewer(actor);
  }

  @Query(() => [Member])
  members(@CurrentActor() actor: Actor): Promise<Member[]> {
    return this.membersService.listMembers(actor);
  }

  @RequirePermission('members:invite')
  @Mutation(() => Invite, { description: 'Invites a member by email; returns the invite link to pass on.' })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<Invite> {
    return this.membersService.invite(actor, input);
  }

  @RequirePermission('members:manage')
  @Mutation(() => Member, { description: "Changes a member's role; the organization always keeps at least one admin. Takes effect on the member's next request." })
  changeMemberRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeMemberRoleInput): Promise<Member> {
    return this.membersService.changeRole(actor, input);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvite(@Args('input') input: AcceptInviteInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.cookies.issue(ctx, await this.membersService.acceptInvite(input));
  }
}
