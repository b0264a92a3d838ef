package dev.rapport.skills.api;

import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.Unavailability;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period in which a person takes no work: [from, until).")
public record UnavailabilityResponse(
    UUID id,
    UUID personId,
    @Schema(example = "dana@example.com") String userName,
    Instant from,
    Instant until,
    @Schema(nullable = true, example = "annual leave") String reason,
    @Schema(description = "Whether the period covers the time of the answer") boolean current,
    String createdBy,
    Instant createdAt) {

  static UnavailabilityResponse of(Unavailability period, Person person, Instant now) {
    return new UnavailabilityResponse(
        period.id,
        person.id,
        person.userName,
        period.startsAt,
        period.endsAt,
        period.reason,
        period.covers(now),
        period.createdBy,
        period.createdAt);
  }
}
