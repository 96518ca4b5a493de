import { ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { moduleOf, parsePreviewHeader, PermissionKey, PREVIEW_HEADER } from '@tiergate/access';
import { ACCESS_RULE, AccessRule } from './access-rule.decorator';
import { AuthzService } from './authz.service';
import { Caller } from './caller';
import { PreviewService } from './preview.service';
import { UsageRecorder } from './usage-recorder';
import { TokenClaims } from '../auth/jwt.strategy';
import { ApiException } from '../common/api.exception';

/** The one global guard: deny by default, then token, then session and account state, then the permission. */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly authz: AuthzService,
    private readonly previews: PreviewService,
    private readonly usage: UsageRecorder,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenException('This route declares no permission and is closed');
    if (rule.kind === 'public') return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest();
    const claims: TokenClaims = request.user;
    const userAgent = request.headers['user-agent'];
    const signedIn = await this.authz.callerFor(claims, request.ip ?? null, typeof userAgent === 'string' ? userAgent : null);
    request.caller = await this.previewed(signedIn, request.method, request.headers[PREVIEW_HEADER]);
    const held: ReadonlySet<string> = request.caller.permissions;
    if (rule.kind === 'permission' && !held.has(rule.key)) throw await this.missing([rule.key], `Missing permission: ${rule.key}`);
    if (rule.kind === 'anyPermission' && !rule.keys.some((k) => held.has(k))) {
      throw await this.missing(rule.keys, `Missing permission: one of ${rule.keys.join(', ')}`);
    }
    if (rule.kind === 'allPermissions') {
      const lacking = rule.keys.filter((k) => !held.has(k));
      if (lacking.length) throw await this.missing(lacking, `Missing permission: ${lacking.join(', ')}`);
    }
    if (rule.kind === 'accountType' && request.caller.type !== rule.type) throw new ForbiddenException(rule.refusal);
    // R15: the keys this request exercised; of an anyPermission rule, the first the caller holds (its main purpose
    // first), unless the service records those of the fields the request changes.
    if (rule.kind === 'permission') this.usage.record(request.caller, [rule.key]);
    if (rule.kind === 'allPermissions') this.usage.record(request.caller, rule.keys);
    if (rule.kind === 'anyPermission' && !rule.byField) this.usage.record(request.caller, rule.keys.filter((k) => held.has(k)).slice(0, 1));
    return true;
  }

  /**
   * R15: with the preview header, the request runs read only as the previewed account or role within the signed-in
   * account's reach (PreviewService); `caller.preview` marks it (it is no use of the previewed account's keys).
   */
  private async previewed(signedIn: Caller, method: string, header: string | string[] | undefined): Promise<Caller> {
    if (header === undefined) return signedIn;
    const target = typeof header === 'string' ? parsePreviewHeader(header) : null;
    if (!target) throw new ApiException('VALIDATION_FAILED', `${PREVIEW_HEADER} must be account:<id> or role:<id>`);
    if (method !== 'GET' && method !== 'HEAD') throw new ApiException('PREVIEW_READ_ONLY', 'Preview is read only');
    return this.previews.callerFor(signedIn, target);
  }

  /** The 403 for keys the caller lacks: MODULE_DISABLED when their modules are switched off for everyone (R9). */
  private async missing(keys: readonly PermissionKey[], message: string): Promise<ApiException> {
    const off = await this.authz.disabledModules();
    return new ApiException(keys.every((k) => off.has(moduleOf(k).key)) ? 'MODULE_DISABLED' : 'MISSING_PERMISSION', message);
  }
}
