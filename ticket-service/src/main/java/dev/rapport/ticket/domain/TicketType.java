package dev.rapport.ticket.domain;

/** An incident restores a service; a service request asks for something new or standard. */
public enum TicketType {
  INCIDENT,
  SERVICE_REQUEST
}
