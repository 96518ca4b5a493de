import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { BalancesService } from './balances.service';
import { ChangeBalanceDto } from './dto/change-balance.dto';

@ApiTags('users')
@Controller()
export class BalancesController {
  constructor(private readonly balances: BalancesService) {}

  @Post('users/:id/balance')
  @HttpCode(200)
  @RequirePermission('add_balance')
  @ApiNotFoundResponse({ description: 'No such account, or not one the caller manages (R11)' })
  @ApiBadRequestResponse({ description: 'Only resellers, sub-resellers and retailers have a balance' })
  @ApiConflictResponse({ description: "The target's balance, or the caller's own when it pays, would go below zero or above its limit (BALANCE_LIMIT)" })
  change(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: ChangeBalanceDto) {
    return this.balances.change(caller, id, body);
  }
}
