import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MAX_MESSAGE_RECIPIENTS } from '@tiergate/access';
import { RequireAnyPermission, RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiErrors } from '../common/api-answers';
import { IdPipe } from '../common/id.pipe';
import { CreateMessageTemplateDto } from './dto/create-message-template.dto';
import { ListMessagesQuery } from './dto/list-messages.query';
import { MessageRecipientsDto, SendMessagesDto } from './dto/send-messages.dto';
import { UpdateMessageSettingsDto } from './dto/update-message-settings.dto';
import { UpdateMessageTemplateDto } from './dto/update-message-template.dto';
import { MessageJobAccepted, MessageJobStatus, MessagePage, MessageRecipientCount, MessageSettingsResponse, MessageTemplateResponse } from './message.response';
import { MessageSettingsService } from './message-settings.service';
import { MessageTemplatesService } from './message-templates.service';
import { MessagesService, recipientsOf } from './messages.service';

@ApiTags('messages')
@Controller()
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly templates: MessageTemplatesService,
    private readonly settings: MessageSettingsService,
  ) {}

  @Post('messages')
  @HttpCode(202)
  @RequirePermission('send_sms')
  @ApiOperation({ summary: "Send a message to subscribers, or to a group in the caller's scope, as a worker job" })
  @ApiAcceptedResponse({ type: MessageJobAccepted })
  @ApiErrors({
    400: `Not exactly one of subscriberIds and filter, or of templateId and body; an unknown placeholder (named); no subscriber matches; more than ${MAX_MESSAGE_RECIPIENTS} recipients (with the count)`,
    404: "A listed subscriber or the template does not exist or is outside the caller's scope (R10)",
    429: "The caller's operator already has its maximum of sends queued or running (R14); `Retry-After` says when to try again",
    503: 'The job queue is unavailable; try again shortly',
  })
  send(@CurrentCaller() caller: Caller, @Body() body: SendMessagesDto): Promise<MessageJobAccepted> {
    return this.messages.send(caller, body);
  }

  @Post('messages/count')
  @HttpCode(200)
  @RequirePermission('send_sms')
  @ApiOperation({ summary: "How many subscribers a send would reach now, in the caller's scope (R10), and how many of them have no phone" })
  @ApiOkResponse({ type: MessageRecipientCount })
  @ApiErrors({
    400: 'Not exactly one of subscriberIds and filter',
    404: "A listed subscriber does not exist or is outside the caller's scope (R10)",
  })
  count(@CurrentCaller() caller: Caller, @Body() body: MessageRecipientsDto): Promise<MessageRecipientCount> {
    return this.messages.countRecipients(caller, recipientsOf(body));
  }

  @Get('messages/jobs/:jobId')
  @RequirePermission('send_sms')
  @ApiOperation({ summary: 'The state of a send' })
  @ApiOkResponse({ type: MessageJobStatus })
  @ApiErrors({ 404: "No such job, or another operator's", 503: 'The job queue is unavailable; try again shortly' })
  job(@CurrentCaller() caller: Caller, @Param('jobId') jobId: string): Promise<MessageJobStatus> {
    return this.messages.jobStatus(caller, jobId);
  }

  @Get('messages')
  @RequirePermission('sms_history')
  @ApiOperation({ summary: "Messages to the subscribers in the caller's scope (R10), newest first" })
  @ApiOkResponse({ type: MessagePage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListMessagesQuery): Promise<MessagePage> {
    return this.messages.list(caller, query);
  }

  /** A sender without sms_template reads the templates to choose one. */
  @Get('message-templates')
  @RequireAnyPermission('sms_template', 'send_sms')
  @ApiOperation({ summary: "The branch's message templates" })
  @ApiOkResponse({ type: [MessageTemplateResponse] })
  templateList(@CurrentCaller() caller: Caller): Promise<MessageTemplateResponse[]> {
    return this.templates.list(caller);
  }

  @Post('message-templates')
  @RequirePermission('sms_template')
  @ApiOperation({ summary: 'Create a message template' })
  @ApiCreatedResponse({ type: MessageTemplateResponse })
  @ApiErrors({ 400: 'An unknown placeholder (named)', 409: 'A template of that name exists' })
  createTemplate(@CurrentCaller() caller: Caller, @Body() body: CreateMessageTemplateDto): Promise<MessageTemplateResponse> {
    return this.templates.create(caller, body);
  }

  @Patch('message-templates/:id')
  @RequirePermission('sms_template')
  @ApiOperation({ summary: 'Change a message template' })
  @ApiOkResponse({ type: MessageTemplateResponse })
  @ApiErrors({ 400: 'An unknown placeholder (named)', 404: 'No such template', 409: 'A template of that name exists' })
  updateTemplate(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateMessageTemplateDto): Promise<MessageTemplateResponse> {
    return this.templates.update(caller, id, body);
  }

  @Delete('message-templates/:id')
  @HttpCode(204)
  @RequirePermission('sms_template')
  @ApiOperation({ summary: 'Delete a message template (reminders using it stop until another is chosen)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: 'No such template' })
  removeTemplate(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.templates.remove(caller, id);
  }

  @Get('settings/messages')
  @RequirePermission('sms_settings')
  @ApiOperation({ summary: 'The message provider and expiry reminders (the gateway token is never answered)' })
  @ApiOkResponse({ type: MessageSettingsResponse })
  getSettings(@CurrentCaller() caller: Caller): Promise<MessageSettingsResponse> {
    return this.settings.get(caller);
  }

  @Put('settings/messages')
  @RequirePermission('sms_settings')
  @ApiOperation({ summary: 'Set the message provider and expiry reminders' })
  @ApiOkResponse({ type: MessageSettingsResponse })
  @ApiErrors({ 400: 'The http provider without a url, reminders on without a template, or an unknown template' })
  putSettings(@CurrentCaller() caller: Caller, @Body() body: UpdateMessageSettingsDto): Promise<MessageSettingsResponse> {
    return this.settings.update(caller, body);
  }
}
