import { ApiProperty } from '@nestjs/swagger';
import { ApiAccountType, ApiDateTime, ApiInt, ApiPermissionKeys } from '../common/api-answers';
import { ACCOUNT_TYPE_NAMES, AccountType } from '@tiergate/access';
import { DefaultsStatus } from '@tiergate/db';

/** A role as API.md shows it. */
export class RoleView {
  @ApiInt() id: number;
  @ApiProperty({ example: 'branch-salesmanager' }) name: string;
  @ApiProperty({ example: 'Sales Manager' }) displayName: string;
  @ApiAccountType() type: AccountType;
  @ApiProperty() typeName: string;
  @ApiInt({ nullable: true }) ownerId: number | null;
  @ApiProperty() isSystem: boolean;
  @ApiProperty({ enum: ['pending', 'applied', 'skipped'] }) defaultsStatus: DefaultsStatus;
  @ApiInt() userCount: number;
  @ApiInt() permissionCount: number;
  @ApiInt() version: number;
  @ApiDateTime() createdAt: string;
  @ApiDateTime({ nullable: true, description: 'When an account holding the role last exercised any of its keys (R15)' }) lastUsedAt: string | null;
  @ApiPermissionKeys({ required: false, description: 'Only on GET /roles/:id and after changes' }) permissions?: string[];
}

/** The row shape of RolesService's select: the role with its counts. */
export interface ListedRole {
  id: number;
  name: string;
  display_name: string;
  type: AccountType;
  owner_id: number | null;
  is_system: boolean;
  defaults_status: DefaultsStatus;
  version: number;
  /** ISO text (isoMomentSql), as answered. */
  created_at: string;
  last_used_at: string | null;
  user_count: number;
  permission_count: number;
}

/** A role as RolesService.findVisible reads it. */
export interface RoleRow extends ListedRole {
  /** Where R12 places the role's audit entries. */
  owner_path: string | null;
  /** Its keys, in order. */
  permissions: string[];
}

export function toRoleView(row: ListedRole, permissions?: string[]): RoleView {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    type: row.type,
    typeName: ACCOUNT_TYPE_NAMES[row.type],
    ownerId: row.owner_id,
    isSystem: row.is_system,
    defaultsStatus: row.defaults_status,
    userCount: Number(row.user_count),
    permissionCount: Number(row.permission_count),
    version: row.version,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    ...(permissions && { permissions }),
  };
}
