import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { RequestContext } from '../../common/request-context';
import { AuthPayload } from '../auth/models/auth-payload.model';
import { SessionCookies } from '../auth/session-cookies';
import { AcceptInviteInput } from './dto/accept-invite.input';
import { ChangeMemberRoleInput } from './dto/change-member-role.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { MemberEntity } from './member.entity';
import { MembersService } from './members.service';
import { Invite } from './models/invite.model';
import { Member } from './models/member.model';
import { Viewer } from './models/viewer.model';

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly cookies: SessionCookies,
  ) {}

  @Query(() => Viewer, { description: 'The signed-in member and their organization.' })
  me(@CurrentActor() actor: Actor): ReturnType<MembersService['viewer']> {
    return this.membersService.viewer(actor);
  }

  @Query(() => [Member], { description: 'Current members, active and deactivated.' })
  members(@CurrentActor() actor: Actor): Promise<MemberEntity[]> {
    return this.membersService.listMembers(actor);
  }

  @ResolveField(() => Boolean)
  twoFactorEnabled(@Parent() member: MemberEntity): boolean {
    return !!member.totpEnabledAt;
  }

  @Mutation(() => Invite, { description: 'Invites a member by email; returns the invite link to pass on.' })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<Invite> {
    return this.membersService.invite(actor, input);
  }

  @Query(() => [Invite], { description: 'Invitations not yet accepted, revoked or expired (admins only).' })
  invites(@CurrentActor() actor: Actor): Promise<Invite[]> {
    return this.membersService.pendingInvites(actor);
  }

  @Mutation(() => Invite, { description: "Revokes an invitation: its link stops working at once." })
  revokeInvite(@CurrentActor() actor: Actor, @Args('inviteId', { type: () => ID }) inviteId: string): Promise<Invite> {
    return this.membersService.revokeInvite(actor, inviteId);
  }

  @Mutation(() => Member, { description: "Changes a member's role; the organization always keeps at least one admin. Takes effect on the member's next request." })
  changeMemberRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeMemberRoleInput): Promise<MemberEntity> {
    return this.membersService.changeRole(actor, input);
  }

  @Mutation(() => Member, { description: "Turns a member's account off: their sessions end at once and their pending invitations are revoked. Never the last admin." })
  deactivateMember(@CurrentActor() actor: Actor, @Args('memberId', { type: () => ID }) memberId: string): Promise<MemberEntity> {
    return this.membersService.deactivate(actor, memberId);
  }

  @Mutation(() => Member, { description: 'Turns a deactivated account on again.' })
  reactivateMember(@CurrentActor() actor: Actor, @Args('memberId', { type: () => ID }) memberId: string): Promise<MemberEntity> {
    return this.membersService.reactivate(actor, memberId);
  }

  @Mutation(() => Member, { description: 'Removes a member for good: sessions end, invitations revoked, the email address free again; their name stays on timelines. Never the last admin.' })
  removeMember(@CurrentActor() actor: Actor, @Args('memberId', { type: () => ID }) memberId: string): Promise<MemberEntity> {
    return this.membersService.remove(actor, memberId);
  }

  @Mutation(() => AuthPayload)
  async acceptInvite(@Args('input') input: AcceptInviteInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.cookies.issue(ctx, await this.membersService.acceptInvite(input, ctx.req.ip ?? ''));
  }
}
