import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CATALOG, CatalogModule } from '@tiergate/access';
import { Authenticated } from '../access/access-rule.decorator';
import { CatalogModuleView } from './catalog.view';

@ApiTags('permissions')
@Controller('permissions')
export class PermissionsController {
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The permission catalog: modules and their keys' })
  @ApiOkResponse({ type: [CatalogModuleView] })
  catalog(): readonly CatalogModule[] {
    return CATALOG;
  }
}
