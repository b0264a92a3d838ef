package dev.rapport.skills.api;

import java.util.List;
import java.util.UUID;

/** A person and their levels, by skill name. */
public record PersonSkillsResponse(
    UUID personId,
    String userName,
    String displayName,
    boolean active,
    List<PersonSkillResponse> skills) {}
