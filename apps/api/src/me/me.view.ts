import { ApiProperty } from '@nestjs/swagger';
import { ApiAccountType, ApiInt } from '../common/api-answers';

export class MeRole {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiProperty() displayName: string;
}

/** GET /me (R13): the account and its effective permission keys. */
export class MeView {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: 'string', nullable: true }) phone: string | null;
  @ApiAccountType() type: number;
  @ApiProperty() typeName: string;
  @ApiInt({ nullable: true }) parentId: number | null;
  @ApiInt() principalId: number;
  @ApiProperty() branch: string;
  @ApiProperty({ enum: ['direct', 'subtree'] }) scope: 'direct' | 'subtree';
  @ApiProperty({ type: MeRole }) role: MeRole;
  @ApiProperty({ type: [String] }) permissions: string[];
}
