package dev.rapport.engagement.domain.survey;

/** Where a satisfaction survey stands. */
public enum SurveyStatus {
  /** Asked; waiting for the requester's answer until it expires. */
  PENDING,
  /** Answered (editable for the edit window after the first answer, then final). */
  ANSWERED,
  /** Withdrawn before an answer: the ticket was reopened. Its links no longer work. */
  CANCELLED,
  /** Not answered before it expired. */
  EXPIRED,
  /** Not asked: the requester was asked lately or opted out ({@link SkipReason}). */
  SKIPPED
}
