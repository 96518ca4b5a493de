import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiErrors } from '../common/api-answers';
import { IdPipe } from '../common/id.pipe';
import { AccessReview } from './access-review.response';
import { AccessReviewService } from './access-review.service';
import { DEFAULT_REVIEW_DAYS, ReviewQuery } from './dto/review.query';

@ApiTags('governance')
@Controller()
export class AccessReviewController {
  constructor(private readonly review: AccessReviewService) {}

  @Get('roles/:id/review')
  @RequirePermission('role_module')
  @ApiOperation({ summary: "A role's keys used and not used in the last `days` days by the accounts holding it" })
  @ApiOkResponse({ type: AccessReview })
  @ApiErrors({ 404: 'No such role, or not visible to the caller (R7)' })
  ofRole(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Query() query: ReviewQuery): Promise<AccessReview> {
    return this.review.ofRole(caller, id, query.days ?? DEFAULT_REVIEW_DAYS);
  }

  @Get('users/:id/review')
  @RequirePermission('user_profile')
  @ApiOperation({ summary: "An account's effective keys used and not used in the last `days` days" })
  @ApiOkResponse({ type: AccessReview })
  @ApiErrors({ 404: 'No such account, or not one the caller manages (R11)' })
  ofAccount(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Query() query: ReviewQuery): Promise<AccessReview> {
    return this.review.ofAccount(caller, id, query.days ?? DEFAULT_REVIEW_DAYS);
  }
}
