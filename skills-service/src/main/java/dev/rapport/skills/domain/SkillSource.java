package dev.rapport.skills.domain;

/** Where a person's level in a skill comes from. */
public enum SkillSource {
  /** The person's own assessment, unverified until a lead verifies it. */
  SELF,
  /** Set or verified by a lead (or an admin). */
  MANAGER,
  /** Raised by completing a training plan. */
  TRAINING,
  /** Inferred from resolved tickets that required the skill. */
  EVIDENCE
}
