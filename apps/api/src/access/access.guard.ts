import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { moduleOf, parsePreviewHeader, PermissionKey, PREVIEW_HEADER } from '@tiergate/access';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_RULE, AccessRule } from './access-rule.decorator';
import { AuthzService } from './authz.service';
import { Caller } from './caller';
import { FairShare } from './fair-share';
import { PreviewService } from './preview.service';
import { UsageRecorder } from './usage-recorder';
import { TokenClaims } from '../auth/access-token';
import { ApiException } from '../common/api.exception';

type GuardedRequest = FastifyRequest & { caller?: Caller };

/**
 * The one global guard: deny by default, then token, then session and account state, then the permission, then the
 * tenant's share of the instance (FairShare, R14). With the caller cached (AuthzService.cachedCaller) and its tenant
 * under its share it decides synchronously; only a cache miss, a preview, a refusal that must name disabled modules or
 * a request that waits its turn goes async.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  /** Each handler's rule, read once from its metadata (null: it declares none). */
  private readonly rules = new WeakMap<object, AccessRule | null>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authz: AuthzService,
    private readonly previews: PreviewService,
    private readonly usage: UsageRecorder,
    private readonly share: FairShare,
  ) {}

  /** Refusals are rejections, as from any async guard. */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    try {
      return this.decide(context);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private decide(context: ExecutionContext): boolean | Promise<boolean> {
    const rule = this.ruleOf(context);
    if (!rule) throw new ForbiddenException('This route declares no permission and is closed');
    if (rule.kind === 'public') return true;
    // The HTTP request (switchToHttp() would build three closures per call to say the same).
    const request = context.getArgByIndex<GuardedRequest>(0);
    const reply = context.getArgByIndex<FastifyReply>(1);
    const headers = request.headers; // a getter of Fastify's request: read once
    const claims = this.authz.tokens.claimsOf(headers.authorization);
    const given = headers['user-agent'];
    const userAgent = typeof given === 'string' ? given : null;
    const ip = request.ip ?? null;
    const preview = headers[PREVIEW_HEADER];
    const cached = preview === undefined ? this.authz.cachedCaller(claims, ip, userAgent) : undefined;
    if (cached) return this.admit(rule, request, reply, cached);
    return this.resolve(rule, request, reply, claims, ip, userAgent, preview);
  }

  private ruleOf(context: ExecutionContext): AccessRule | null {
    const handler = context.getHandler();
    let rule = this.rules.get(handler);
    if (rule === undefined) {
      rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, context.getClass()]) ?? null;
      this.rules.set(handler, rule);
    }
    return rule;
  }

  private async resolve(
    rule: AccessRule,
    request: GuardedRequest,
    reply: FastifyReply,
    claims: TokenClaims,
    ip: string | null,
    userAgent: string | null,
    preview: string | string[] | undefined,
  ): Promise<boolean> {
    const signedIn = await this.authz.callerFor(claims, ip, userAgent);
    return this.admit(rule, request, reply, await this.previewed(signedIn, request.method, preview));
  }

  /**
   * The permission check on a known caller, who is then the request's; then its tenant's share (an endless event
   * stream takes none); records the keys it exercised (R15).
   */
  private admit(rule: AccessRule, request: GuardedRequest, reply: FastifyReply, caller: Caller): true | Promise<true> {
    request.caller = caller;
    const held: ReadonlySet<string> = caller.permissions;
    if (rule.kind === 'permission' && !held.has(rule.key)) return this.refuse([rule.key], `Missing permission: ${rule.key}`);
    if (rule.kind === 'anyPermission' && !rule.keys.some((k) => held.has(k))) {
      return this.refuse(rule.keys, `Missing permission: one of ${rule.keys.join(', ')}`);
    }
    if (rule.kind === 'allPermissions') {
      const lacking = rule.keys.filter((k) => !held.has(k));
      if (lacking.length) return this.refuse(lacking, `Missing permission: ${lacking.join(', ')}`);
    }
    if (rule.kind === 'accountType' && caller.type !== rule.type) throw new ForbiddenException(rule.refusal);
    const admitted = rule.kind === 'authenticated' && rule.endless ? true : this.share.enter(caller.tenant, reply.raw);
    // R15: the keys this request exercised; of an anyPermission rule, the first the caller holds (its main purpose
    // first), unless the service records those of the fields the request changes.
    if (rule.kind === 'permission') this.usage.note(caller, rule.key);
    if (rule.kind === 'allPermissions') this.usage.record(caller, rule.keys);
    if (rule.kind === 'anyPermission' && !rule.byField) {
      this.usage.note(
        caller,
        rule.keys.find((k) => held.has(k))!,
      );
    }
    return admitted;
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
  private async refuse(keys: readonly PermissionKey[], message: string): Promise<never> {
    const off = await this.authz.disabledModules();
    throw new ApiException(keys.every((k) => off.has(moduleOf(k).key)) ? 'MODULE_DISABLED' : 'MISSING_PERMISSION', message);
  }
}
