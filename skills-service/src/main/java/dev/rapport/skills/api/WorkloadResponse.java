package dev.rapport.skills.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a person has in hand and the practice their resolved tickets show.")
public record WorkloadResponse(
    UUID personId,
    @Schema(example = "dana@example.com") String userName,
    String displayName,
    @Schema(description = "Tickets assigned to them and not resolved, closed or cancelled")
        int openTickets,
    @Schema(description = "Those tickets, most urgent first") List<OpenTicketView> open,
    @Schema(description = "The evidence window", example = "P365D") String window,
    Instant since,
    @Schema(description = "Per skill, tickets needing it they resolved in the window; most first")
        List<EvidenceView> evidence) {

  public record OpenTicketView(
      UUID id,
      @Schema(example = "T-1042") String key,
      String status,
      String priority,
      Instant openedAt) {}

  public record EvidenceView(UUID skillId, String skill, int resolvedTickets) {}
}
