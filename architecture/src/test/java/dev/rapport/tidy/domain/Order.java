package dev.rapport.tidy.domain;

/** A fixture: a domain class that publishes through an interface it declares. */
public class Order {
  private final OrderPublisher publisher;

  public Order(OrderPublisher publisher) {
    this.publisher = publisher;
  }

  public void place() {
    publisher.placed(this);
  }
}
