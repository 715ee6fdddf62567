import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { CaseHistoryEntry } from '../case/case.type';
import { CARE_LEADS, CARE_STAFF } from '../roles/care-roles';
import type { ReplyTemplateService } from './reply-template.service';
import { ReplyTemplate, ReplyTemplateInput } from './reply-template.type';

@Resolver(() => ReplyTemplate)
export class ReplyTemplateResolver {
  private readonly service: ReplyTemplateService;
  constructor({ replyTemplates }: CareServices) {
    this.service = replyTemplates;
  }

  @Authorized()
  @Query(() => [ReplyTemplate], { description: "Templates for a category (its own first, then '*'), or all; archived ones left out" })
  replyTemplates(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('category', () => String, { nullable: true }) category: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.forCategory(propertyId, category, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => ReplyTemplate)
  createReplyTemplate(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('input') input: ReplyTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.create(propertyId, input, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => ReplyTemplate)
  updateReplyTemplate(@Arg('id', () => ID) id: string, @Arg('input') input: ReplyTemplateInput, @Ctx() ctx: RequestContext) {
    return this.service.update(id, input, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => ReplyTemplate, { description: 'No longer offered; kept for the record' })
  archiveReplyTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archive(id, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => CaseHistoryEntry, { description: 'Sends a template, filled in for the case, as a guest reply' })
  replyWithTemplate(@Arg('caseId', () => ID) caseId: string, @Arg('templateId', () => ID) templateId: string, @Ctx() ctx: RequestContext) {
    return this.service.reply(caseId, templateId, ctx.caller);
  }
}
