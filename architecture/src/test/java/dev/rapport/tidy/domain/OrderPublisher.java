package dev.rapport.tidy.domain;

/** What the domain needs published; messaging implements it. */
public interface OrderPublisher {
  void placed(Order order);
}
