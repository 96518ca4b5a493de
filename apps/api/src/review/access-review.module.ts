import { Module } from '@nestjs/common';
import { RolesModule } from '../roles/roles.module';
import { UsersModule } from '../users/users.module';
import { AccessReviewController } from './access-review.controller';
import { AccessReviewService } from './access-review.service';

@Module({ imports: [RolesModule, UsersModule], controllers: [AccessReviewController], providers: [AccessReviewService] })
export class AccessReviewModule {}
