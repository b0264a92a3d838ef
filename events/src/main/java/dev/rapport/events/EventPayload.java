package dev.rapport.events;

/**
 * The data of one CloudEvent. Each payload record names its CloudEvents {@code type} in a {@code
 * TYPE} constant and knows the aggregate it is about, which becomes the Kafka key and the
 * CloudEvents {@code subject}.
 */
public interface EventPayload {

  /** The CloudEvents type, {@code rapport.<aggregate>.<happened>.v1}. */
  String eventType();

  /** The aggregate id: the Kafka record key and the CloudEvents subject. */
  String aggregateId();
}
