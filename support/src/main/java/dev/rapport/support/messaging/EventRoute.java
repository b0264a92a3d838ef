package dev.rapport.support.messaging;

import dev.rapport.events.EventPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one consumer takes from one topic: its channel (the name its applied ce_ids are recorded
 * under, with the service's), the topic, and a handler per payload type. Types with no handler are
 * acknowledged and skipped, as types this build does not know are.
 *
 * <pre>{@code
 * EventRoute.from(CHANNEL, Topics.PEOPLE)
 *     .on(PersonUpserted.class, (event, upserted) -> people.apply(upserted.person(), true))
 *     .on(PersonDeactivated.class, (event, gone) -> people.apply(gone.person(), false));
 * }</pre>
 */
public final class EventRoute {
  private record Handler<P extends EventPayload>(
      Class<P> type, BiConsumer<IncomingCloudEvent, P> effect) {
    boolean handle(IncomingCloudEvent event, EventPayload payload) {
      if (!type.isInstance(payload)) {
        return false;
      }
      effect.accept(event, type.cast(payload));
      return true;
    }
  }

  private final String channel;
  private final String topic;
  private final List<Handler<?>> handlers;
  private final Consumer<List<EventPayload>> beforeHandling;
  private final Runnable beforeCommit;

  private EventRoute(
      String channel,
      String topic,
      List<Handler<?>> handlers,
      Consumer<List<EventPayload>> beforeHandling,
      Runnable beforeCommit) {
    this.channel = channel;
    this.topic = topic;
    this.handlers = handlers;
    this.beforeHandling = beforeHandling;
    this.beforeCommit = beforeCommit;
  }

  /** A route for the {@code @Incoming} channel {@code channel}, reading {@code topic}. */
  public static EventRoute from(String channel, String topic) {
    return new EventRoute(channel, topic, List.of(), payloads -> {}, () -> {});
  }

  /** This route, with {@code effect} applied to payloads of {@code type} (or a subtype). */
  public <P extends EventPayload> EventRoute on(
      Class<P> type, BiConsumer<IncomingCloudEvent, P> effect) {
    List<Handler<?>> more = new ArrayList<>(handlers);
    more.add(new Handler<>(type, effect));
    return new EventRoute(channel, topic, List.copyOf(more), beforeHandling, beforeCommit);
  }

  /**
   * This route, with {@code step} run in the transaction after its event (or batch of events) was
   * handled, before it commits: for effects that handlers gather and write at once.
   */
  public EventRoute beforeCommit(Runnable step) {
    return new EventRoute(channel, topic, handlers, beforeHandling, step);
  }

  /**
   * This route, with {@code step} run in the transaction before its event (or batch of events) is
   * handled, given the payloads about to be handled (first deliveries only): for what handlers
   * read, loaded for the lot at once.
   */
  public EventRoute beforeHandling(Consumer<List<EventPayload>> step) {
    return new EventRoute(channel, topic, handlers, step, beforeCommit);
  }

  public String channel() {
    return channel;
  }

  public String topic() {
    return topic;
  }

  /** Runs the step given to {@link #beforeHandling}, in the transaction, before the handlers. */
  void prepare(List<EventPayload> payloads) {
    beforeHandling.accept(payloads);
  }

  /** Runs the step given to {@link #beforeCommit}, in the transaction, after the handlers. */
  void finish() {
    beforeCommit.run();
  }

  /** Applies the first handler whose type {@code payload} is; none is fine (skipped). */
  void handle(IncomingCloudEvent event, EventPayload payload) {
    for (Handler<?> handler : handlers) {
      if (handler.handle(event, payload)) {
        return;
      }
    }
  }
}
