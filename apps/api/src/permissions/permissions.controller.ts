import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CATALOG, CatalogModule } from '@tiergate/access';
import { Authenticated } from '../access/access-rule.decorator';

@ApiTags('permissions')
@Controller('permissions')
export class PermissionsController {
  @Get()
  @Authenticated()
  catalog(): readonly CatalogModule[] {
    return CATALOG;
  }
}
