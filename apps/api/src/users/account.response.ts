import { ApiProperty } from '@nestjs/swagger';
import { REASONS } from '@tiergate/access';
import { ApiAccountType, ApiDateTime, ApiInt, ApiMoney, ApiPermissionKeys } from '../common/api-answers';

export class AccountRoleView {
  @ApiInt() id: number;
  @ApiProperty() name: string;
}

/** What an account and GET /me both show of it. */
export class AccountIdentity {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: 'string', nullable: true }) phone: string | null;
  @ApiAccountType() type: number;
  @ApiProperty() typeName: string;
  @ApiInt({ nullable: true }) parentId: number | null;
  @ApiInt() principalId: number;
}

/** An account as API.md shows it. */
export class AccountResponse extends AccountIdentity {
  @ApiProperty({ enum: ['active', 'disabled'] }) status: 'active' | 'disabled';
  @ApiProperty({ enum: ['direct', 'subtree'] }) scope: 'direct' | 'subtree';
  @ApiProperty({ type: AccountRoleView }) role: AccountRoleView;
  @ApiPermissionKeys() grants: string[];
  @ApiPermissionKeys() revokes: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date-time' },
    description: 'R15: the grants that expire, each with the moment it stops counting',
    example: { add_subscriber: '2026-12-31T18:00:00.000Z' },
  })
  grantExpiry: Record<string, string>;
  @ApiMoney({ required: false, description: 'Resellers, sub-resellers and retailers (types 3-5) only' }) balance?: string;
  @ApiDateTime() createdAt: Date;
}

export class AccountPage {
  @ApiProperty({ type: [AccountResponse] }) items: AccountResponse[];
  @ApiInt({ description: 'Accounts matching the filters, over all pages' }) total: number;
}

export class EffectivePermissions {
  @ApiPermissionKeys() permissions: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...REASONS] },
    description: 'Why each key is granted or not',
    example: { subscriber_module: 'granted by role' },
  })
  explain: Record<string, string>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date-time' },
    description: "R15: the keys granted to the account by a grant that expires, each with that grant's moment",
    example: { add_subscriber: '2026-12-31T18:00:00.000Z' },
  })
  expiresAt: Record<string, string>;
}
