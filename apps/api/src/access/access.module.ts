import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthzService } from './authz.service';
import { PreviewService } from './preview.service';

@Global()
@Module({
  providers: [AuthzService, PreviewService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthzService, PreviewService],
})
export class AccessModule {}
