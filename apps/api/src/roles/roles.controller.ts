import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CreateRoleDto } from './dto/create-role.dto';
import { ListRolesQuery } from './dto/list-roles.query';
import { SetRolePermissionsDto } from './dto/set-role-permissions.dto';
import { UpdateRoleDto } from './dto/update-role.dto';
import { RoleView } from './role.view';
import { RolesService } from './roles.service';

@ApiTags('roles')
@ApiErrors({ 404: 'No such role, or not visible to the caller (R7)' })
@Controller('roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @RequirePermission('role_module')
  @ApiOperation({ summary: 'The roles the caller can see (R7)' })
  @ApiOkResponse({ type: [RoleView] })
  list(@CurrentCaller() caller: Caller, @Query() query: ListRolesQuery): Promise<RoleView[]> {
    return this.roles.list(caller, query);
  }

  @Get(':id')
  @RequirePermission('role_module')
  @ApiOperation({ summary: 'A role with its permissions' })
  @ApiOkResponse({ type: RoleView })
  get(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number): Promise<RoleView> {
    return this.roles.get(caller, roleId);
  }

  @Post()
  @RequirePermission('add_role')
  @ApiOperation({ summary: 'Create a role' })
  @ApiCreatedResponse({ type: RoleView })
  @ApiErrors({ 409: 'A role of that name exists in the branch' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateRoleDto): Promise<RoleView> {
    return this.roles.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_role')
  @ApiOperation({ summary: 'Rename a role' })
  @ApiOkResponse({ type: RoleView })
  @ApiErrors({ 409: 'A role of that name exists in the branch' })
  rename(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number, @Body() body: UpdateRoleDto): Promise<RoleView> {
    return this.roles.rename(caller, roleId, body);
  }

  @Put(':id/permissions')
  @RequirePermission('set_role_permission')
  @ApiOperation({ summary: "Replace a role's permissions" })
  @ApiOkResponse({ type: RoleView })
  @ApiErrors({ 409: 'Stale version: the role was changed by someone else' })
  setPermissions(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number, @Body() body: SetRolePermissionsDto): Promise<RoleView> {
    return this.roles.setPermissions(caller, roleId, body);
  }

  @Post(':id/copy')
  @RequirePermission('copy_role')
  @ApiOperation({ summary: 'Copy a role with its permissions' })
  @ApiCreatedResponse({ type: RoleView })
  @ApiErrors({ 409: 'The copy’s name (the name and the time of day) is taken: try again in a second' })
  copy(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number): Promise<RoleView> {
    return this.roles.copy(caller, roleId);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_role')
  @ApiOperation({ summary: 'Delete a role no account holds' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 409: 'Not Eligible To Delete' })
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number): Promise<void> {
    return this.roles.remove(caller, roleId);
  }
}
