import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { AccountPage, AccountResponse, EffectivePermissions } from './account.response';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { SetUserPermissionsDto } from './dto/set-user-permissions.dto';
import { SetUserRoleDto } from './dto/set-user-role.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiErrors({ 404: 'No such account, or not one the caller manages (R11)' })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user_module')
  @ApiOperation({ summary: 'Accounts the caller manages (R11)' })
  @ApiOkResponse({ type: AccountPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListUsersQuery): Promise<AccountPage> {
    return this.users.list(caller, query);
  }

  @Get(':id')
  @RequirePermission('user_profile')
  @ApiOperation({ summary: 'An account' })
  @ApiOkResponse({ type: AccountResponse })
  get(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<AccountResponse> {
    return this.users.get(caller, id);
  }

  @Post()
  @RequirePermission('add_user')
  @ApiOperation({ summary: 'Create an account' })
  @ApiCreatedResponse({ type: AccountResponse })
  @ApiErrors({ 409: 'Email already in use' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateUserDto): Promise<AccountResponse> {
    return this.users.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_user')
  @ApiOperation({ summary: "Change an account's name, phone, status or scope" })
  @ApiOkResponse({ type: AccountResponse })
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateUserDto): Promise<AccountResponse> {
    return this.users.update(caller, id, body);
  }

  @Put(':id/role')
  @RequirePermission('change_user_role')
  @ApiOperation({ summary: 'Give an account another role' })
  @ApiOkResponse({ type: AccountResponse })
  setRole(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: SetUserRoleDto): Promise<AccountResponse> {
    return this.users.setRole(caller, id, body.roleId);
  }

  @Put(':id/permissions')
  @RequirePermission('change_user_role')
  @ApiOperation({ summary: "Replace an account's own grants and revokes" })
  @ApiOkResponse({ type: AccountResponse })
  setPermissions(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: SetUserPermissionsDto): Promise<AccountResponse> {
    return this.users.setPermissions(caller, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_user')
  @ApiOperation({ summary: 'Delete an account that owns nothing' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 409: 'Not Eligible To Delete: the account still owns subscribers, accounts or roles' })
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.users.remove(caller, id);
  }

  @Get(':id/effective-permissions')
  @RequirePermission('user_profile')
  @ApiOperation({ summary: "An account's effective permissions, each explained" })
  @ApiOkResponse({ type: EffectivePermissions })
  effective(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<EffectivePermissions> {
    return this.users.effective(caller, id);
  }
}
