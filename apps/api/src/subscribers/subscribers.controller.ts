import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditPage } from '../audit/audit.response';
import { ApiErrors } from '../common/api-answers';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CursorQuery } from '../common/page-limit';
import { AddNoteDto } from './dto/add-note.dto';
import { ChangePackageDto } from './dto/change-package.dto';
import { CreateSubscriberDto } from './dto/create-subscriber.dto';
import { ExtendExpiryDto } from './dto/extend-expiry.dto';
import { ListSubscribersQuery } from './dto/list-subscribers.query';
import { UpdateSubscriberDto } from './dto/update-subscriber.dto';
import { SubscriberNoteResponse, SubscriberPage, SubscriberResponse } from './subscriber.response';
import { SubscribersService } from './subscribers.service';

@ApiTags('subscribers')
@ApiErrors({ 404: "No such subscriber, or outside the caller's scope (R10)" })
@Controller('subscribers')
export class SubscribersController {
  constructor(private readonly subscribers: SubscribersService) {}

  @Get()
  @RequirePermission('subscriber_module')
  @ApiOperation({ summary: "Subscribers in the caller's scope (R10)" })
  @ApiOkResponse({ type: SubscriberPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListSubscribersQuery): Promise<SubscriberPage> {
    return this.subscribers.list(caller, query);
  }

  @Get(':id')
  @RequirePermission('subscriber_profile')
  @ApiOperation({ summary: 'A subscriber' })
  @ApiOkResponse({ type: SubscriberResponse })
  get(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<SubscriberResponse> {
    return this.subscribers.get(caller, id);
  }

  @Post()
  @RequirePermission('add_subscriber')
  @ApiOperation({ summary: 'Create a subscriber' })
  @ApiCreatedResponse({ type: SubscriberResponse })
  @ApiErrors({ 409: 'That username is taken' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateSubscriberDto): Promise<SubscriberResponse> {
    return this.subscribers.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_subscriber')
  @ApiOperation({ summary: 'Change a subscriber, or move it to another operator' })
  @ApiOkResponse({ type: SubscriberResponse })
  @ApiErrors({ 409: 'That username is taken' })
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateSubscriberDto): Promise<SubscriberResponse> {
    return this.subscribers.update(caller, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_subscriber')
  @ApiOperation({ summary: 'Delete a subscriber without invoices or payments' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 409: 'Not Eligible To Delete: the subscriber has invoices, payments or tickets' })
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.subscribers.remove(caller, id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission('subscriber_disconnection')
  @ApiOperation({ summary: 'Suspend a subscriber' })
  @ApiOkResponse({ type: SubscriberResponse })
  @ApiErrors({ 409: 'Subscriber is already suspended' })
  suspend(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<SubscriberResponse> {
    return this.subscribers.suspend(caller, id);
  }

  @Post(':id/reconnect')
  @HttpCode(200)
  @RequirePermission('subscriber_reconnection')
  @ApiOperation({ summary: 'Reconnect a suspended subscriber' })
  @ApiOkResponse({ type: SubscriberResponse })
  @ApiErrors({ 409: 'Subscriber is not suspended' })
  reconnect(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<SubscriberResponse> {
    return this.subscribers.reconnect(caller, id);
  }

  @Post(':id/package')
  @HttpCode(200)
  @RequirePermission('subscriber_package_change')
  @ApiOperation({ summary: 'Put a subscriber on another package' })
  @ApiOkResponse({ type: SubscriberResponse })
  changePackage(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: ChangePackageDto): Promise<SubscriberResponse> {
    return this.subscribers.changePackage(caller, id, body.packageId);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @RequirePermission('subscriber_expiry_extend')
  @ApiOperation({ summary: "Extend a subscriber's expiry by some days" })
  @ApiOkResponse({ type: SubscriberResponse })
  extend(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: ExtendExpiryDto): Promise<SubscriberResponse> {
    return this.subscribers.extend(caller, id, body.days);
  }

  @Get(':id/notes')
  @RequirePermission('subscriber_notes')
  @ApiOperation({ summary: "A subscriber's notes, newest first" })
  @ApiOkResponse({ type: [SubscriberNoteResponse] })
  notes(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<SubscriberNoteResponse[]> {
    return this.subscribers.notes(caller, id);
  }

  @Post(':id/notes')
  @RequirePermission('subscriber_notes')
  @ApiOperation({ summary: 'Add a note to a subscriber' })
  @ApiCreatedResponse({ type: SubscriberNoteResponse })
  addNote(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: AddNoteDto): Promise<SubscriberNoteResponse> {
    return this.subscribers.addNote(caller, id, body.body);
  }

  @Get(':id/activity')
  @RequirePermission('subscriber_activity_log')
  @ApiOperation({ summary: "A subscriber's entries in the action log (R12)" })
  @ApiOkResponse({ type: AuditPage })
  activity(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Query() page: CursorQuery): Promise<AuditPage> {
    return this.subscribers.activity(caller, id, page);
  }
}
