import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { RequireAllPermissions, RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiErrors } from '../common/api-answers';
import { IdPipe } from '../common/id.pipe';
import { OneOrManyPipe } from '../common/one-or-many.pipe';
import { CursorQuery } from '../common/page-limit';
import { CompareRolesQuery } from './dto/compare-roles.query';
import { ImportRoleDto, MAX_IMPORTED_ROLES } from './dto/import-role.dto';
import { RoleComparison, RoleExport, RoleHistoryPage } from './role-history.view';
import { RoleHistoryService } from './role-history.service';
import { RoleView } from './role.view';
import { RolesService } from './roles.service';

/** R15 on roles: history, compare, export and import. */
@ApiTags('roles')
@ApiErrors({ 404: 'No such role, or not visible to the caller (R7)' })
@Controller('roles')
export class RoleHistoryController {
  constructor(
    private readonly history: RoleHistoryService,
    private readonly roles: RolesService,
  ) {}

  @Get('compare')
  @RequirePermission('role_module')
  @ApiOperation({ summary: 'Two roles, or two versions of roles, as keys only in a, only in b, and in both' })
  @ApiOkResponse({ type: RoleComparison })
  @ApiErrors({ 404: 'A role not visible to the caller (R7), or a version it never had' })
  compare(@CurrentCaller() caller: Caller, @Query() query: CompareRolesQuery): Promise<RoleComparison> {
    return this.history.compare(caller, query.a, query.b);
  }

  @Get(':id/history')
  @RequirePermission('role_module')
  @ApiOperation({ summary: "A role's versions: each change of its permissions or name, newest first" })
  @ApiOkResponse({ type: RoleHistoryPage })
  list(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number, @Query() query: CursorQuery): Promise<RoleHistoryPage> {
    return this.history.history(caller, roleId, query.cursor, query.limit);
  }

  @Get(':id/export')
  @RequirePermission('role_module')
  @ApiOperation({ summary: 'A role as JSON, its permissions by key' })
  @ApiOkResponse({ type: RoleExport })
  export(@CurrentCaller() caller: Caller, @Param('id', IdPipe) roleId: number): Promise<RoleExport> {
    return this.roles.export(caller, roleId);
  }

  @Post('import')
  @RequireAllPermissions('add_role', 'set_role_permission')
  @ApiOperation({ summary: 'Create roles from exported JSON: all of them or none (R1, R2, R6, R7)' })
  @ApiExtraModels(ImportRoleDto)
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(ImportRoleDto) },
        { type: 'array', items: { $ref: getSchemaPath(ImportRoleDto) }, minItems: 1, maxItems: MAX_IMPORTED_ROLES },
      ],
    },
  })
  @ApiCreatedResponse({ type: [RoleView], description: 'The roles created, in the order given' })
  @ApiErrors({
    400: 'Invalid body, an unknown key or one not allowed for the type: the message names the first role and key at fault',
    403: 'A type the caller may not create, or a key it does not hold: the message names the first role and key at fault',
    409: 'A role of that name exists in the branch',
  })
  import(@CurrentCaller() caller: Caller, @Body(new OneOrManyPipe(ImportRoleDto, MAX_IMPORTED_ROLES)) roles: ImportRoleDto[]): Promise<RoleView[]> {
    return this.roles.import(caller, roles);
  }
}
