import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
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
import { SubscribersService } from './subscribers.service';

@ApiTags('subscribers')
@ApiNotFoundResponse({ description: "No such subscriber, or outside the caller's scope (R10)" })
@Controller('subscribers')
export class SubscribersController {
  constructor(private readonly subscribers: SubscribersService) {}

  @Get()
  @RequirePermission('subscriber_module')
  list(@CurrentCaller() caller: Caller, @Query() query: ListSubscribersQuery) {
    return this.subscribers.list(caller, query);
  }

  @Get(':id')
  @RequirePermission('subscriber_profile')
  get(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.subscribers.get(caller, id);
  }

  @Post()
  @RequirePermission('add_subscriber')
  create(@CurrentCaller() caller: Caller, @Body() body: CreateSubscriberDto) {
    return this.subscribers.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_subscriber')
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateSubscriberDto) {
    return this.subscribers.update(caller, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_subscriber')
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.subscribers.remove(caller, id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission('subscriber_disconnection')
  suspend(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.subscribers.suspend(caller, id);
  }

  @Post(':id/reconnect')
  @HttpCode(200)
  @RequirePermission('subscriber_reconnection')
  reconnect(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.subscribers.reconnect(caller, id);
  }

  @Post(':id/package')
  @HttpCode(200)
  @RequirePermission('subscriber_package_change')
  changePackage(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: ChangePackageDto) {
    return this.subscribers.changePackage(caller, id, body.packageId);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @RequirePermission('subscriber_expiry_extend')
  extend(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: ExtendExpiryDto) {
    return this.subscribers.extend(caller, id, body.days);
  }

  @Get(':id/notes')
  @RequirePermission('subscriber_notes')
  notes(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.subscribers.notes(caller, id);
  }

  @Post(':id/notes')
  @RequirePermission('subscriber_notes')
  addNote(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: AddNoteDto) {
    return this.subscribers.addNote(caller, id, body.body);
  }

  @Get(':id/activity')
  @RequirePermission('subscriber_activity_log')
  activity(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Query() page: CursorQuery) {
    return this.subscribers.activity(caller, id, page);
  }
}
