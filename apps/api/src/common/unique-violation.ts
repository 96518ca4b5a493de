import { ConflictException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

/** Runs a write; a unique-constraint violation becomes a 409 with the given message. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
      throw new ConflictException(message);
    }
    throw e;
  }
}
