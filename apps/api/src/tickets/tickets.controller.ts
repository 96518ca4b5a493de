import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireFieldPermissions, RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiErrors } from '../common/api-answers';
import { IdPipe } from '../common/id.pipe';
import { AddReplyDto } from './dto/add-reply.dto';
import { CreateTicketDto } from './dto/create-ticket.dto';
import { ListTicketsQuery, TicketFiltersQuery } from './dto/list-tickets.query';
import { UpdateTicketDto } from './dto/update-ticket.dto';
import { TicketAssigneeResponse, TicketCountsResponse, TicketDetailResponse, TicketPage, TicketReplyResponse } from './ticket.response';
import { TicketsService } from './tickets.service';

@ApiTags('tickets')
@Controller()
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Get('tickets')
  @RequirePermission('ticket_module')
  @ApiOperation({ summary: "Tickets of the subscribers in the caller's scope (R10)" })
  @ApiOkResponse({ type: TicketPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListTicketsQuery): Promise<TicketPage> {
    return this.tickets.list(caller, query);
  }

  @Get('tickets/counts')
  @RequirePermission('ticket_module')
  @ApiOperation({ summary: "How many tickets of each status match the filters in the caller's scope (R10)" })
  @ApiOkResponse({ type: TicketCountsResponse })
  counts(@CurrentCaller() caller: Caller, @Query() query: TicketFiltersQuery): Promise<TicketCountsResponse> {
    return this.tickets.counts(caller, query);
  }

  @Post('subscribers/:id/tickets')
  @RequirePermission('add_ticket')
  @ApiOperation({ summary: 'Open a ticket on a subscriber, with its first message' })
  @ApiCreatedResponse({ type: TicketDetailResponse })
  @ApiErrors({ 404: "No such subscriber in the caller's scope (R10)" })
  create(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: CreateTicketDto): Promise<TicketDetailResponse> {
    return this.tickets.create(caller, id, body);
  }

  @Get('tickets/:id')
  @RequirePermission('ticket_module')
  @ApiOperation({ summary: 'A ticket with its thread, oldest reply first' })
  @ApiOkResponse({ type: TicketDetailResponse })
  @ApiErrors({ 404: "No such ticket in the caller's scope (R10)" })
  get(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<TicketDetailResponse> {
    return this.tickets.get(caller, id);
  }

  @Get('tickets/:id/assignees')
  @RequirePermission('ticket_assign')
  @ApiOperation({ summary: "The accounts a ticket may be assigned to: those that can see its subscriber, within the caller's reach" })
  @ApiOkResponse({ type: [TicketAssigneeResponse] })
  @ApiErrors({ 404: "No such ticket in the caller's scope (R10)" })
  assignees(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<TicketAssigneeResponse[]> {
    return this.tickets.assignees(caller, id);
  }

  @Patch('tickets/:id')
  @RequireFieldPermissions('edit_ticket', 'ticket_priority', 'ticket_assign')
  @ApiOperation({ summary: "Change a ticket's subject (edit_ticket), priority (ticket_priority) or assignee (ticket_assign)" })
  @ApiOkResponse({ type: TicketDetailResponse })
  @ApiErrors({
    400: 'Invalid body, or an assignee that cannot see the subscriber',
    403: '`subject` requires `edit_ticket`, `priority` `ticket_priority`, `assigneeId` `ticket_assign`',
    404: "No such ticket in the caller's scope (R10), or an assignee outside the caller's reach",
  })
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateTicketDto): Promise<TicketDetailResponse> {
    return this.tickets.update(caller, id, body);
  }

  @Post('tickets/:id/replies')
  @RequirePermission('ticket_reply')
  @ApiOperation({ summary: "Reply at the end of a ticket's thread; an open ticket becomes pending" })
  @ApiCreatedResponse({ type: TicketReplyResponse })
  @ApiErrors({ 404: "No such ticket in the caller's scope (R10)", 409: 'The ticket is closed, or its thread is full (500 replies)' })
  reply(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: AddReplyDto): Promise<TicketReplyResponse> {
    return this.tickets.reply(caller, id, body.body);
  }

  @Post('tickets/:id/close')
  @HttpCode(200)
  @RequirePermission('ticket_close')
  @ApiOperation({ summary: 'Close a ticket' })
  @ApiOkResponse({ type: TicketDetailResponse })
  @ApiErrors({ 404: "No such ticket in the caller's scope (R10)", 409: 'Already closed' })
  close(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<TicketDetailResponse> {
    return this.tickets.close(caller, id);
  }

  @Post('tickets/:id/reopen')
  @HttpCode(200)
  @RequirePermission('ticket_close')
  @ApiOperation({ summary: 'Reopen a closed ticket' })
  @ApiOkResponse({ type: TicketDetailResponse })
  @ApiErrors({ 404: "No such ticket in the caller's scope (R10)", 409: 'Not closed' })
  reopen(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<TicketDetailResponse> {
    return this.tickets.reopen(caller, id);
  }

  @Delete('tickets/:id')
  @HttpCode(204)
  @RequirePermission('delete_ticket')
  @ApiOperation({ summary: 'Delete a ticket and its thread' })
  @ApiNoContentResponse({ description: 'Deleted (the action log keeps what it was)' })
  @ApiErrors({ 404: "No such ticket in the caller's scope (R10)" })
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.tickets.remove(caller, id);
  }
}
