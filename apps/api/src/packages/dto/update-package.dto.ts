import { PartialType } from '@nestjs/swagger';
import { CreatePackageDto } from './create-package.dto';

/** A field left out is kept; null clears the description and is refused elsewhere. */
export class UpdatePackageDto extends PartialType(CreatePackageDto, { skipNullProperties: false }) {}
