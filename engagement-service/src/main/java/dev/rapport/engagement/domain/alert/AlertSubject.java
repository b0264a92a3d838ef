package dev.rapport.engagement.domain.alert;

import java.util.UUID;

/**
 * What an alert is about: a team (scope TEAM), or a business service (scope SERVICE), with the
 * service's name when it is known.
 */
record AlertSubject(
    String scope, String teamId, UUID businessServiceId, String businessServiceName) {

  static AlertSubject team(String teamId) {
    return new AlertSubject("TEAM", teamId, null, null);
  }

  static AlertSubject service(UUID businessServiceId, String businessServiceName) {
    return new AlertSubject("SERVICE", null, businessServiceId, businessServiceName);
  }
}
