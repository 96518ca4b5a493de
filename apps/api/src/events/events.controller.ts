import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Authenticated } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { EventsService, KEEP_ALIVE_MS, MAX_STREAMS_PER_ACCOUNT } from './events.service';

@ApiTags('me')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Authenticated({ endless: true })
  @ApiOperation({
    summary: 'Server-sent events about the caller’s own access',
    description:
      '`event: access` when its effective permissions, role, status or a module switch changed (fetch GET /me again); ' +
      '`event: ended` with `{code, message}` when its session ended (SESSION_ENDED, ACCOUNT_DISABLED), then the stream closes; ' +
      `\`event: replaced\` when a newer stream of the account closed this one (at most ${MAX_STREAMS_PER_ACCOUNT} per account). ` +
      `A comment every ${KEEP_ALIVE_MS / 1000} s keeps it open.`,
  })
  @ApiOkResponse({ description: 'An endless text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  async stream(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    // In a preview (R15) the stream still follows the signed-in account's own session and access.
    const out = await this.events.open(caller.preview?.previewer ?? caller, reply.raw);
    // No proxy may buffer, compress or keep it (nginx reads X-Accel-Buffering; no-transform forbids compression).
    reply.header('content-type', 'text/event-stream; charset=utf-8');
    reply.header('cache-control', 'no-store, no-transform');
    reply.header('x-accel-buffering', 'no');
    // When the stream ends its connection ends too: kept alive, an idle socket the client forgot would hold a shutdown.
    reply.header('connection', 'close');
    return out;
  }
}
