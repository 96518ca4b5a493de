import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

/**
 * Unknown fields are refused everywhere (DESIGN §6): the ValidationPipe does that for the bodies and queries a
 * route declares, and this does it for the routes that declare none, which would otherwise ignore them.
 */
@Injectable()
export class NoUndeclaredInputInterceptor implements NestInterceptor {
  private readonly declared = new WeakMap<object, { body: boolean; query: boolean }>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { body, query } = this.declaredInput(context);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!body && request.body !== undefined && request.body !== null) throw new BadRequestException('This route takes no body');
    if (!query && Object.keys((request.query as object | undefined) ?? {}).length) {
      throw new BadRequestException(`This route takes no query parameters: ${Object.keys(request.query as object).join(', ')}`);
    }
    return next.handle();
  }

  private declaredInput(context: ExecutionContext): { body: boolean; query: boolean } {
    const handler = context.getHandler();
    let found = this.declared.get(handler);
    if (!found) {
      const args: Record<string, unknown> = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {};
      const kinds = Object.keys(args).map((key) => Number(key.split(':')[0]));
      found = { body: kinds.includes(RouteParamtypes.BODY), query: kinds.includes(RouteParamtypes.QUERY) };
      this.declared.set(handler, found);
    }
    return found;
  }
}
