import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { Authenticated, RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { MeService } from './me.service';
import { MeView } from './me.view';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  /** R13: the account and its effective permission keys; the SPA builds its menu from them. */
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in account and its effective permissions' })
  @ApiOkResponse({ type: MeView })
  get(@CurrentCaller() caller: Caller): Promise<MeView> {
    return this.me.view(caller);
  }

  @Patch()
  @RequirePermission('edit_my_profile')
  @ApiOperation({ summary: 'Change my name or phone' })
  @ApiOkResponse({ type: MeView })
  update(@CurrentCaller() caller: Caller, @Body() body: UpdateMeDto): Promise<MeView> {
    return this.me.update(caller, body);
  }

  @Post('password')
  @HttpCode(204)
  @RequirePermission('my_profile_change_password')
  @ApiNoContentResponse({ description: 'Changed; every other session of the account has ended' })
  @ApiOperation({ summary: 'Change my password' })
  @ApiErrors({
    400: 'Current password is wrong (counted like a failed sign-in), or the new one is too short',
    429: 'Too many failed attempts for this account from this address or in the last hour; `Retry-After` says when to try again',
  })
  changePassword(@CurrentCaller() caller: Caller, @Body() body: ChangePasswordDto): Promise<void> {
    return this.me.changePassword(caller, body);
  }
}
