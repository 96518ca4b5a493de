import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { AccessGuard } from '../src/access/access.guard';
import { AuthzService } from '../src/access/authz.service';
import { createTestDatabase, startApi, testEnv, TestApi } from '../../../test/harness';
import { ACCESS_RULE, AccessRule } from '../src/access/access-rule.decorator';

let api: TestApi;
beforeAll(async () => {
  api = await startApi(testEnv(await createTestDatabase()));
});
afterAll(() => api.close());

/** Every route of the application with what it declares; a route without a declaration would read "NONE". */
function declaredRoutes(): string[] {
  const scanner = new MetadataScanner();
  const rows: string[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const { metatype, instance } of module.controllers.values()) {
      const base = Reflect.getMetadata(PATH_METADATA, metatype) as string;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const rule: AccessRule | undefined = Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, metatype);
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const url = `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`;
        rows.push(`${method} ${url} -> ${!rule ? 'NONE' : rule.kind === 'permission' ? rule.key : rule.kind}`);
      }
    }
  }
  return rows.sort();
}

it('every route declares its permission, as listed here', () => {
  expect(declaredRoutes()).toEqual([
    'DELETE /api/roles/:id -> delete_role',
    'GET /api/audit -> activity_log',
    'GET /api/health -> public',
    'GET /api/me -> authenticated',
    'GET /api/permissions -> authenticated',
    'GET /api/roles -> role_module',
    'GET /api/roles/:id -> role_module',
    'PATCH /api/roles/:id -> edit_role',
    'POST /api/auth/login -> public',
    'POST /api/auth/logout -> authenticated',
    'POST /api/auth/refresh -> public',
    'POST /api/roles -> add_role',
    'POST /api/roles/:id/copy -> copy_role',
    'PUT /api/roles/:id/permissions -> set_role_permission',
  ]);
});

it('denies a route that declares nothing', async () => {
  const guard = new AccessGuard(new Reflector(), api.app.get(AuthzService));
  const undeclared = { getHandler: () => function undeclared() {}, getClass: () => class Undeclared {}, switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }) };
  await expect(guard.canActivate(undeclared as never)).rejects.toThrow('This route declares no permission and is closed');
});
