import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PermissionKey } from '@tiergate/access';

/** What a route requires. Every route declares one; the global AccessGuard denies a route that does not. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; key: PermissionKey }
  | { kind: 'anyPermission'; keys: PermissionKey[] };

export const ACCESS_RULE = 'tiergate:access-rule';

export const Public = () => applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule), ApiExtension('x-permission', 'public'));

export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No, bad, expired or revoked token; disabled account' }),
    ApiExtension('x-permission', 'authenticated'),
  );

export const RequirePermission = (key: PermissionKey) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', key } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No, bad, expired or revoked token; disabled account' }),
    ApiForbiddenResponse({ description: `Requires the permission \`${key}\`` }),
    ApiExtension('x-permission', key),
  );

/** For a read that several kinds of account need for different jobs (e.g. packages: managing them, or assigning them). */
export const RequireAnyPermission = (...keys: PermissionKey[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'anyPermission', keys } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No, bad, expired or revoked token; disabled account' }),
    ApiForbiddenResponse({ description: `Requires one of ${keys.map((k) => `\`${k}\``).join(', ')}` }),
    ApiExtension('x-permission', keys.join(' | ')),
  );
