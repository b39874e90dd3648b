import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';

/** The input of a method that takes none. */
export const noInput = z.undefined({ error: issueMessage('validation.api.noInput') });
