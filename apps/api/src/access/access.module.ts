import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthzService } from './authz.service';

@Global()
@Module({
  providers: [AuthzService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthzService],
})
export class AccessModule {}
