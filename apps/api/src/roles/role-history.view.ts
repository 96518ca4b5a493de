import { ApiProperty } from '@nestjs/swagger';
import { AccountType } from '@tiergate/access';
import { ApiAccountType, ApiDateTime, ApiInt, ApiPermissionKeys } from '../common/api-answers';

/** One version of a role's history (R15): who, when, the name it had, the keys added and removed. */
export class RoleVersionView {
  @ApiInt({ minimum: 1 }) version: number;
  @ApiDateTime() at: Date;
  @ApiInt({ nullable: true, description: 'Null for the worker ("system")' }) actorId: number | null;
  @ApiProperty({ example: 'Admin' }) actorName: string;
  @ApiProperty({ example: 'branch-salesmanager', description: 'The role’s name after this version' }) name: string;
  @ApiPermissionKeys() added: string[];
  @ApiPermissionKeys() removed: string[];
}

export class RoleHistoryPage {
  @ApiProperty({ type: [RoleVersionView] }) items: RoleVersionView[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the older versions; null on the last page' })
  nextCursor: string | null;
}

/** Two sets of keys side by side, each sorted. */
export class RoleComparison {
  @ApiPermissionKeys() onlyA: string[];
  @ApiPermissionKeys() onlyB: string[];
  @ApiPermissionKeys() both: string[];
}

/** A role as JSON, keys by name: what export gives and import takes. */
export class RoleExport {
  @ApiProperty({ example: 'branch-salesmanager' }) name: string;
  @ApiProperty({ example: 'Sales Manager' }) displayName: string;
  @ApiAccountType() type: AccountType;
  @ApiPermissionKeys() permissions: string[];
}
