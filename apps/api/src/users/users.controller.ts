import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
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
@ApiNotFoundResponse({ description: 'No such account, or not one the caller manages (R11)' })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user_module')
  list(@CurrentCaller() caller: Caller, @Query() query: ListUsersQuery) {
    return this.users.list(caller, query);
  }

  @Get(':id')
  @RequirePermission('user_profile')
  get(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.users.get(caller, id);
  }

  @Post()
  @RequirePermission('add_user')
  @ApiConflictResponse({ description: 'Email already in use' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateUserDto) {
    return this.users.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_user')
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateUserDto) {
    return this.users.update(caller, id, body);
  }

  @Put(':id/role')
  @RequirePermission('change_user_role')
  setRole(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: SetUserRoleDto) {
    return this.users.setRole(caller, id, body.roleId);
  }

  @Put(':id/permissions')
  @RequirePermission('change_user_role')
  setPermissions(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: SetUserPermissionsDto) {
    return this.users.setPermissions(caller, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_user')
  @ApiConflictResponse({ description: 'The account still owns subscribers, accounts or roles' })
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.users.remove(caller, id);
  }

  @Get(':id/effective-permissions')
  @RequirePermission('user_profile')
  effective(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.users.effective(caller, id);
  }
}
