import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequireAnyPermission, RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CreatePackageDto } from './dto/create-package.dto';
import { UpdatePackageDto } from './dto/update-package.dto';
import { PackagesService } from './packages.service';

@ApiTags('packages')
@Controller('packages')
export class PackagesController {
  constructor(private readonly packages: PackagesService) {}

  /** package_module is for types 1-2 only; operators read the list to assign packages to subscribers. */
  @Get()
  @RequireAnyPermission('package_module', 'add_subscriber', 'subscriber_package_change')
  list() {
    return this.packages.list();
  }

  @Post()
  @RequirePermission('add_package')
  create(@CurrentCaller() caller: Caller, @Body() body: CreatePackageDto) {
    return this.packages.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_package')
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdatePackageDto) {
    return this.packages.update(caller, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_package')
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.packages.remove(caller, id);
  }
}
