import { DynamicModule, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Logger, LoggerModule } from 'nestjs-pino';
import { DestinationStream } from 'pino';
import { linkFastifyRequests, requestLogParams } from './request-log';

/** Nest's start-up chatter: a line per module and per route, which tells an operator nothing. */
const STARTUP_LISTINGS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's own logs as JSON lines through pino, without the start-up listing of every module and route. */
@Injectable()
export class AppLogger extends Logger {
  override log(message: unknown, ...params: unknown[]) {
    if (STARTUP_LISTINGS.has(params.at(-1) as string)) return;
    super.log(message, ...params);
  }
}

@Injectable()
class RequestLinker implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit() {
    linkFastifyRequests(this.host.httpAdapter.getInstance());
  }
}

@Module({})
export class LoggingModule {
  static forRoot(destination: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(requestLogParams(destination))],
      providers: [AppLogger, RequestLinker],
      exports: [AppLogger],
    };
  }
}
