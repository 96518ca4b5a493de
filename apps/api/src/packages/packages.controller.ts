import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { RequireAnyPermission, RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CreatePackageDto } from './dto/create-package.dto';
import { UpdatePackageDto } from './dto/update-package.dto';
import { PackageResponse } from './package.view';
import { PackagesService } from './packages.service';

@ApiTags('packages')
@Controller('packages')
export class PackagesController {
  constructor(private readonly packages: PackagesService) {}

  /** package_module is for types 1-2 only; operators read the list to assign packages to subscribers. */
  @Get()
  @RequireAnyPermission('package_module', 'add_subscriber', 'subscriber_package_change')
  @ApiOperation({ summary: 'Every package' })
  @ApiOkResponse({ type: [PackageResponse] })
  list(): Promise<PackageResponse[]> {
    return this.packages.list();
  }

  @Post()
  @RequirePermission('add_package')
  @ApiOperation({ summary: 'Create a package' })
  @ApiCreatedResponse({ type: PackageResponse })
  @ApiErrors({ 409: 'A package of that name exists' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreatePackageDto): Promise<PackageResponse> {
    return this.packages.create(caller, body);
  }

  @Patch(':id')
  @RequirePermission('edit_package')
  @ApiOperation({ summary: 'Change a package' })
  @ApiOkResponse({ type: PackageResponse })
  @ApiErrors({ 404: 'No such package', 409: 'A package of that name exists' })
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdatePackageDto): Promise<PackageResponse> {
    return this.packages.update(caller, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('delete_package')
  @ApiOperation({ summary: 'Delete a package no subscriber is on' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: 'No such package', 409: 'Not Eligible To Delete: subscribers are on this package' })
  remove(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.packages.remove(caller, id);
  }
}
