package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The ticket a satisfaction survey is about, as much of it as a message and a metric need. Schema:
 * {@code schemas/rapport.survey.ticket.json}.
 *
 * @param id the ticket id: the Kafka key and the CloudEvents subject of every survey event
 * @param key the human key, e.g. {@code T-1042}
 * @param title one-line summary
 * @param priority P1 to P4
 * @param teamId the team that resolved it, or null
 * @param assignee userName of the agent who resolved it, or null
 * @param businessServiceId the business service it is about, or null
 * @param businessServiceName the catalogue name, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyTicket(
    UUID id,
    String key,
    String title,
    String priority,
    String teamId,
    String assignee,
    UUID businessServiceId,
    String businessServiceName) {}
