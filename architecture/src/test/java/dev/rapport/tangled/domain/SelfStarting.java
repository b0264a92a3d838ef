package dev.rapport.tangled.domain;

import jakarta.transaction.Transactional;

/** A fixture: a domain bean that begins its own transaction. */
@Transactional
public class SelfStarting {
  public void change() {}
}
