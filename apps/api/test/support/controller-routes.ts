import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface ControllerRoute {
  method: string;
  /** `/api/roles/:id` */
  url: string;
  handler: object;
  controller: object;
}

/** Every route the Nest application registers, read from its controllers' metadata. */
export function controllerRoutes(app: NestFastifyApplication): ControllerRoute[] {
  const scanner = new MetadataScanner();
  const routes: ControllerRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype, instance } of module.controllers.values()) {
      const base = Reflect.getMetadata(PATH_METADATA, metatype!) as string;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        routes.push({ method, url: `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`, handler, controller: metatype! });
      }
    }
  }
  return routes;
}
