import { issueSaid } from '@shared/i18n/issue-said';
import { say } from './say';
import type { Text } from './use-text';

/**
 * A zod issue a screen shows itself (a draft checked before it is sent), in the app's language:
 * the shared schemas' messages are keys of the shared catalog (issue-said.ts); zod's own
 * wording, which the shared schemas never leave to a user, passes as it is.
 */
export function issueText(text: Text, issue: { readonly message: string }): string {
  const message = issueSaid(issue);
  return message ? say(text, message) : issue.message;
}
