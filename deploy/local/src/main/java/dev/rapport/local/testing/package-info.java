/**
 * What the services' tests share, in one place: callers with tokens ({@link TestCallers}), people
 * as skills-service announces them ({@link TestPeople}), tickets as ticket-service describes them
 * in its events ({@link TestTickets}) and the writers that publish both ({@link TestEventWriters}).
 * Topics are read with {@link dev.rapport.local.TopicReader} and written with {@link
 * dev.rapport.local.CloudEventWriter}.
 */
package dev.rapport.local.testing;
