import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthzService } from './authz.service';
import { FairShare } from './fair-share';
import { PreviewService } from './preview.service';
import { UsageRecorder } from './usage-recorder';
import { AccessTokenVerifier } from '../auth/access-token';

@Global()
@Module({
  providers: [AccessTokenVerifier, AuthzService, FairShare, PreviewService, UsageRecorder, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthzService, FairShare, PreviewService, UsageRecorder],
})
export class AccessModule {}
