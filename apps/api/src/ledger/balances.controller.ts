import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { AccountResponse } from '../users/account.response';
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
  @ApiOperation({ summary: "Top up or deduct an operator's prepaid balance" })
  @ApiOkResponse({ type: AccountResponse, description: 'The account with its new balance' })
  @ApiErrors({
    400: 'Only resellers, sub-resellers and retailers have a balance',
    404: 'No such account, or not one the caller manages (R11)',
    409: "The target's balance, or the caller's own when it pays, would go below zero or above its limit (BALANCE_LIMIT)",
  })
  change(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: ChangeBalanceDto): Promise<AccountResponse> {
    return this.balances.change(caller, id, body);
  }
}
