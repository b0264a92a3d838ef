package dev.rapport.tangled.domain;

import dev.rapport.tidy.domain.Order;

/** A fixture: a class of one service that uses another service's class. */
public class Borrowed {
  public Class<?> other() {
    return Order.class;
  }
}
