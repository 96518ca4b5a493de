import { PickType } from '@nestjs/swagger';
import { UpdateUserDto } from '../../users/dto/update-user.dto';

/** The fields an account edits on itself, with the rules of PATCH /users: null clears the phone, a null name is 400. */
export class UpdateMeDto extends PickType(UpdateUserDto, ['name', 'phone']) {}
