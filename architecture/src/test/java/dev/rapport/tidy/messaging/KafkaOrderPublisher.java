package dev.rapport.tidy.messaging;

import dev.rapport.tidy.domain.Order;
import dev.rapport.tidy.domain.OrderPublisher;

public class KafkaOrderPublisher implements OrderPublisher {
  @Override
  public void placed(Order order) {}
}
