import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Each counter only with its home_* key (API.md); none held: `{}`. */
  @Get()
  @Authenticated()
  get(@CurrentCaller() caller: Caller) {
    return this.dashboard.dashboard(caller);
  }
}
