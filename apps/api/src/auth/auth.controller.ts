import { Body, Controller, HttpCode, HttpException, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, Public } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiConfig } from '../config/config';
import { AddressThrottle } from './address-throttle';
import { AuthService, INVALID_REFRESH, IssuedTokens } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { TokenPairDto } from './dto/token-pair.dto';
import { clearRefreshCookie, refreshTokenFromCookie, setRefreshCookie } from './refresh-cookie';
import { ApiException } from '../common/api.exception';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly addressThrottle: AddressThrottle,
    private readonly config: ApiConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Sign in' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors({
    401: 'Invalid email or password',
    429: 'Too many failures from this address, or for this account from this address or in the last hour; `Retry-After` says when to try again',
  })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPairDto> {
    const userAgent = request.headers['user-agent'] ?? null;
    const ip = request.ip ?? null;
    const tokens = await this.addressThrottle.attempt(ip ?? 'unknown', () => this.auth.login(body.email, body.password, { ip, userAgent }));
    return body.cookie ? this.inCookie(reply, tokens) : tokens;
  }

  /** With `refreshToken` in the body as before; without it, from a browser's cookie (API.md, "browser sessions"). */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Renew the token pair' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors({
    401: 'Invalid refresh token',
    403: 'A refresh from the cookie without the x-tiergate-csrf header',
    429: 'Too many failures from this address; `Retry-After` says when to try again',
  })
  async refresh(@Body() body: RefreshDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPairDto> {
    return this.addressThrottle.attempt(request.ip ?? 'unknown', async () => {
      if (body.refreshToken !== undefined) return this.auth.refresh(body.refreshToken);
      const fromCookie = refreshTokenFromCookie(request);
      if (!fromCookie) throw new ApiException('SESSION_ENDED', INVALID_REFRESH);
      try {
        return this.inCookie(reply, await this.auth.refresh(fromCookie));
      } catch (e) {
        // The session is over (or the token was never valid): the browser need not keep sending it.
        if (e instanceof HttpException && e.getStatus() === HttpStatus.UNAUTHORIZED) clearRefreshCookie(reply);
        throw e;
      }
    });
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Sign out: end this session' })
  @ApiNoContentResponse({ description: "Signed out; the session's tokens stop working" })
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(caller);
    clearRefreshCookie(reply);
  }

  private inCookie(reply: FastifyReply, { refreshToken, ...rest }: IssuedTokens): TokenPairDto {
    setRefreshCookie(reply, refreshToken, this.config.REFRESH_TOKEN_TTL_SECONDS);
    return rest;
  }
}
