import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiConfig } from '../config/config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [
    PassportModule,
    ThrottlerModule.forRootAsync({
      inject: [ApiConfig],
      // The guard sends `Retry-After` itself; the message says the same in words.
      useFactory: (config: ApiConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.LOGIN_THROTTLE_PER_MINUTE }],
        errorMessage: (_context, { timeToBlockExpire }) => `Too many requests from this address; try again in ${timeToBlockExpire} seconds`,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, LoginThrottle],
  exports: [LoginThrottle],
})
export class AuthModule {}
