import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_TYPES } from '@tiergate/access';

export class CatalogPermissionView {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: 'array', items: { type: 'integer', enum: [...ACCOUNT_TYPES] } }) allowedTypes: number[];
}

/** One module of the permission catalog (GET /permissions). */
export class CatalogModuleView {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'The key that opens the module, if it has one' }) modulePermission: string | null;
  @ApiProperty({ type: [CatalogPermissionView] }) permissions: CatalogPermissionView[];
}
