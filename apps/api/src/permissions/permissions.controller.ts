import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CATALOG } from '@tiergate/access';
import { Authenticated } from '../access/access-rule.decorator';
import { CatalogModuleView } from './catalog.view';

/** The catalog is the same for every caller: serialised once (~20 KB), sent as it is (Fastify sends JSON text unchanged). */
const CATALOG_JSON = JSON.stringify(CATALOG);

@ApiTags('permissions')
@Controller('permissions')
export class PermissionsController {
  @Get()
  @Authenticated()
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOperation({ summary: 'The permission catalog: modules and their keys' })
  @ApiOkResponse({ type: [CatalogModuleView] })
  catalog(): string {
    return CATALOG_JSON;
  }
}
