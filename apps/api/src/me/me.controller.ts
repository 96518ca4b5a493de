import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACCOUNT_TYPE_NAMES } from '@tiergate/access';
import { Role } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { Authenticated } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly db: DataSource) {}

  /** R13: the account and its effective permission keys; the SPA builds its menu from them. */
  @Get()
  @Authenticated()
  async me(@CurrentCaller() caller: Caller) {
    const role = await this.db.getRepository(Role).findOneByOrFail({ id: caller.roleId });
    return {
      id: caller.id,
      name: caller.name,
      email: caller.email,
      phone: caller.phone,
      type: caller.type,
      typeName: ACCOUNT_TYPE_NAMES[caller.type],
      parentId: caller.parentId,
      principalId: caller.principalId,
      branch: caller.branchSlug,
      scope: caller.scope,
      role: { id: role.id, name: role.name, displayName: role.displayName },
      permissions: [...caller.permissions],
    };
  }
}
