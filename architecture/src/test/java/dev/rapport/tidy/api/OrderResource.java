package dev.rapport.tidy.api;

import dev.rapport.tidy.domain.Order;

public class OrderResource {
  public void place(Order order) {
    order.place();
  }
}
