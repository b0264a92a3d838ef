package dev.rapport.engagement.domain.survey;

/** Why a resolution did not ask its requester. */
public enum SkipReason {
  /** Asked about another ticket within rapport.engagement.csat.min-interval. */
  FATIGUE,
  /** The requester asked not to be surveyed. */
  OPTED_OUT
}
