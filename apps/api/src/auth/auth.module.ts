import { Module } from '@nestjs/common';
import { AddressThrottle } from './address-throttle';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';

@Module({
  controllers: [AuthController],
  providers: [AuthService, LoginThrottle, AddressThrottle],
  exports: [LoginThrottle],
})
export class AuthModule {}
