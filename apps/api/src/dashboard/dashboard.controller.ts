import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { DashboardResponse } from './dashboard.response';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Each counter only with its home_* key (API.md); none held: `{}`. */
  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The counters of the caller's home page" })
  @ApiOkResponse({ type: DashboardResponse })
  get(@CurrentCaller() caller: Caller): Promise<DashboardResponse> {
    return this.dashboard.dashboard(caller);
  }
}
