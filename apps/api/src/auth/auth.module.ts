import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AddressThrottle } from './address-throttle';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, LoginThrottle, AddressThrottle],
  exports: [LoginThrottle],
})
export class AuthModule {}
