/** An approved version as data formats 3 and 4 stored it (before approvals were records). */
export interface OldApproval {
  revision: number;
  approvedAt: string;
  nextReviewOn: string;
  content: unknown;
  meeting: unknown;
  outcome: unknown;
  fingerprint: string;
}

/** What format 5 makes of them: the covered part and the fingerprint exactly as they were. */
export function recorded(approvals: OldApproval[]) {
  return approvals.map(({ approvedAt, nextReviewOn: _derived, ...kept }) => ({
    ...kept,
    snapshotFormat: 1,
    recordedAt: approvedAt,
  }));
}
