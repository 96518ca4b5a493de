import { ApiProperty } from '@nestjs/swagger';
import { ApiAccountType, ApiDateTime, ApiInt, KeysetPageAnswer } from '../common/api-answers';

/** An audit entry as API.md shows it. */
export class AuditEntryResponse {
  @ApiInt() id: number;
  @ApiDateTime() at: Date;
  @ApiInt({ nullable: true }) actorId: number | null;
  @ApiProperty() actorName: string;
  @ApiAccountType({ nullable: true }) actorType: number | null;
  @ApiInt({ nullable: true }) principalId: number | null;
  @ApiProperty({ type: 'string', nullable: true }) ip: string | null;
  @ApiProperty({ type: 'string', nullable: true }) userAgent: string | null;
  @ApiProperty({ example: 'role.create' }) action: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'role' }) targetType: string | null;
  @ApiProperty({ type: 'string', nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) targetLabel: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'What changed: usually `before` and `after`' })
  changes: Record<string, unknown> | null;
}

export class AuditPage extends KeysetPageAnswer {
  @ApiProperty({ type: [AuditEntryResponse] }) items: AuditEntryResponse[];
}
