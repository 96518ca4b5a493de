import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { giveBackSharesWhenAnswered } from './access/fair-share';
import { AppModule } from './app.module';
import { answerClientError, answerFrameworkError, ErrorShapeFilter } from './common/error-shape.filter';
import { InputValidationPipe } from './common/input-validation.pipe';
import { NoUndeclaredInputInterceptor } from './common/no-undeclared-input.interceptor';
import { noStoreByDefault } from './common/no-store';
import { guardRequestInput } from './common/request-input';
import { ApiConfig } from './config/config';
import { AppLogger, requestLogger } from './logging/app-logger';
import { answerAndLogRequests, requestId } from './logging/request-log';
import { openApiDocument } from './openapi/document';
import { serializeAnswersByDocument } from './openapi/response-serialization';
import { DestinationStream } from 'pino';

/** Request bodies are small JSON documents; anything larger is refused with 413. */
const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * The whole HTTP application, ready to listen: used by main.ts and by the integration tests. Logs go as JSON lines
 * to `logs`, or nowhere when it is false; one line per request unless LOG_REQUESTS is false.
 */
export async function createApp(config: ApiConfig, logs: DestinationStream | false): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // None trusted is `false`, not `[]`: with any list Fastify reads every `request.ip` through proxy-addr (an array
    // per read, X-Forwarded-For parsed), ~110 ns of each guarded request's; the answer is the same, the peer's address.
    trustProxy: config.TRUST_PROXY.length ? config.TRUST_PROXY : false,
    genReqId: requestId,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const log = logs ? requestLogger(logs) : null;
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: log ? new AppLogger(log) : false,
    abortOnError: false,
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  await app.register(helmet);
  guardRequestInput(app.getHttpAdapter().getInstance(), BODY_LIMIT_BYTES);
  noStoreByDefault(app.getHttpAdapter().getInstance());
  giveBackSharesWhenAnswered(app.getHttpAdapter().getInstance());
  app.useGlobalFilters(new ErrorShapeFilter(app.getHttpAdapter()));
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalInterceptors(new NoUndeclaredInputInterceptor());
  const document = openApiDocument(app);
  serializeAnswersByDocument(document, app.getHttpAdapter().getInstance());
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  answerAndLogRequests(app.getHttpAdapter().getInstance(), logs && config.LOG_REQUESTS ? logs : null);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
