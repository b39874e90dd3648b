import { z } from 'zod';

/** The input of a method that takes none. */
export const noInput = z.undefined({ error: 'This method takes no input.' });
