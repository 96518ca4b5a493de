import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiHeader } from '@nestjs/swagger';
import { AccountType, PermissionKey, PREVIEW_HEADER } from '@tiergate/access';
import { ApiCommonErrors } from '../common/api-answers';

/** What a route requires. Every route declares one; the global AccessGuard denies a route that does not. */
export type AccessRule =
  | { kind: 'public' }
  /** `endless`: a stream that stays open (the event stream), which takes no share of its tenant's requests (FairShare). */
  | { kind: 'authenticated'; endless?: true }
  | { kind: 'permission'; key: PermissionKey }
  /** `byField`: the service checks, and records as used, the key of each field a request changes. */
  | { kind: 'anyPermission'; keys: PermissionKey[]; byField?: true }
  | { kind: 'allPermissions'; keys: PermissionKey[] }
  /** What belongs to an account type rather than to a permission; `refusal` is the 403's message. */
  | { kind: 'accountType'; type: AccountType; refusal: string };

export const ACCESS_RULE = 'tiergate:access-rule';

/** What every route may answer whatever its rule: its body or query refused (also one it does not take). */
const anyRoute = () => ApiCommonErrors({ 400: 'Invalid body or query: unknown fields, wrong types, or a body or query the route does not take' });

export const Public = () =>
  applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule), ApiExtension('x-permission', 'public'), anyRoute());

/** Every rule but `public`: a bearer token, and what its absence answers; and a preview's header (R15, AccessGuard). */
const signedIn = (rule: AccessRule, permission: string, ...more: (ClassDecorator | MethodDecorator)[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiBearerAuth(),
    ApiCommonErrors({
      401: 'No, bad, expired or revoked token; disabled account',
      429: 'Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After`',
    }),
    ApiExtension('x-permission', permission),
    anyRoute(),
    ...more,
    ApiHeader({
      name: PREVIEW_HEADER,
      required: false,
      description: 'Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach',
      schema: { type: 'string', pattern: '^(account|role):[1-9][0-9]{0,9}$', example: 'account:12' },
    }),
    // After `more`: a route's own 403 (its permission) or 404 (its records) says more than these.
    ApiCommonErrors({
      403: `In a preview (\`${PREVIEW_HEADER}\`), anything but GET or HEAD: \`PREVIEW_READ_ONLY\``,
      404: `In a preview (\`${PREVIEW_HEADER}\`): an account the caller does not manage or a role it does not see`,
    }),
  );

export const Authenticated = (options: { endless?: true } = {}) => signedIn({ kind: 'authenticated', ...options }, 'authenticated');

export const RequirePermission = (key: PermissionKey) =>
  signedIn({ kind: 'permission', key }, key, ApiCommonErrors({ 403: `Requires the permission \`${key}\`` }));

/** For a read that several kinds of account need for different jobs (e.g. packages: managing them, or assigning them). */
export const RequireAnyPermission = (...keys: PermissionKey[]) =>
  signedIn({ kind: 'anyPermission', keys }, keys.join(' | '), ApiCommonErrors({ 403: `Requires one of ${keys.map((k) => `\`${k}\``).join(', ')}` }));

/**
 * For a change whose fields each need their own key (a ticket's subject, priority, assignee): the route admits whoever
 * holds any of them, and the service refuses, and records as used (R15), the key of each field the request changes.
 */
export const RequireFieldPermissions = (...keys: PermissionKey[]) =>
  signedIn(
    { kind: 'anyPermission', keys, byField: true },
    keys.join(' | '),
    ApiCommonErrors({ 403: `Requires one of ${keys.map((k) => `\`${k}\``).join(', ')}, and the one of each field sent` }),
  );

/** For a route that does the work of several permissions at once (importing roles creates them and sets their permissions). */
export const RequireAllPermissions = (...keys: PermissionKey[]) =>
  signedIn({ kind: 'allPermissions', keys }, keys.join(' + '), ApiCommonErrors({ 403: `Requires all of ${keys.map((k) => `\`${k}\``).join(', ')}` }));

/** For what no permission can hand out (module switches are the Admin's alone): any other type gets 403 `refusal`. */
export const RequireAccountType = (type: AccountType, refusal: string) =>
  signedIn({ kind: 'accountType', type, refusal }, `type ${type}`, ApiCommonErrors({ 403: refusal }));
