package dev.rapport.notification.domain;

import io.quarkus.qute.TemplateData;

/**
 * What the message templates may show of an event, as {@code m}. Business templates use the phrases
 * ({@code statusPhrase}, {@code priorityPhrase}, {@code sentence}); IT templates the codes.
 */
@TemplateData
public record MessageView(
    String eventType,
    String key,
    String type,
    String title,
    boolean yours,
    String statusPhrase,
    String priorityPhrase,
    String sentence,
    String team,
    String teamId,
    String service,
    String text,
    String reason,
    String actor,
    String actorName,
    String assignee,
    String previousAssignee,
    String requester,
    String priority,
    String status,
    String impact,
    String urgency,
    String from,
    int completed,
    int total,
    String taskTitle) {

  MessageView withPhrases(String statusPhrase, String priorityPhrase) {
    return withWording(statusPhrase, priorityPhrase, sentence);
  }

  MessageView withSentence(String sentence) {
    return withWording(statusPhrase, priorityPhrase, sentence);
  }

  private MessageView withWording(String statusPhrase, String priorityPhrase, String sentence) {
    return new MessageView(
        eventType,
        key,
        type,
        title,
        yours,
        statusPhrase,
        priorityPhrase,
        sentence,
        team,
        teamId,
        service,
        text,
        reason,
        actor,
        actorName,
        assignee,
        previousAssignee,
        requester,
        priority,
        status,
        impact,
        urgency,
        from,
        completed,
        total,
        taskTitle);
  }
}
