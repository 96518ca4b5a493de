import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountType } from '@tiergate/access';
import { RequireAccountType } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiErrors } from '../common/api-answers';
import { SwitchModuleDto } from './dto/switch-module.dto';
import { ModuleSwitch } from './module-switch.view';
import { SettingsService } from './settings.service';

const ADMIN_ONLY = 'Only the Admin can switch modules';

/** Installation-wide settings: the Admin's (type 1) alone, whatever permissions anyone else holds. */
@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get('modules')
  @RequireAccountType(AccountType.Admin, ADMIN_ONLY)
  @ApiOperation({ summary: 'Every module and whether it is on' })
  @ApiOkResponse({ type: [ModuleSwitch] })
  modules(): Promise<ModuleSwitch[]> {
    return this.settings.modules();
  }

  /** A module switched off takes its keys from every account, the Admin's included, until it is switched on. */
  @Put('modules')
  @RequireAccountType(AccountType.Admin, ADMIN_ONLY)
  @ApiOkResponse({ type: [ModuleSwitch], description: 'Every module after the switch' })
  @ApiOperation({ summary: 'Switch a module on or off for the whole installation' })
  @ApiErrors({ 400: 'Unknown module: <key>' })
  switchModule(@CurrentCaller() caller: Caller, @Body() body: SwitchModuleDto): Promise<ModuleSwitch[]> {
    return this.settings.switchModule(caller, body);
  }
}
