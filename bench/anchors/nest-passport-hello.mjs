// Anchor: bare NestJS on Fastify with passport-jwt (HS256, JWT_SECRET) guarding GET /hello → {"hello":"world"},
// no logger (bench/harness.mjs starts it on PORT). Plain JS: the decorators are applied with Reflect.decorate,
// which is what compiled TypeScript does; no constructor takes injected arguments, so no design metadata is needed.
import 'reflect-metadata';
import { Controller, Get, Injectable, Module, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthGuard, PassportModule, PassportStrategy } from '@nestjs/passport';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';

class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] });
  }

  validate(payload) {
    return { id: Number(payload.sub) };
  }
}
Reflect.decorate([Injectable()], JwtStrategy);

class HelloController {
  hello() {
    return { hello: 'world' };
  }
}
Reflect.decorate(
  [Get('hello'), UseGuards(AuthGuard('jwt'))],
  HelloController.prototype,
  'hello',
  Object.getOwnPropertyDescriptor(HelloController.prototype, 'hello'),
);
Reflect.decorate([Controller()], HelloController);

class HelloModule {}
Reflect.decorate([Module({ imports: [PassportModule], controllers: [HelloController], providers: [JwtStrategy] })], HelloModule);

const app = await NestFactory.create(HelloModule, new FastifyAdapter(), { logger: false });
app.enableShutdownHooks();
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
