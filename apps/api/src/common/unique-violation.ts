import { QueryFailedError } from 'typeorm';
import { ApiException } from './api.exception';

/** Runs a write; a unique-constraint violation becomes a 409 with the given code and message. */
export async function conflictOnDuplicate<T>(
  write: () => Promise<T>,
  code: 'DUPLICATE_NAME' | 'DUPLICATE_EMAIL' | 'DUPLICATE_INVOICE',
  message: string,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
      throw new ApiException(code, message);
    }
    throw e;
  }
}
