package dev.rapport.ticket.sla;

import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What the SLA tests read and how they run "replicas". */
final class SlaEvents {
  private SlaEvents() {}

  /**
   * Every SLA event of the ticket so far: the ticket is edited (a category no one else uses) and
   * that edit's event awaited; the events of one ticket arrive in order, so nothing announced
   * before the edit is still on its way.
   */
  static List<TopicReader.Event> of(TopicReader topic, String id) {
    String marker = "marker-" + UUID.randomUUID();
    Api.agent()
        .body(Map.of("category", marker))
        .patch("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200);
    return topic
        .await(
            id,
            events ->
                events.stream()
                    .anyMatch(e -> marker.equals(e.data().at("/ticket/category").asText())))
        .stream()
        .filter(e -> e.type().startsWith("rapport.ticket.sla-"))
        .toList();
  }

  /** The SLA events of the ticket for one clock (RESPONSE, RESOLUTION, UPDATE). */
  static List<TopicReader.Event> of(TopicReader topic, String id, String clock) {
    return of(topic, id).stream()
        .filter(e -> e.data().at("/clock").asText().equals(clock))
        .toList();
  }

  /** Runs {@code work} on {@code replicas} threads started together; returns when all are done. */
  static void together(int replicas, Runnable work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(replicas);
    ExecutorService threads = Executors.newFixedThreadPool(replicas);
    try {
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (int i = 0; i < replicas; i++) {
        running.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    start.await();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  work.run();
                },
                threads));
      }
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
    } finally {
      threads.shutdown();
    }
  }
}
